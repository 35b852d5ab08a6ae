// One draft section -> its Word paragraphs: the section heading (Heading 1, or for a norm the
// bold "Norm N (UNGGE 2015 report, paragraph 13x) – ..." paragraph), then its content.
import type { Paragraph } from 'docx';
import type { Section } from '../model/draft';
import type { SerializedEditorState } from '../model/lexical-json';
import { sectionWordCount } from '../model/words';
import { normHeadingLine } from '../norms/official';
import { blockParagraphs, paragraph } from './blocks';
import type { RenderContext } from './context';
import { textRuns } from './inline';
import type { DocxExportOptions } from './options';
import { STYLE } from './styles';

/** A section counts as empty exactly when the app shows it as empty: no words in body or footnotes. */
export function hasWords(content: SerializedEditorState | undefined): boolean {
  return content?.root ? sectionWordCount(content) > 0 : false;
}

export function normHeadingText(section: Section, options: DocxExportOptions): string {
  if (!section.norm) return section.heading;
  const short = section.heading.trim();
  return options.headingForm === 'short' && short ? normHeadingLine(section.norm, short) : normHeadingLine(section.norm);
}

function headingParagraph(text: string, style: string, ctx: RenderContext): Paragraph[] {
  const trimmed = text.trim();
  return trimmed ? [paragraph(ctx, { style, children: textRuns(trimmed, {}, ctx) }, trimmed)] : [];
}

/** Appends the section's paragraphs to `out`; the title and closing sections have no heading. */
export function sectionParagraphs(section: Section, options: DocxExportOptions, ctx: RenderContext, out: Paragraph[]): void {
  if (section.kind === 'norm') out.push(...headingParagraph(normHeadingText(section, options), STYLE.normHeading, ctx));
  else if (section.kind !== 'title' && section.kind !== 'closing') out.push(...headingParagraph(section.heading, STYLE.headings[0], ctx));
  blockParagraphs(section.content?.root?.children ?? [], ctx, out);
}
