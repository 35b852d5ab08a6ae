// Mammoth keeps only "ordered or not" from a list's numbering format, so a./b./c. lists would come
// out as 1./2./3. The importer therefore reads word/numbering.xml itself: every list level whose
// format is a letter gets a paragraph-style marker (or its own style id is recorded), which the
// mammoth document transform then finds on each list paragraph (see mammoth.ts).

/** The paragraph-style id added to lettered list levels that have none. */
export const LETTERED_STYLE_ID = 'NormsDrafterLetteredList';

export interface LetteredNumbering {
  /** numbering.xml with the marker added. */
  xml: string;
  /** Paragraph-style ids that identify lettered list levels (always includes LETTERED_STYLE_ID). */
  letteredStyleIds: Set<string>;
}

const LEVEL = /<w:lvl\b[^>]*?(\/?)>([\s\S]*?)<\/w:lvl>/g;
// Arabic documents letter their lists أ، ب، ج (abjad) or أ، ب، ت (alphabetical).
const LETTER_FORMAT = /<w:numFmt\b[^>]*\bw:val\s*=\s*["'](lowerLetter|upperLetter|arabicAbjad|arabicAlpha)["']/;
const PARAGRAPH_STYLE = /<w:pStyle\b[^>]*\bw:val\s*=\s*["']([^"']{1,255})["']/;

export function markLetteredLevels(xml: string): LetteredNumbering {
  const letteredStyleIds = new Set<string>([LETTERED_STYLE_ID]);
  const marked = xml.replace(LEVEL, (whole: string, selfClosing: string, body: string) => {
    if (selfClosing || !LETTER_FORMAT.test(body)) return whole;
    const existing = PARAGRAPH_STYLE.exec(body);
    if (existing) {
      letteredStyleIds.add(existing[1]!);
      return whole;
    }
    const open = whole.indexOf('>') + 1;
    return `${whole.slice(0, open)}<w:pStyle w:val="${LETTERED_STYLE_ID}"/>${whole.slice(open)}`;
  });
  return { xml: marked, letteredStyleIds };
}
