import { describe, expect, it } from 'vitest';
import { capacitySurvey, PUBLIC_NEEDS } from '../../test/fixtures/capacity-survey';
import { INTERNAL_WORDS, surveyDraft } from '../../test/fixtures/survey-draft';
import { publicDraft } from '../collab/public-draft';
import { internalDraft } from '../internal/internal-draft';
import { inflateEntry } from '../ooxml/zip/inflate';
import { readZipDirectory } from '../ooxml/zip/read';
import { exportDocx, exportInternalDocx } from './export-docx';
import { defaultExportOptions, parseExportOptions } from './options';

async function parts(bytes: Uint8Array): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of readZipDirectory(bytes))
    out.set(entry.name, new TextDecoder().decode(await inflateEntry(bytes, entry, 50_000_000)));
  return out;
}

const plain = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, text]) => text).join('|');
const env = { now: new Date(0) };

/** The annex, the document's last table, with the heading just before it. */
function annex(document: string, heading: string): string {
  const start = document.lastIndexOf('<w:tbl>');
  expect(start, 'no table').toBeGreaterThan(-1);
  const before = document.slice(0, start);
  expect(before.slice(before.lastIndexOf('<w:p>'))).toContain(`>${heading}</w:t>`);
  return document.slice(start, document.indexOf('</w:tbl>', start) + '</w:tbl>'.length);
}

describe('the "Capacity needs" annex of the Word export', () => {
  it('lists every public need in one table with its norm and the assistance sought or offered', async () => {
    const document = (await parts(await exportDocx(publicDraft(capacitySurvey()), defaultExportOptions(), env))).get(
      'word/document.xml',
    )!;
    const table = annex(document, 'Capacity needs');
    const text = plain(table);
    expect(text).toContain('Norm or part|Capacity needs|Assistance (sought or offered)|Details of the assistance');
    for (const need of PUBLIC_NEEDS) expect(text).toContain(need);
    expect(text).toContain(
      'paragraph 13c) – Prevent misuse of national territory|Training for incident responders in the capital|Sought|Two trainers for six months',
    );
    // Norm g's need is internal: its row keeps only the assistance.
    expect(text).toContain('paragraph 13g) – Protect critical infrastructure|Sought, Offered|Norm 11');
    expect(table).toContain('<w:tblHeader/>');
  });

  it('writes an internal need in no part of the normal file, and in the internal copy', async () => {
    const files = await parts(await exportDocx(publicDraft(capacitySurvey()), defaultExportOptions(), env));
    for (const [name, xml] of files)
      for (const word of INTERNAL_WORDS) expect(xml.includes(word), `${word} in ${name}`).toBe(false);
    const internal = (
      await parts(await exportInternalDocx(internalDraft(capacitySurvey()), defaultExportOptions(), env))
    ).get('word/document.xml')!;
    expect(plain(annex(internal, 'Capacity needs'))).toContain('SECRETNEED forensic laboratory');
  });

  it('writes the labels in the document language, right to left in Arabic', async () => {
    const draft = { ...capacitySurvey(), language: 'ar' as const };
    const document = (await parts(await exportDocx(publicDraft(draft), defaultExportOptions(), env))).get(
      'word/document.xml',
    )!;
    const table = annex(document, 'احتياجات بناء القدرات');
    expect(table).toContain('<w:bidiVisual/>');
    expect(plain(table)).toContain('القاعدة أو الجزء|احتياجات القدرات');
  });

  it('is left out when turned off, or when no section has such an answer', async () => {
    const off = parseExportOptions({ ...defaultExportOptions(), capacityAnnex: false });
    const without = (await parts(await exportDocx(publicDraft(capacitySurvey()), off, env))).get('word/document.xml')!;
    expect(plain(without)).toContain(PUBLIC_NEEDS[0]);
    expect(plain(without)).not.toContain('Assistance (sought or offered)');
    const empty = (await parts(await exportDocx(publicDraft(surveyDraft()), defaultExportOptions(), env))).get(
      'word/document.xml',
    )!;
    expect(plain(empty)).not.toContain('Assistance (sought or offered)');
  });
});
