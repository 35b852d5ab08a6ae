import { describe, expect, it } from 'vitest';
import type { Draft, Section } from '../model/draft';
import { paragraphState } from '../model/empty';
import { normLabel, officialNorm } from '../norms/official';
import { inflateEntry } from '../ooxml/zip/inflate';
import { readZipDirectory } from '../ooxml/zip/read';
import { parseOfficialTexts } from './official-texts';
import { handleExportRequest, type ExportMessage } from './worker-protocol';

// Invented stand-ins: tests never carry real official translations.
const FRENCH_A = 'Texte officiel de la norme a, fourni par la délégation d’Examplia.';

const norm = (letter: Section['norm']): Section => ({
  id: `norm-${letter}`,
  kind: 'norm',
  norm: letter,
  heading: 'Titre',
  status: 'drafting',
  content: paragraphState(['Texte du projet.']),
});
const draft: Draft = {
  id: 'd1',
  templateId: 'norms-only',
  fields: {
    title: 'Projet d’Examplia',
    submitter: 'République d’Examplia',
    issuingBody: '',
    forum: '',
    date: '2026-05-12',
  },
  submitterKind: 'state',
  language: 'fr',
  createdAt: 0,
  updatedAt: 0,
  sections: [norm('a'), norm('b')],
};

async function documentXml(officialTexts: unknown): Promise<string> {
  const messages: ExportMessage[] = [];
  await handleExportRequest({ type: 'export', draft, options: {}, now: 0, officialTexts }, (m) => messages.push(m));
  const done = messages.find((m) => m.type === 'done');
  if (done?.type !== 'done') throw new Error(JSON.stringify(messages.at(-1)));
  const entry = readZipDirectory(done.bytes).find((e) => e.name === 'word/document.xml')!;
  return new TextDecoder().decode(await inflateEntry(done.bytes, entry, 50));
}

describe('official norm texts the user provided, in the Word export', () => {
  it('heads a norm with the provided text, and the others with the English official text, after a French label', async () => {
    const xml = await documentXml({ a: FRENCH_A });
    expect(xml).toContain(`${normLabel('a', 'fr')} – ${FRENCH_A}`);
    expect(xml).not.toContain(officialNorm('a').officialTextEn.slice(0, 60));
    expect(xml).toContain(`${normLabel('b', 'fr')} – ${officialNorm('b').officialTextEn.slice(0, 60)}`);
    expect(xml).not.toContain('UNGGE');
  });

  it('falls back to English for anything that is not a usable text', async () => {
    const xml = await documentXml(JSON.parse('{"__proto__": {"a": "x"}, "b": 7, "z": "Inconnue"}'));
    expect(xml).toContain(officialNorm('a').officialTextEn.slice(0, 60));
    expect(xml).toContain(officialNorm('b').officialTextEn.slice(0, 60));
  });

  it('keeps only known letters with a non-empty text of sensible length', () => {
    expect(
      parseOfficialTexts({ a: '  Texte\n officiel ', b: '', c: 'x'.repeat(3001), k: 'Текст', z: 'Unknown' }),
    ).toEqual({ a: 'Texte officiel', k: 'Текст' });
    for (const bad of [null, 'text', ['a'], 42]) expect(parseOfficialTexts(bad)).toEqual({});
  });
});
