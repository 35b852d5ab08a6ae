// A returned Word file the contribution reader refuses is reported in the user's language: an
// Arabic interface reads why in Arabic, never the reader's English sentence.
import 'fake-indexeddb/auto';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import arDraft from '../../../locales/ar/draft.json';
import enDraft from '../../../locales/en/draft.json';
import { contributionDocx } from '../../../shared/contribution/word';
import {
  WordContributionError,
  wordContributionMessage,
  type WordContributionProblem,
} from '../../../shared/contribution/word-errors';
import { wordCopy, wordLead } from '../../../test/fixtures/word-contribution';
import { DrafterDb } from '../storage/db';
import { EditGuard } from '../storage/edit-guard';
import { DraftRepository } from '../storage/repository';
import { VersionStore } from '../versions/store';
import { collectContributions, type CollectDeps, type CollectTexts } from './collect';
import { wordProblemText } from './word-problems';

const PROBLEMS: WordContributionProblem[] = [
  'too-large',
  'damaged',
  'other-draft',
  'not-a-contribution',
  'details-damaged',
  'section-missing',
  'too-long',
];

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'ar',
    resources: { ar: { draft: arDraft }, en: { draft: enDraft } },
    interpolation: { escapeValue: false },
  });
});

let db: DrafterDb;
let deps: CollectDeps;
/** A lead other than the one the contribution was sent from. */
const OTHER_LEAD = { ...wordLead(), id: 'examplia-second', fields: { ...wordLead().fields, title: 'ورقة إكزامبليا' } };

beforeEach(async () => {
  db = new DrafterDb(`word-problems-${Math.random()}`);
  let clock = 1_000;
  const repository = new DraftRepository(db, { now: () => (clock += 1000), newId: () => `id${clock}` });
  const editGuard = new EditGuard(db, repository);
  const versions = new VersionStore(db, repository, { now: () => clock, newId: () => `v${(clock += 1)}` }, editGuard);
  const autosaver = { dirty: false, flush: vi.fn(async () => undefined) };
  deps = { autosaver: autosaver as unknown as CollectDeps['autosaver'], editGuard, repository, versions };
  await repository.add(OTHER_LEAD);
});
afterEach(async () => {
  await db.delete();
});

const textsIn = (language: 'ar' | 'en'): CollectTexts => {
  const t = i18n.getFixedT(language, 'draft');
  return {
    before: (list) => list,
    merged: (list) => list,
    section: (s) => s.heading,
    join: (items) => items.join(', '),
    unreadable: () => 'unreadable',
    wordProblem: (error) => wordProblemText(error, t),
  };
};

describe('Word contributions refused, in the user’s language', () => {
  it('tells an Arabic user in Arabic that the file belongs to another draft, and one that is no Word file', async () => {
    const files = [
      { name: 'cert.docx', data: await contributionDocx(wordCopy(), { now: new Date(Date.UTC(2026, 11, 2)) }) },
      { name: 'notes.docx', data: new TextEncoder().encode('Examplia, not a zip') },
    ];
    const result = await collectContributions(deps, OTHER_LEAD.id, files, textsIn('ar'), { now: 5, newId: () => 'x' });
    expect(result.unread).toEqual([
      { source: 'cert.docx', message: arDraft.merge.wordError.otherDraft.replace('{{title}}', 'ورقة إكزامبليا') },
      { source: 'notes.docx', message: arDraft.merge.wordError.damaged },
    ]);
    expect(result.unread[0]!.message).toContain('ملف Word هذا مساهمة في مسودة أخرى');
    // Nothing was merged: the lead is as it was.
    expect((await deps.repository.get(OTHER_LEAD.id))!.draft.sections).toEqual(OTHER_LEAD.sections);
  });

  it('words every problem in Arabic, and in English as the command line does', () => {
    const en = i18n.getFixedT('en', 'draft');
    const ar = i18n.getFixedT('ar', 'draft');
    const params = { limit: 50, title: 'Examplia on the norms', section: 'Requests for assistance' };
    for (const problem of PROBLEMS) {
      const error = new WordContributionError(problem, params);
      expect(wordProblemText(error, en)).toBe(wordContributionMessage(problem, params));
      expect(wordProblemText(error, ar)).toMatch(/\p{Script=Arabic}/u);
    }
  });
});
