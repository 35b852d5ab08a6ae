// One draft section -> its Word paragraphs: the section heading (Heading 1, or for a norm the
// bold "Norm N (UNGGE 2015 report, paragraph 13x) – ..." paragraph, its label in the document's
// language), then its content.
import type { Section } from '../model/draft';
import type { Language } from '../model/languages';
import type { SerializedEditorState } from '../model/lexical-json';
import { sectionWordCount } from '../model/words';
import { normHeadingLine } from '../norms/official';
import { blockParagraphs, paragraph } from './blocks';
import type { RenderContext } from './context';
import { textRuns } from './inline';
import type { OfficialTexts } from './official-texts';
import type { DocxExportOptions } from './options';
import { KEEP_WITH_NEXT_STYLES, STYLE } from './styles';
import { withoutKeepNext } from './wml';

/** A section counts as empty exactly when the app shows it as empty: no words in body or footnotes. */
export function hasWords(content: SerializedEditorState | undefined): boolean {
  return content?.root ? sectionWordCount(content) > 0 : false;
}

/**
 * The norm's heading line: the label in the document's language, then its short title or its
 * official text (the user's, in the draft's language, when provided; else the English one).
 */
export function normHeadingText(section: Section, options: DocxExportOptions, officialTexts: OfficialTexts = {}, language: Language = 'en'): string {
  if (!section.norm) return section.heading;
  const short = section.heading.trim();
  if (options.headingForm === 'short' && short) return normHeadingLine(section.norm, short, language);
  return normHeadingLine(section.norm, officialTexts[section.norm] || undefined, language);
}

/** A one-line paragraph of plain text in `style`, or nothing for blank text. */
export function lineParagraph(text: string, style: string, ctx: RenderContext): string[] {
  const trimmed = text.trim();
  return trimmed ? [paragraph(ctx, { style }, textRuns(trimmed, {}, ctx), trimmed)] : [];
}

const KEEPS_WITH_NEXT = new RegExp(`^<w:p><w:pPr><w:pStyle w:val="(?:${KEEP_WITH_NEXT_STYLES.join('|')})"/>`);

/**
 * Appends the section's paragraphs to `out`; the title and closing sections have no heading.
 * Headings keep with what follows them inside their section, never with the next section: a
 * section ending in a heading (one with no text, exported on request) would otherwise chain to
 * the next section's heading, and a run of such chains moves whole pages of headings down,
 * leaving the page before them half blank.
 */
export function sectionParagraphs(section: Section, options: DocxExportOptions, ctx: RenderContext, out: string[], officialTexts?: OfficialTexts): void {
  const start = out.length;
  if (section.kind === 'norm') out.push(...lineParagraph(normHeadingText(section, options, officialTexts, ctx.profile.language), STYLE.normHeading, ctx));
  else if (section.kind !== 'title' && section.kind !== 'closing') out.push(...lineParagraph(section.heading, STYLE.headings[0], ctx));
  // In the title block, a heading is the document's title (Word's Title style).
  blockParagraphs(section.content?.root?.children ?? [], section.kind === 'title' ? { ...ctx, headingStyle: STYLE.title } : ctx, out);
  const last = out.length - 1;
  if (last >= start && KEEPS_WITH_NEXT.test(out[last]!)) out[last] = withoutKeepNext(out[last]!);
}
