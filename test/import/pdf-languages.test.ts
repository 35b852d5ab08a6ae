// The app's own Arabic and Chinese exports printed to PDF by LibreOffice and imported again: the
// draft comes back in its language, with its submitter and date, and every norm placed.
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodePdfEngine } from '../../cli/pdf-engine';
import ar from '../../locales/ar/templates.json';
import zh from '../../locales/zh/templates.json';
import { importDocument, type ImportResult } from '../../shared/import';
import { NORM_LETTERS } from '../../shared/model/draft';
import { normHeadingLine } from '../../shared/norms/official';
import { bodyText } from '../../shared/model/text';
import { messagesTranslator } from '../../shared/templates/messages';
import { convertWithLibreOffice, writeExport } from '../docx/support';
import { EXAMPLIA_WORDING, exampliaShortNonPaper } from '../fixtures/examplia-languages';
import { sectionOf } from '../fixtures/examplia';
import { repoTemplates, tempDir } from './support';

const LANGUAGES = ['ar', 'zh'] as const;
const TEMPLATE_TEXTS = { ar, zh };

let dir: string;
const imported = new Map<string, ImportResult>();

beforeAll(async () => {
  dir = tempDir('pdf-languages');
  const files: string[] = [];
  for (const language of LANGUAGES) {
    files.push(await writeExport(exampliaShortNonPaper(language), dir, `examplia-${language}-short`));
  }
  const pdfs = convertWithLibreOffice(files, dir, 'pdf');
  for (const [i, language] of LANGUAGES.entries()) {
    let next = 0;
    imported.set(
      language,
      await importDocument(
        { name: pdfs[i]!, bytes: new Uint8Array(readFileSync(pdfs[i]!)) },
        {
          templates: repoTemplates(),
          now: Date.UTC(2026, 4, 12),
          newId: () => `id-${next++}`,
          pdf: nodePdfEngine,
          translateFor: (lang) => messagesTranslator(TEMPLATE_TEXTS[lang as keyof typeof TEMPLATE_TEXTS] ?? ar),
        },
      ),
    );
  }
  // One LibreOffice run converts both documents, then pdf.js reads them: several seconds.
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(LANGUAGES)('a PDF of the short %s non-paper', (language) => {
  it('comes back in its language with its submitter, forum, date and all 11 norms', () => {
    const { draft, report } = imported.get(language)!;
    expect(report.format).toBe('pdf');
    expect(draft.language).toBe(language);
    expect(draft.fields.submitter).toBe(EXAMPLIA_WORDING[language].submitter);
    expect(draft.fields.date).toBe('2026-03-12');
    expect(draft.fields.forum).toBe(EXAMPLIA_WORDING[language].forum);
    expect(report.normsFound).toEqual([...NORM_LETTERS]);
  });

  it("names each norm's heading in the report as the export wrote it, brackets and all", () => {
    const { report } = imported.get(language)!;
    for (const letter of NORM_LETTERS) {
      const section = report.sections.find((s) => s.norm === letter);
      expect(section?.sourceHeading).toBe(normHeadingLine(letter, undefined, language));
    }
  });

  it("reads each norm's sentence in order, under its norm", () => {
    const { draft } = imported.get(language)!;
    NORM_LETTERS.forEach((letter, i) => {
      expect(bodyText(sectionOf(draft, 'norm', letter).content).body.trim()).toBe(
        EXAMPLIA_WORDING[language].norm(i + 1),
      );
    });
  });
});
