// In an Arabic draft, the English official text under a norm's Arabic label is written as one
// left-to-right run that holds its full stop (Word places a full stop in a right-to-left run at
// the far end of the line); an Arabic official text the user provided stays right to left.
import { describe, expect, it } from 'vitest';
import { publicDraft } from '../collab/public-draft';
import type { Draft, NormLetter } from '../model/draft';
import type { Language } from '../model/languages';
import { paragraphState } from '../model/empty';
import { normLabel, officialNorm } from '../norms/official';
import { inflateEntry } from '../ooxml/zip/inflate';
import { readZipDirectory } from '../ooxml/zip/read';
import { defaultExportOptions, exportDocx } from './index';
import type { OfficialTexts } from './official-texts';

function draftIn(language: Language): Draft {
  return {
    id: `heading-${language}`,
    templateId: 'norms-only',
    fields: { title: 'Examplia', submitter: 'Examplia', issuingBody: '', forum: '', date: '2026-03-12' },
    submitterKind: 'state',
    language,
    createdAt: 0,
    updatedAt: 0,
    sections: (['a', 'g'] as NormLetter[]).map((letter) => ({
      id: letter,
      kind: 'norm',
      norm: letter,
      heading: '',
      status: 'drafting',
      content: paragraphState(['تعمل إكزامبليا على ذلك.']),
    })),
  };
}

/** The runs of the norm's heading paragraph: text (direction marks shown as ‎) and whether it is right to left. */
async function headingRuns(language: Language, letter: NormLetter, officialTexts?: OfficialTexts) {
  const bytes = await exportDocx(publicDraft(draftIn(language)), defaultExportOptions(), {
    now: new Date(0),
    officialTexts,
  });
  const entry = readZipDirectory(bytes).find((e) => e.name === 'word/document.xml')!;
  const xml = new TextDecoder().decode(await inflateEntry(bytes, entry, 50));
  const paragraph = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
    .map(([p]) => p)
    .find((p) => p.includes('NormHeading') && p.includes(normLabel(letter, language)))!;
  return [...paragraph.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, run]) => ({
    text: /<w:t[^>]*>([^<]*)<\/w:t>/.exec(run!)?.[1] ?? '',
    rtl: run!.includes('<w:rtl/>'),
  }));
}

describe('norm headings in an Arabic draft', () => {
  it('write the English official text, full stop included, as one left-to-right run, and nothing else', async () => {
    const official = officialNorm('g').officialTextEn;
    const runs = await headingRuns('ar', 'g');
    const english = runs.find((run) => run.text.includes(official.slice(0, 40)))!;
    expect(english).toEqual({ text: `\u200E${official}\u200E`, rtl: false });
    expect(runs.filter((run) => run.text.includes('.') && run !== english)).toEqual([]);

    // An Arabic official text the user provided stays right to left, without marks.
    const pasted = 'نص رسمي للقاعدة (ز) ألصقه الوفد.';
    const arabic = await headingRuns('ar', 'g', { g: pasted });
    expect(arabic.map((run) => run.text).join('')).toBe(`${normLabel('g', 'ar')} – ${pasted}`);
    expect(arabic.every((run) => run.rtl)).toBe(true);
    // Headings of left-to-right drafts are left as they were.
    const french = await headingRuns('fr', 'a');
    expect(french.map((run) => run.text).join('')).toBe(
      `${normLabel('a', 'fr')} – ${officialNorm('a').officialTextEn}`,
    );
  });
});
