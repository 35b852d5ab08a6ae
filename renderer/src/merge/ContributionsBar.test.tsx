// The bar above the text of a draft with contributions: what is open, the way to the review, and
// "Show who wrote what", off by default, whose legend names every author only when on. The
// outline's badge says the same per section in words for screen readers.
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import common from '../../../locales/en/common.json';
import draftTexts from '../../../locales/en/draft.json';
import { collabDraft } from '../../../test/fixtures/collab-draft';
import { ContributionsBar } from './ContributionsBar';
import { authorsOf } from './people';
import { ReviewCountBadge } from './ReviewCountBadge';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { common, draft: draftTexts } },
    interpolation: { escapeValue: false },
  });
});

const render = (node: ReactNode) => renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const authors = [...authorsOf(collabDraft().collaboration).values()];

describe('contributions bar', () => {
  it('says what is open and offers the review; authors are not shown until asked', () => {
    const html = render(
      <ContributionsBar
        authors={authors}
        open={{ changes: 3, conflicts: 1 }}
        onReview={() => {}}
        shown={false}
        onShow={() => {}}
      />,
    );
    expect(text(html)).toContain('1 conflict · 3 changes to review Review contributions…');
    expect(html).toMatch(/<input type="checkbox"\/>Show who wrote what/);
    expect(text(html)).not.toContain('Quillon Ardent');
  });

  it('names every author with their colour when shown', () => {
    const html = render(
      <ContributionsBar
        authors={authors}
        open={{ changes: 0, conflicts: 0 }}
        onReview={() => {}}
        shown
        onShow={() => {}}
      />,
    );
    expect(text(html)).not.toContain('Review contributions');
    expect(html).toContain('checked=""');
    expect(text(html)).toContain('Vesna Marlow · Ministry of Foreign Affairs');
    expect(text(html)).toContain('Quillon Ardent · Examplia CERT');
    expect(html).toContain('background-color:#1d5fc9');
  });
});

describe('outline badge', () => {
  it('shows the number and says in words what it counts', () => {
    const html = render(<ReviewCountBadge counts={{ changes: 2, conflicts: 1 }} />);
    expect(html).toContain('merge-badge-conflict');
    expect(text(html)).toContain('3 1 conflict, 2 changes to review');
  });
});
