// Our own Word export of a French or Arabic draft, whose norm headings carry the label in the
// document's language, imports back with every norm placed and its text under it.
import { describe, expect, it } from 'vitest';
import nationalNonPaper from '../../templates/national-non-paper.template.json';
import normsOnly from '../../templates/norms-only.template.json';
import stakeholder from '../../templates/stakeholder-contribution.template.json';
import { defaultExportOptions, exportDocx, type DocxExportOptions } from '../docx';
import { NORM_LETTERS, type Draft, type NormLetter, type Section } from '../model/draft';
import { paragraphState } from '../model/empty';
import type { Language } from '../model/languages';
import { bodyText } from '../model/text';
import { normLabel } from '../norms/official';
import { loadTemplates } from '../templates/schema';
import { importDocument } from './index';
import { readZipDirectory } from '../ooxml/zip/read';
import { inflateEntry } from '../ooxml/zip/inflate';
import { publicDraft } from '../collab/public-draft';

const templates = loadTemplates([nationalNonPaper, stakeholder, normsOnly]);

interface Wording {
  title: string;
  submitter: string;
  summary: [string, string];
  /** The short title of norm number n (the heading form the user may choose instead of the official text). */
  shortTitle(n: number): string;
  /** What the draft says under norm number n. */
  normText(n: number): string;
  /** Invented stand-ins for official texts the user pasted (tests never carry real translations). */
  pasted: Partial<Record<NormLetter, string>>;
}

const FRENCH: Wording = {
  title: 'Document officieux de la République d’Examplia sur la mise en œuvre des normes',
  submitter: 'République d’Examplia',
  summary: ['Résumé', 'La République d’Examplia présente les mesures prises pour chacune des onze normes.'],
  shortTitle: (n) => `Mesures nationales, volet ${n}`,
  normText: (n) =>
    `La République d’Examplia a adopté en 2025 un plan national pour la norme ${n} et en rend compte chaque année.`,
  pasted: {
    a: 'Texte officiel de la norme a, collé par la délégation d’Examplia.',
    g: 'Texte officiel de la norme g, collé par la délégation d’Examplia.',
  },
};

const ARABIC: Wording = {
  title: 'ورقة غير رسمية مقدمة من جمهورية إكزامبليا بشأن تنفيذ القواعد',
  submitter: 'جمهورية إكزامبليا',
  summary: ['الموجز التنفيذي', 'تعرض جمهورية إكزامبليا التدابير التي اتخذتها لتنفيذ كل قاعدة من القواعد الإحدى عشرة.'],
  shortTitle: (n) => `التدابير الوطنية، الجزء ${n}`,
  normText: (n) => `اعتمدت جمهورية إكزامبليا في عام 2025 خطة وطنية بشأن البند ${n} وتقدم تقريرا عنها كل عام.`,
  pasted: { b: 'نص رسمي للقاعدة (ب) ألصقه وفد إكزامبليا.', e: 'نص رسمي للقاعدة (هـ) ألصقه وفد إكزامبليا.' },
};

function draftIn(language: Language, wording: Wording): Draft {
  const section = (
    id: string,
    kind: Section['kind'],
    heading: string,
    texts: string[],
    norm: NormLetter | null = null,
  ): Section => ({
    id,
    kind,
    norm,
    heading,
    status: 'drafting',
    content: paragraphState(texts),
  });
  return {
    id: `examplia-${language}`,
    templateId: 'national-non-paper',
    fields: { title: wording.title, submitter: wording.submitter, issuingBody: '', forum: '', date: '2026-05-12' },
    submitterKind: 'state',
    language,
    createdAt: 0,
    updatedAt: 0,
    sections: [
      section('summary', 'summary', wording.summary[0], [wording.summary[1]]),
      ...NORM_LETTERS.map((letter, i) =>
        section(`norm-${letter}`, 'norm', wording.shortTitle(i + 1), [wording.normText(i + 1)], letter),
      ),
    ],
  };
}

/** The text of each paragraph of the document part (Arabic lines are split into runs by direction). */
async function paragraphTexts(bytes: Uint8Array): Promise<string[]> {
  const entry = readZipDirectory(bytes).find((e) => e.name === 'word/document.xml')!;
  const xml = new TextDecoder().decode(await inflateEntry(bytes, entry, 50));
  return xml.split('</w:p>').map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

async function roundTrip(draft: Draft, options: Partial<DocxExportOptions>, officialTexts?: Wording['pasted']) {
  const bytes = await exportDocx(
    publicDraft(draft),
    { ...defaultExportOptions(), ...options },
    { now: new Date(Date.UTC(2026, 4, 12)), officialTexts },
  );
  let next = 0;
  const result = await importDocument(
    { name: `${draft.id}.docx`, bytes },
    { templates, now: 0, newId: () => `id-${next++}` },
  );
  return { ...result, paragraphs: await paragraphTexts(bytes) };
}

describe.each([
  ['fr', FRENCH],
  ['ar', ARABIC],
] as const)('a %s export imported again', (language, wording) => {
  it.each(['official', 'short'] as const)(
    'places all 11 norms, each with its own text (%s headings)',
    async (headingForm) => {
      const {
        draft: imported,
        report,
        paragraphs,
      } = await roundTrip(draftIn(language, wording), { headingForm }, wording.pasted);
      for (const letter of NORM_LETTERS)
        expect(paragraphs.filter((p) => p.startsWith(`${normLabel(letter, language)} – `))).toHaveLength(1);
      expect(paragraphs.join('\n')).not.toContain('UNGGE');
      expect(report.normsFound).toEqual([...NORM_LETTERS]);
      expect(report.normsMissing).toEqual([]);
      NORM_LETTERS.forEach((letter, i) => {
        const placed = imported.sections.find((s) => s.norm === letter)!;
        expect(bodyText(placed.content).body, `norm ${letter}`).toContain(wording.normText(i + 1));
      });
      expect(report.unplaced, JSON.stringify(report.unplaced)).toEqual([]);
    },
  );
});
