// Paragraph styles that make their text bold (a "Norm Heading" style, a user's own heading-like
// style): mammoth only reports bold set on runs, so without this a norm heading written in such a
// style would look like an ordinary paragraph. Read from word/styles.xml, mapped to a class the
// HTML reader treats like an all-bold paragraph.

export const HEADING_LIKE_CLASS = 'heading-like';
/** The styles the app's export gives the lines it builds from a draft's details (shared/docx/title-block.ts). */
export const DETAILS_LINE_CLASS = 'details-line';
export const DETAILS_LINE_STYLES = ['Issuing Body', 'Subtitle', 'Date Line'];

const STYLE = /<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g;
const MAX_STYLES = 64;
/** Styles mammoth or our own style map already turn into headings, titles or quotes. */
const ALREADY_MAPPED =
  /^(heading \d|title|subtitle|quote|intense quote|block text|footnote text|endnote text|toc \d)$/i;

function boldRun(body: string): boolean {
  const runProperties = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? '';
  const bold = /<w:b(?:\s+w:val\s*=\s*["']([^"']*)["'])?\s*\/>/.exec(runProperties);
  return bold !== null && !['0', 'false', 'off'].includes((bold[1] ?? 'true').toLowerCase());
}

/** mammoth style-map lines for the document's bold paragraph styles. */
export function boldParagraphStyleMap(stylesXml: string | undefined): string[] {
  const lines: string[] = [];
  for (const match of (stylesXml ?? '').matchAll(STYLE)) {
    if (!/\bw:type\s*=\s*["']paragraph["']/.test(match[1]!)) continue;
    const named = /<w:name\s+w:val\s*=\s*(?:"([^"]{1,100})"|'([^']{1,100})')/.exec(match[2]!);
    const name = named?.[1] ?? named?.[2];
    if (!name || /['\\\]]/.test(name) || ALREADY_MAPPED.test(name) || !boldRun(match[2]!)) continue;
    lines.push(`p[style-name='${name}'] => p.${HEADING_LIKE_CLASS}:fresh`);
    if (lines.length >= MAX_STYLES) break;
  }
  return lines;
}
