// What the user reads after bringing back a reviewed Word file: per section, named as the outline
// names it, the suggestions and comments and who made them; "nothing to bring back" when the file
// brought nothing; and why a file was refused, per code, in the interface's language.
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import arDraft from '../../../../locales/ar/draft.json';
import enDraft from '../../../../locales/en/draft.json';
import enTemplates from '../../../../locales/en/templates.json';
import { ReviewFileError, type ReviewBackReport } from '../../../../shared/review/bring-back';
import { draftUnderReview } from '../../../../test/fixtures/draft-under-review';
import { ReviewBackReportView } from './ReviewBackReportView';
import { bringBackProblem } from './BringBackDialog';
import { TextNotSavedError } from './bring-back-reviewed';

vi.mock('../../platform', () => ({ platform: {}, isDesktop: false }));

// The global instance: section names look up the document language's headings through it.
const i18n = i18next;
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { draft: enDraft, templates: enTemplates }, ar: { draft: arDraft } },
    interpolation: { escapeValue: false },
  });
});

const render = (node: ReactNode) =>
  renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const { sections } = draftUnderReview();

describe('the report of a review brought back', () => {
  it('names each section as the outline does, with its counts and reviewers, and what matched nothing', () => {
    const report: ReviewBackReport = {
      sections: [
        { id: 'norm-g', norm: 7, suggestions: 2, comments: 1, authors: ['Ilse Varnhold', 'Tomasz Orlind'] },
        { id: 'norm-h', norm: 8, suggestions: 0, comments: 0, authors: [] },
      ],
      suggestions: 2,
      comments: 1,
      unmatched: 3,
    };
    const text = render(<ReviewBackReportView report={report} sections={sections} documentLanguage="en" />);
    expect(text).toContain(
      'Norm 7 (13g) – Protection of critical infrastructure: 2 suggestions, 1 comment (from Ilse Varnhold, Tomasz Orlind)',
    );
    expect(text).not.toContain('Norm 8');
    expect(text).toContain('3 comments or changes matched no section of this draft and were left out.');
    expect(text).not.toContain('Nothing to bring back');
  });

  it('says there is nothing to bring back when the file brought nothing', () => {
    const report: ReviewBackReport = { sections: [], suggestions: 0, comments: 0, unmatched: 0 };
    const text = render(<ReviewBackReportView report={report} sections={sections} documentLanguage="en" />);
    expect(text).toContain('Nothing to bring back');
  });
});

describe('why a reviewed file was not brought back', () => {
  it('words each refusal in the interface’s language', () => {
    const ar = i18n.getFixedT('ar', 'draft');
    expect(bringBackProblem(new ReviewFileError('not-this-draft'), ar)).toBe(arDraft.reviewBack.error.notThisDraft);
    expect(bringBackProblem(new ReviewFileError('damaged'), ar)).toBe(arDraft.reviewBack.error.damaged);
    expect(bringBackProblem(new ReviewFileError('too-large'), ar)).toBe(
      arDraft.reviewBack.error.tooLarge.replace('{{limit}}', '50'),
    );
    expect(bringBackProblem(new TextNotSavedError(), ar)).toBe(arDraft.reviewBack.error.unsaved);
    const en = i18n.getFixedT('en', 'draft');
    expect(bringBackProblem(new ReviewFileError('not-this-draft'), en)).toMatch(
      /^This Word file was not exported from this draft/,
    );
  });
});
