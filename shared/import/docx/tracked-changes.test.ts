// A Word file still under review when imported: the report says which tracked changes (and whose)
// and which comments it held; the user takes the changes (the default) or leaves them, in the
// body and in the footnotes alike.
import { describe, expect, it } from 'vitest';
import nationalNonPaper from '../../../templates/national-non-paper.template.json';
import { bodyText } from '../../model/text';
import type { Draft } from '../../model/draft';
import { loadTemplates } from '../../templates/schema';
import { importDocument, type TrackedChangesChoice } from '../index';
import { rejectAllChanges } from './tracked-changes';
import { gone, reviewedWordFile, run } from '../../../test/fixtures/reviewed-word';

async function imported(trackedChanges?: TrackedChangesChoice, bytes?: Uint8Array) {
  let next = 0;
  return importDocument(
    { name: 'reviewed.docx', bytes: bytes ?? (await reviewedWordFile()) },
    {
      templates: loadTemplates([nationalNonPaper]),
      now: Date.UTC(2026, 10, 4),
      newId: () => `id-${next++}`,
      ...(trackedChanges ? { trackedChanges } : {}),
    },
  );
}

const norm7 = (draft: Draft) => {
  const section = draft.sections.find((s) => s.norm === 'g')!;
  const { body, notes } = bodyText(section.content);
  return { body, notes: notes.map((note) => bodyText(note).body) };
};

describe('importing a Word file with tracked changes and comments', () => {
  it('takes the changes by default and reports them, with their authors, and the comments', async () => {
    const { draft, report } = await imported();
    expect(norm7(draft)).toEqual({
      body: 'Examplia protects its energy and water networks.\nA paragraph the Policy Unit added.',
      notes: ['Critical Networks Act'],
    });
    expect(report.review).toEqual({
      insertions: 2,
      deletions: 2,
      authors: ['Legal Adviser & Co', 'Policy Unit'],
      comments: [
        { author: 'Legal Adviser & Co', text: 'Which regulator is meant?' },
        { author: 'Policy Unit', text: 'Agreed with the ministry.' },
      ],
      moreComments: 0,
      changes: 'accept',
    });
  });

  it('leaves the changes when asked: the text and the footnote as they were before them', async () => {
    const { draft, report } = await imported('reject');
    expect(norm7(draft)).toEqual({
      body: 'Examplia protects its water networks in every region.',
      notes: ['Critical Networks Act (draft)'],
    });
    expect(report.review?.changes).toBe('reject');
    expect(report.review?.insertions).toBe(2);
  });

  it('says nothing of review for a file without tracked changes or comments', async () => {
    const { draft, report } = await imported(undefined, await reviewedWordFile(false));
    expect(norm7(draft).body).toBe(
      'Examplia protects its energy and water networks.\nA paragraph the Policy Unit added.',
    );
    expect(report.review).toBeUndefined();
  });
});

describe('rejecting all changes in a part', () => {
  it('drops insertions (nested ones too) and moved-to text, brings back deletions and moved-from text', () => {
    const xml =
      `<w:p><w:ins w:id="1" w:author="A &gt; B">${run('new ')}<w:ins w:id="2">${run('newer ')}</w:ins></w:ins>` +
      `${run('kept ')}<w:del w:id="3">${gone('old ')}</w:del>` +
      `<w:moveFrom w:id="4">${gone('moved ')}</w:moveFrom><w:moveTo w:id="5">${run('moved ')}</w:moveTo></w:p>`;
    expect(rejectAllChanges(xml)).toBe(`<w:p>${run('kept ')}${run('old ')}${run('moved ')}</w:p>`);
  });

  it('keeps a paragraph whose mark was inserted or deleted, without the mark', () => {
    const xml = `<w:p><w:pPr><w:rPr><w:ins w:id="1" w:author="A"/></w:rPr></w:pPr>${run('Text')}</w:p>`;
    expect(rejectAllChanges(xml)).toBe(`<w:p><w:pPr><w:rPr></w:rPr></w:pPr>${run('Text')}</w:p>`);
  });
});
