import { describe, expect, it } from 'vitest';
import { answeredSurvey, INTERNAL_WORDS, surveyDraft } from '../../test/fixtures/survey-draft';
import { publicDraft } from '../collab/public-draft';
import { inflateEntry } from '../ooxml/zip/inflate';
import { readZipDirectory } from '../ooxml/zip/read';
import { exportDocx, exportInternalDocx } from './export-docx';
import { internalDraft } from '../internal/internal-draft';
import { defaultExportOptions } from './options';

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of readZipDirectory(bytes))
    out.set(entry.name, new TextDecoder().decode(await inflateEntry(bytes, entry, 50_000_000)));
  return out;
}

const plain = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => text).join('|');

describe('structured answers in the Word export', () => {
  it('writes each answered question, then its answer, and a checklist as a table with a header row', async () => {
    const bytes = await exportDocx(publicDraft(answeredSurvey()), defaultExportOptions(), { now: new Date(0) });
    const document = (await parts(bytes)).get('word/document.xml')!;
    const text = plain(document);
    expect(text).toContain('Measures taken: legislation|The Examplia Critical Services Act of 2024.');
    expect(text).toContain('Assistance|Sought, Offered');
    expect(text).toContain('Information current as of|27 February 2026');
    const table = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    // Norm a's only answered item is internal: once it is left out, nothing of that checklist is
    // answered. The second table is the capacity needs annex (norm g's assistance).
    expect(table).toHaveLength(2);
    expect(plain(table[1]!)).toContain('Sought, Offered');
    const normG = plain(table.find((t) => t.includes('Examplia Cyber Agency'))!);
    expect(normG.startsWith('Action|Status|Lead agency|Evidence (reference or link)|Note|')).toBe(true);
    expect(normG).toContain(
      'Identify critical infrastructure sectors and their operators.|Implemented|Examplia Cyber Agency|https://example.org/act',
    );
    expect(table[0]).toContain('<w:tblHeader/>');
    // The sections with answers but no text are kept; a survey with no answer at all writes no table.
    const empty = await exportDocx(publicDraft(surveyDraft()), defaultExportOptions(), { now: new Date(0) });
    expect((await parts(empty)).get('word/document.xml')).not.toContain('<w:tbl>');
  });

  it('writes the labels in the document language and lays the table right to left in Arabic', async () => {
    const draft = { ...answeredSurvey(), language: 'ar' as const };
    const document = (
      await parts(await exportDocx(publicDraft(draft), defaultExportOptions(), { now: new Date(0) }))
    ).get('word/document.xml')!;
    const table = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)![0];
    expect(table).toContain('<w:bidiVisual/>');
    expect(plain(table)).toContain('الجهة الرائدة');
    expect(plain(table)).toContain('منفذ|Examplia Cyber Agency');
  });

  it('writes the internal answers and items in the internal copy, and only there', async () => {
    const bytes = await exportInternalDocx(internalDraft(answeredSurvey()), defaultExportOptions(), {
      now: new Date(0),
    });
    const document = (await parts(bytes)).get('word/document.xml')!;
    for (const word of INTERNAL_WORDS) expect(plain(document)).toContain(word);
  });

  it('never writes an internal field or item into any part of the file', async () => {
    const draft = answeredSurvey();
    expect(JSON.stringify(draft)).toContain('SECRETNEED');
    for (const includeEmptySections of [false, true]) {
      const options = { ...defaultExportOptions(), includeEmptySections };
      const files = await parts(await exportDocx(publicDraft(draft), options, { now: new Date(0) }));
      expect(files.size).toBeGreaterThan(5);
      for (const [name, xml] of files)
        for (const word of INTERNAL_WORDS) expect(xml.includes(word), `${word} in ${name}`).toBe(false);
      // What is public around them stays.
      expect(files.get('word/document.xml')).toContain('Examplia Cyber Agency');
    }
  });

  it('is removed by the public projection: internal fields whole, internal items from their checklist', () => {
    const draft = answeredSurvey();
    const shown = publicDraft(draft);
    expect(JSON.stringify(shown)).not.toMatch(new RegExp(INTERNAL_WORDS.join('|')));
    const g = shown.sections.find((section) => section.norm === 'g')!;
    expect(g.fields!.map((field) => field.id)).not.toContain('capacityNeeds');
    const checklist = g.fields!.find((field) => field.kind === 'checklist');
    expect(checklist?.kind === 'checklist' && checklist.items.map((item) => item.id)).toEqual(['g1', 'g3']);
    expect(JSON.stringify(draft)).toContain('SECRETNEED');
  });

  it('keeps a norm heading on the page of its first question when the norm has answers but no text', async () => {
    const document = (
      await parts(await exportDocx(publicDraft(answeredSurvey()), defaultExportOptions(), { now: new Date(0) }))
    ).get('word/document.xml')!;
    const heading = document
      .split('</w:p>')
      .find((p) => p.includes('w:val="NormHeading"') && p.includes('paragraph 13g'))!;
    expect(heading).toBeDefined();
    expect(heading).not.toContain('<w:keepNext w:val="0"/>');
  });
});
