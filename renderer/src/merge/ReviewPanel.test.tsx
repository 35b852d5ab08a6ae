// The review as the lead reads it, from a merged draft: per section each pending change with its
// author and a word diff, conflicts side by side with both authors, and buttons named for what
// they do to whom.
import i18next from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import common from '../../../locales/en/common.json';
import draftTexts from '../../../locales/en/draft.json';
import safety from '../../../locales/en/safety.json';
import templates from '../../../locales/en/templates.json';
import { collabDraft } from '../../../test/fixtures/collab-draft';
import { ServicesProvider, type Services } from '../services/context';
import { MergeReport } from './MergeReport';
import { ReviewPanel } from './ReviewPanel';
import type { CollectResult } from './collect';

vi.mock('../platform', () => ({ platform: {}, isDesktop: false }));

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { common, draft: draftTexts, safety, templates } },
    interpolation: { escapeValue: false },
  });
});

const render = (node: ReactNode) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={{} as Services}>{node}</ServicesProvider>
    </I18nextProvider>,
  );

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('review panel', () => {
  let html = '';
  beforeAll(() => {
    html = render(<ReviewPanel draft={collabDraft()} onClose={() => {}} onChanged={async () => {}} />);
  });

  it('shows a pending change with its author and what it added', () => {
    expect(text(html)).toContain('Quillon Ardent · Examplia CERT');
    expect(text(html)).toContain('[added: The CERT shares incident data within four hours');
    expect(html).toContain('<ins');
    expect(html).toContain('aria-label="Accept the change by Quillon Ardent in Norm 7"');
    expect(html).toContain('aria-label="Reject all changes by Quillon Ardent"');
    expect(text(html)).toContain('Accept all');
  });

  it('shows a conflict side by side with both authors and the four ways out', () => {
    expect(text(html)).toContain('Conflict in Norm 8');
    expect(text(html)).toContain('Vesna Marlow · Ministry of Foreign Affairs');
    expect(text(html)).toContain('(in this draft) [removed: Base ] [added: Lead ] text');
    expect(text(html)).toContain('(contribution) [removed: Base ] [added: Quillon Ardent wants this ] text');
    for (const label of ['Keep Vesna Marlow’s text', 'Take Quillon Ardent’s text', 'Keep both', 'Edit…'])
      expect(text(html)).toContain(label);
  });

  it('says there is nothing to review once everything is settled', () => {
    const settled = collabDraft();
    const collaboration = settled.collaboration!;
    settled.collaboration = {
      ...collaboration,
      changes: collaboration.changes.map((c) => ({ ...c, status: 'accepted' })),
      conflicts: collaboration.conflicts.map((c) => ({ ...c, status: 'resolved' })),
    };
    const quiet = render(<ReviewPanel draft={settled} onClose={() => {}} onChanged={async () => {}} />);
    expect(text(quiet)).toContain('Nothing to review');
    expect(quiet).not.toContain('Accept all');
  });
});

describe('merge report', () => {
  it('says per file who it was from, what it did per section, what was not placed and what could not be read', () => {
    const draft = collabDraft();
    const result: CollectResult = {
      outcome: {
        draft,
        applied: 1,
        conflicts: 1,
        contributions: [
          {
            source: 'cert.normdraft',
            contributor: { name: 'Quillon Ardent', organisation: 'Examplia CERT' },
            status: 'merged',
            sections: [
              { id: 'norm-g', norm: 'g', heading: 'g', applied: 1, conflicts: 0 },
              { id: 'norm-h', norm: 'h', heading: 'h', applied: 0, conflicts: 1 },
            ],
            unplaced: [{ sectionId: 'norm-h', heading: 'h', reason: 'not-asked' }],
          },
          { source: 'cert-again.normdraft', contributor: null, status: 'already-merged', sections: [], unplaced: [] },
        ],
      },
      unread: [{ source: 'old.docx', message: 'This Word file was not sent from this draft.' }],
    };
    const html = text(render(<MergeReport result={result} sections={draft.sections} sectionName={(s) => s.heading} />));
    expect(html).toContain('Quillon Ardent · Examplia CERT Merged');
    expect(html).toContain('g : 1 change applied');
    expect(html).toContain('h : 1 conflict to resolve');
    expect(html).not.toContain('0 changes');
    expect(html).toContain('h: edited, but not asked of this contributor');
    expect(html).toContain('Already merged: nothing changed');
    expect(html).toContain('old.docx Could not be read This Word file was not sent from this draft.');
  });
});
