import { describe, expect, it } from 'vitest';
import { capacityNeeds } from '../capacity/capacity-needs';
import { capacitySurvey } from '../../test/fixtures/capacity-survey';
import { answeredSurvey, INTERNAL_WORDS } from '../../test/fixtures/survey-draft';
import { publicDraft } from '../collab/public-draft';
import { inflateEntry } from '../ooxml/zip/inflate';
import { readZipDirectory } from '../ooxml/zip/read';
import { answerEntries, capacityAnnexTexts, type DocumentTable } from './answer-texts';
import { exportDocx } from './export-docx';
import { languageProfile } from './language';
import { defaultExportOptions } from './options';

async function documentXml(bytes: Uint8Array): Promise<string> {
  const entry = readZipDirectory(bytes).find((e) => e.name === 'word/document.xml')!;
  return new TextDecoder().decode(await inflateEntry(bytes, entry, 50_000_000));
}

/** The Word tables' cell texts, row by row (an empty cell is ''). */
function wordTables(xml: string): string[][][] {
  const texts = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, t]) => t).join('');
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((table) =>
    (table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
      (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(texts),
    ),
  );
}

const asRows = (table: DocumentTable) => [table.header, ...table.rows];
const english = languageProfile('en');

describe('the texts of structured answers and of the capacity annex (shared by the Word file and the print layout)', () => {
  it('gives each answered question with its answer, in template order, and a checklist as the rows Word writes', async () => {
    const draft = publicDraft(answeredSurvey());
    const g = draft.sections.find((s) => s.norm === 'g')!;
    const entries = answerEntries(g.fields, english);
    expect(entries.map((e) => e.question)).toEqual(['Measures taken: legislation', 'Assistance', 'Practical actions']);
    expect(entries[0]).toEqual({
      question: 'Measures taken: legislation',
      answer: 'The Examplia Critical Services Act of 2024.',
    });
    expect(entries[1]).toEqual({ question: 'Assistance', answer: 'Sought, Offered' });
    const checklist = entries[2]!;
    if (!('table' in checklist)) throw new Error('the checklist is not a table');
    expect(checklist.table.rows.map((row) => row.slice(0, 3))).toEqual([
      ['Identify critical infrastructure sectors and their operators.', 'Implemented', 'Examplia Cyber Agency'],
      [expect.any(String), 'Not started', ''],
    ]);
    const tables = wordTables(await documentXml(await exportDocx(draft, defaultExportOptions(), { now: new Date(0) })));
    expect(tables).toContainEqual(asRows(checklist.table));
  });

  it('formats a date as the export does and writes labels in the document language', () => {
    const all = publicDraft(answeredSurvey()).sections.flatMap((s) => answerEntries(s.fields, english));
    expect(all).toContainEqual({
      question: 'Information current as of',
      answer: '27 February 2026',
    });
    const g = publicDraft(answeredSurvey()).sections.find((s) => s.norm === 'g')!;
    const arabic = answerEntries(g.fields, languageProfile('ar'));
    const table = arabic.find((e) => 'table' in e);
    expect(table && 'table' in table && table.table.header).toContain('الجهة الرائدة');
    expect(arabic.find((e) => 'answer' in e && e.answer.includes('، '))).toBeDefined();
  });

  it('never holds an internal answer or item of the public projection', () => {
    const shown = JSON.stringify(publicDraft(answeredSurvey()).sections.map((s) => answerEntries(s.fields, english)));
    for (const word of INTERNAL_WORDS) expect(shown).not.toContain(word);
    expect(shown).toContain('Examplia Cyber Agency');
  });

  it('gives the capacity annex the rows the Word annex has, and nothing when the options leave it out', async () => {
    const draft = publicDraft(capacitySurvey());
    const annex = capacityAnnexTexts(capacityNeeds(draft), defaultExportOptions(), english)!;
    expect(annex.heading).toBe('Capacity needs');
    expect(annex.table.rows.length).toBeGreaterThan(1);
    const tables = wordTables(await documentXml(await exportDocx(draft, defaultExportOptions(), { now: new Date(0) })));
    expect(tables.at(-1)).toEqual(asRows(annex.table));
    expect(
      capacityAnnexTexts(capacityNeeds(draft), { ...defaultExportOptions(), capacityAnnex: false }, english),
    ).toBeNull();
    expect(capacityAnnexTexts([], defaultExportOptions(), english)).toBeNull();
  });
});
