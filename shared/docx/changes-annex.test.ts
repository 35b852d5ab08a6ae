import { describe, expect, it } from 'vitest';
import { defaultExportOptions, exportDocx } from '.';
import { publicDraft } from '../collab/public-draft';
import { newEdition } from '../edition/new-edition';
import { readZipDirectory } from '../ooxml/zip/read';
import { inflateEntry } from '../ooxml/zip/inflate';
import type { Draft } from '../model/draft';
import { exampliaNonPaper, sectionOf } from '../../test/fixtures/examplia';
import { doc, para } from '../../test/fixtures/content';

/** The body's paragraphs as plain text, in order. */
async function paragraphs(draft: Draft, changesAnnex: boolean): Promise<string[]> {
  const bytes = await exportDocx(publicDraft(draft), { ...defaultExportOptions(), changesAnnex }, { now: new Date(0) });
  const entry = readZipDirectory(bytes).find((e) => e.name === 'word/document.xml')!;
  const xml = new TextDecoder().decode(await inflateEntry(bytes, entry, 50 * 1024 * 1024));
  return [...xml.matchAll(/<w:p[ >].*?<\/w:p>|<w:p\/>/g)].map((m) => m[0].replace(/<[^>]+>/g, ''));
}

function edition(): Draft {
  const next = newEdition(exampliaNonPaper(), { now: Date.UTC(2026, 5, 1), newId: () => 'next' });
  sectionOf(next, 'summary').content = doc(
    para(
      'The Republic of Examplia submits this paper to explain how it gives effect to the eleven voluntary norms, and what it has changed since its report of 2025.',
    ),
    para('It covers measures at home and cooperation with neighbouring States in the Examplian Sea region.'),
  );
  return next;
}

describe('the "Changes since the last edition" annex', () => {
  it('lists, under the changed section only, the words removed and added', async () => {
    const next = edition();
    const all = await paragraphs(next, true);
    const annex = all.slice(all.indexOf('Changes since the last edition'));
    expect(annex.filter(Boolean)).toEqual([
      'Changes since the last edition',
      `Compared with “${next.edition!.previousTitle}” of 5 September 2025.`,
      'Executive summary',
      'Removed: first',
      'Removed: in 2021',
      'Added: of 2025',
    ]);
  });

  it('says that nothing changed when no section did', async () => {
    const unchanged = newEdition(exampliaNonPaper(), { now: Date.UTC(2026, 5, 1), newId: () => 'next' });
    const all = await paragraphs(unchanged, true);
    expect(all.slice(all.indexOf('Changes since the last edition')).filter(Boolean).at(-1)).toBe(
      'No section changed since the last edition.',
    );
  });

  it('is written only when asked for', async () => {
    expect(await paragraphs(edition(), false)).not.toContain('Changes since the last edition');
  });
});
