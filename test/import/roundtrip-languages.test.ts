// Export -> import -> export changes nothing, for every fixture in its language: the draft keeps
// its language and details, nothing is left unplaced, no date line is added again, no footnote
// moves, each section keeps its words, and the title block and date line keep their Word styles. (Section titles the user chose are left to the
// placing rules; the export's own headings in the draft's language come back as they were.)
import { describe, expect, it } from 'vitest';
import ar from '../../locales/ar/templates.json';
import en from '../../locales/en/templates.json';
import es from '../../locales/es/templates.json';
import fr from '../../locales/fr/templates.json';
import ru from '../../locales/ru/templates.json';
import zh from '../../locales/zh/templates.json';
import { publicDraft } from '../../shared/collab/public-draft';
import { defaultExportOptions, exportDocx } from '../../shared/docx';
import { sectionsToExport } from '../../shared/docx/empty-sections';
import { STYLE } from '../../shared/docx/style-names';
import { importDocument } from '../../shared/import';
import { documentTexts } from '../../shared/import/document-texts';
import { readOwnDateLine } from '../../shared/import/map/own-dates';
import type { Draft } from '../../shared/model/draft';
import { LANGUAGES, type Language } from '../../shared/model/languages';
import { sectionWordCount } from '../../shared/model/words';
import { inflateEntry } from '../../shared/ooxml/zip/inflate';
import { readZipDirectory } from '../../shared/ooxml/zip/read';
import { messagesTranslator } from '../../shared/templates/messages';
import { examplia as arabic } from '../docx/fixtures/examplia-ar';
import { examplia as english } from '../docx/fixtures/examplia-en';
import { examplia as russian } from '../docx/fixtures/examplia-ru';
import { examplia as chinese } from '../docx/fixtures/examplia-zh';
import { exampliaForumContribution, exampliaNonPaper } from '../fixtures/examplia';
import { exampliaShortNonPaper } from '../fixtures/examplia-languages';
import { repoTemplates } from './support';

const TEMPLATE_TEXTS: Record<Language, unknown> = { ar, zh, en, fr, ru, es };
const templates = repoTemplates();

const FIXTURES: Array<[string, Draft]> = [
  ['the non-paper', exampliaNonPaper()],
  ['the Forum contribution', exampliaForumContribution()],
  ['the non-paper with every kind of content', english],
  ['the Arabic non-paper', arabic],
  ['the Chinese non-paper', chinese],
  ['the Russian non-paper', russian],
  ...LANGUAGES.map((language): [string, Draft] => [`the short non-paper`, exampliaShortNonPaper(language)]),
];

function exported(draft: Draft): Promise<Uint8Array> {
  return exportDocx(publicDraft(draft), defaultExportOptions(), { now: new Date(Date.UTC(2026, 4, 12)) });
}

/** As the app imports: template headings in the language the document turns out to be in. */
async function imported(bytes: Uint8Array) {
  let next = 0;
  return importDocument(
    { name: 'exported.docx', bytes },
    {
      templates,
      now: Date.UTC(2026, 4, 12),
      newId: () => `id-${next++}`,
      translateFor: (language) => messagesTranslator(TEMPLATE_TEXTS[language]),
    },
  );
}

/** Each paragraph of a part as "style|text", footnote references as [^]. */
async function paragraphs(bytes: Uint8Array, part: string): Promise<string[]> {
  const entry = readZipDirectory(bytes).find((e) => e.name === part);
  if (!entry) return [];
  const xml = new TextDecoder().decode(await inflateEntry(bytes, entry, 50));
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => {
    const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '';
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:footnoteReference [^>]*\/>/g)]
      .map((m) => m[1] ?? '[^]')
      .join('');
    return `${style}|${text}`;
  });
}

const SECTION_HEADING = `${STYLE.headings[0]}|`;

const textOf = (line: string) => line.slice(line.indexOf('|') + 1);

/**
 * The document without the section headings (Heading 1), whose titles the placing rules decide.
 * The title block and the closing date line by their text only: they come back as the title and
 * closing sections' own paragraphs. Sub-headings as one level: the editor writes its two levels
 * (h2, h3) both as Heading 3; only a fixture's h1 is written as Heading 2.
 */
function body(lines: string[]): string[] {
  const start = lines.findIndex((line) => line.startsWith(SECTION_HEADING) || line.startsWith(`${STYLE.normHeading}|`));
  const last = lines.length - 1;
  return lines.flatMap((line, at) => {
    if (at < start || (at === last && readOwnDateLine(textOf(line)))) return [textOf(line)];
    if (line.startsWith(SECTION_HEADING)) return [];
    return [line.replace(/^Heading[23]\|/, 'Subheading|')];
  });
}

/** The lines before the first section heading and the last line, with their styles. */
function frame(lines: string[]): string[] {
  const start = lines.findIndex((line) => line.startsWith(SECTION_HEADING) || line.startsWith(`${STYLE.normHeading}|`));
  return [...lines.slice(0, start), lines[lines.length - 1]!];
}

describe.each(FIXTURES)('%s exported and imported again', (_name, draft) => {
  // Two Word exports and an import of up to 60 paragraphs: a few seconds on a busy machine.
  it(`(${draft.language}) exports the same document again`, async () => {
    const first = await exported(draft);
    const { draft: back, report } = await imported(first);
    const again = await exported(back);

    expect(report.language).toBe(draft.language);
    const { title, submitter, issuingBody, forum, date } = draft.fields;
    expect(back.fields).toMatchObject({ title, submitter, issuingBody, forum, date });
    expect(report.unplaced).toEqual([]);
    expect(back.sections.map((s) => s.kind)).not.toContain('other');

    const before = await paragraphs(first, 'word/document.xml');
    const after = await paragraphs(again, 'word/document.xml');
    expect(after.join('\n')).not.toContain(documentTexts(draft.language).unplacedHeading);
    expect(body(after)).toEqual(body(before));
    // The title block and the date line the app writes keep their Word styles.
    expect(frame(after)).toEqual(frame(before));
    expect(await paragraphs(again, 'word/footnotes.xml')).toEqual(await paragraphs(first, 'word/footnotes.xml'));

    for (const section of sectionsToExport(draft.sections, false)) {
      if (section.kind === 'title' || section.kind === 'closing') continue;
      const twin = back.sections.find((s) => s.kind === section.kind && s.norm === section.norm);
      expect(twin && sectionWordCount(twin.content), `${section.kind} ${section.norm ?? ''}`).toBe(
        sectionWordCount(section.content),
      );
    }
  }, 15_000);
});
