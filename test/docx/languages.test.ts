// @vitest-environment jsdom
// Arabic, Chinese and Russian drafts: direction, fonts and language in the parts, and the text
// as LibreOffice lays it out (PDF text).
import { rmSync } from 'node:fs';
import { normLabel, officialNorm } from '../../shared/norms/official';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARABIC_PHRASES, examplia as arabic, LATIN_INSIDE_ARABIC } from './fixtures/examplia-ar';
import { CHINESE_PHRASES, examplia as chinese } from './fixtures/examplia-zh';
import { examplia as russian, RUSSIAN_PHRASES } from './fixtures/examplia-ru';
import { convertToPdf, elements, paragraphText, pdfText, renderFirstPage, tempDir, writeExport, xml } from './support';

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const HAN = /\p{Script=Han}/u;

let dir: string;
const files: Record<'ar' | 'zh' | 'ru', string> = { ar: '', zh: '', ru: '' };

beforeAll(async () => {
  dir = tempDir('languages');
  files.ar = await writeExport(arabic, dir, 'examplia-ar', { headerLine: 'غير سري' });
  files.zh = await writeExport(chinese, dir, 'examplia-zh');
  files.ru = await writeExport(russian, dir, 'examplia-ru');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The label's Arabic words in order ("الفقرة", "أ"): pdftotext moves the digits and brackets of right-to-left lines around them. */
function arabicWordsOf(text: string): string[] {
  return text.match(/\p{Script=Arabic}+(?: \p{Script=Arabic}+)*/gu) ?? [];
}

/** The Arabic words of the heading line of norm `letter` in the PDF text: from its first word up to the English official text. */
function arabicLabelWords(pdf: string, letter: 'a'): string[] {
  const flat = pdf.replace(/\s+/g, ' ');
  const start = flat.indexOf(arabicWordsOf(normLabel(letter, 'ar'))[0]!);
  const end = flat.indexOf(officialNorm(letter).officialTextEn.slice(0, 30), start);
  expect(start, 'label in the PDF').toBeGreaterThanOrEqual(0);
  expect(end, 'official text after the label').toBeGreaterThan(start);
  return arabicWordsOf(flat.slice(start, end));
}

function textRuns(doc: Document | Element): Element[] {
  return elements(doc, 'w:r').filter((r) => elements(r, 'w:t').length > 0);
}

function runFlag(run: Element, tag: string): boolean {
  return elements(run, tag).length > 0;
}

describe('Arabic draft', () => {
  it('makes Arabic paragraphs and the section right-to-left', () => {
    const body = xml(files.ar, 'word/document.xml');
    const arabicParagraphs = elements(body, 'w:p').filter((p) => ARABIC_LETTER.test(paragraphText(p)));
    expect(arabicParagraphs.length).toBeGreaterThan(8);
    for (const p of arabicParagraphs) expect(elements(p, 'w:bidi'), paragraphText(p)).toHaveLength(1);
    const section = elements(body, 'w:sectPr')[0]!;
    expect(elements(section, 'w:bidi')).toHaveLength(1);
    // The schema wants w:bidi before w:docGrid.
    const order = Array.from(section.children).map((c) => c.tagName);
    expect(order.indexOf('w:bidi')).toBeLessThan(order.indexOf('w:docGrid'));
  });

  it('marks Arabic runs right-to-left and keeps a Latin name as one left-to-right run, in order', () => {
    const body = xml(files.ar, 'word/document.xml');
    for (const run of textRuns(body)) {
      const text = paragraphText(run);
      if (ARABIC_LETTER.test(text)) expect(runFlag(run, 'w:rtl'), text).toBe(true);
      expect(elements(run, 'w:lang')[0]?.getAttribute('w:bidi'), text).toBe('ar-SA');
    }
    const mixed = elements(body, 'w:p').find((p) => paragraphText(p).includes(LATIN_INSIDE_ARABIC))!;
    const runs = textRuns(mixed).map((r) => ({ text: paragraphText(r), rtl: runFlag(r, 'w:rtl') }));
    const latin = runs.findIndex((r) => r.text === LATIN_INSIDE_ARABIC);
    expect(runs[latin]?.rtl).toBe(false);
    expect(runs[latin - 1]?.text.endsWith('منتدى ')).toBe(true);
    expect(runs[latin + 1]?.text.startsWith(' في إعداد')).toBe(true);
  });

  it('uses an Arabic-capable complex-script font and declares the language', () => {
    const styles = xml(files.ar, 'word/styles.xml');
    const defaults = elements(styles, 'w:rPrDefault')[0]!;
    expect(elements(defaults, 'w:rFonts')[0]?.getAttribute('w:cs')).toBe('Arial');
    expect(elements(defaults, 'w:lang')[0]?.getAttribute('w:bidi')).toBe('ar-SA');
  });
});

describe('Chinese draft', () => {
  it('sets the East Asian font and language on every Chinese run', () => {
    const body = xml(files.zh, 'word/document.xml');
    const runs = textRuns(body).filter((r) => HAN.test(paragraphText(r)));
    expect(runs.length).toBeGreaterThan(8);
    for (const run of runs) {
      const text = paragraphText(run);
      expect(elements(run, 'w:rFonts')[0]?.getAttribute('w:eastAsia'), text).toBe('SimSun');
      expect(elements(run, 'w:lang')[0]?.getAttribute('w:eastAsia'), text).toBe('zh-CN');
    }
    const defaults = elements(xml(files.zh, 'word/styles.xml'), 'w:rPrDefault')[0]!;
    expect(elements(defaults, 'w:rFonts')[0]?.getAttribute('w:eastAsia')).toBe('SimSun');
  });
});

describe('Russian draft', () => {
  it('sets Russian on every run and a Cyrillic-capable font', () => {
    const body = xml(files.ru, 'word/document.xml');
    for (const run of textRuns(body))
      expect(elements(run, 'w:lang')[0]?.getAttribute('w:val'), paragraphText(run)).toBe('ru-RU');
    const defaults = elements(xml(files.ru, 'word/styles.xml'), 'w:rPrDefault')[0]!;
    expect(elements(defaults, 'w:rFonts')[0]?.getAttribute('w:ascii')).toBe('Arial');
  });
});

describe('Arabic, Chinese and Russian drafts in LibreOffice', () => {
  // LibreOffice starts and converts three documents: several seconds.
  it('keep their text in the PDF', () => {
    const [ar, zh, ru] = convertToPdf([files.ar, files.zh, files.ru], dir);
    const arabicText = pdfText(ar!);
    for (const phrase of ARABIC_PHRASES) expect(arabicText).toContain(phrase);
    expect(arabicText).toContain(LATIN_INSIDE_ARABIC);
    expect(arabicLabelWords(arabicText, 'a')).toEqual(arabicWordsOf(normLabel('a', 'ar')));
    expect(arabicText).not.toContain('UNGGE');
    const chineseText = pdfText(zh!);
    for (const phrase of CHINESE_PHRASES) expect(chineseText).toContain(phrase);
    const russianText = pdfText(ru!);
    for (const phrase of RUSSIAN_PHRASES) expect(russianText).toContain(phrase);
    renderFirstPage(ar!, 'examplia-ar');
    renderFirstPage(zh!, 'examplia-zh');
  }, 60_000);
});
