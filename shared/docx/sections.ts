// One section of the outline -> its Word paragraphs: the section heading (Heading 1, or for a
// norm the bold "Norm N (UNGGE 2015 report, paragraph 13x) – ..." paragraph, its label in the
// document's language), then its content, then its answered structured fields (a heading keeps
// with its section's first question as with its first paragraph).
import { blockParagraphs, paragraph } from './blocks';
import type { RenderContext } from './context';
import { textRuns } from './inline';
import type { OutlineLine, OutlineSection } from './outline';
import { KEEP_WITH_NEXT_STYLES, STYLE } from './styles';
import { withoutKeepNext } from './wml';
import { fieldBlocks } from './section-fields';

export { hasWords, normHeadingText } from './outline';

/** A one-line paragraph of plain text in `style`, or nothing for blank text. */
export function lineParagraph(text: string, style: string, ctx: RenderContext): string[] {
  const trimmed = text.trim();
  return trimmed ? [paragraph(ctx, { style }, textRuns(trimmed, {}, ctx), trimmed)] : [];
}

const KEEPS_WITH_NEXT = new RegExp(`^<w:p><w:pPr><w:pStyle w:val="(?:${KEEP_WITH_NEXT_STYLES.join('|')})"/>`);

export function lineParagraphs(lines: readonly OutlineLine[], ctx: RenderContext): string[] {
  return lines.flatMap((line) => lineParagraph(line.text, line.style, ctx));
}

/**
 * Appends the section's paragraphs to `out`; the title and closing sections have no heading.
 * Headings keep with what follows them inside their section, never with the next section: a
 * section ending in a heading (one with no text, exported on request) would otherwise chain to
 * the next section's heading, and a run of such chains moves whole pages of headings down,
 * leaving the page before them half blank.
 */
export function sectionParagraphs(
  { section, heading, titleBlock, after }: OutlineSection,
  ctx: RenderContext,
  out: string[],
): void {
  const start = out.length;
  if (heading) out.push(...lineParagraph(heading.text, heading.style, ctx));
  // In the title block, a heading is the document's title (Word's Title style).
  blockParagraphs(section.content?.root?.children ?? [], titleBlock ? { ...ctx, headingStyle: STYLE.title } : ctx, out);
  out.push(...fieldBlocks(section.fields, ctx));
  const last = out.length - 1;
  if (last >= start && KEEPS_WITH_NEXT.test(out[last]!)) out[last] = withoutKeepNext(out[last]!);
  out.push(...lineParagraphs(after, ctx));
}
