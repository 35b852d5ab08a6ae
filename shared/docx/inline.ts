// Inline Lexical nodes -> runs: text with bold/italic/underline/..., line breaks, tabs,
// clickable links (only safe URLs), and footnote references. Every run carries the document
// language; text with Arabic letters is split into direction runs (see text.ts).
import type { IRunOptions, ParagraphChild } from 'docx';
import { ExternalHyperlink, FootnoteReferenceRun, Tab, TextRun, UnderlineType } from 'docx';
import type { SerializedNode, SerializedText } from '../model/lexical-json';
import { TEXT_FORMAT } from '../model/lexical-json';
import { safeUrl } from '../security/links';
import type { RenderContext } from './context';
import { STYLE } from './styles';
import { directionSegments, hasRightToLeftText, xmlSafe } from './text';

type Marks = Pick<IRunOptions, 'bold' | 'italics' | 'underline' | 'strike' | 'superScript' | 'subScript' | 'style'>;

function marksOf(format: number, style: string | undefined): Marks {
  const has = (bit: number) => (format & bit) !== 0 || undefined;
  return {
    bold: has(TEXT_FORMAT.bold),
    italics: has(TEXT_FORMAT.italic),
    underline: has(TEXT_FORMAT.underline) && { type: UnderlineType.SINGLE },
    strike: has(TEXT_FORMAT.strikethrough),
    superScript: has(TEXT_FORMAT.superscript),
    subScript: has(TEXT_FORMAT.subscript),
    style,
  };
}

function runBase(marks: Marks, ctx: RenderContext, rtl: boolean): IRunOptions {
  const { profile } = ctx;
  return { ...marks, language: profile.runLanguage, font: profile.runFonts, rightToLeft: rtl || undefined };
}

/** Runs for one text node: tabs and newlines become Word tabs and breaks. */
export function textRuns(text: string, marks: Marks, ctx: RenderContext): TextRun[] {
  const runs: TextRun[] = [];
  for (const piece of xmlSafe(text).replace(/\r\n?/g, '\n').split(/([\t\n])/)) {
    if (piece === '') continue;
    if (piece === '\n') runs.push(new TextRun({ ...runBase(marks, ctx, ctx.profile.rtl), break: 1 }));
    else if (piece === '\t') runs.push(new TextRun({ ...runBase(marks, ctx, ctx.profile.rtl), children: [new Tab()] }));
    else if (!ctx.profile.rtl && !hasRightToLeftText(piece)) runs.push(new TextRun({ ...runBase(marks, ctx, false), text: piece }));
    else for (const segment of directionSegments(piece)) runs.push(new TextRun({ ...runBase(marks, ctx, segment.rtl), text: segment.text }));
  }
  return runs;
}

function hasChildren(node: SerializedNode): node is Extract<SerializedNode, { children: SerializedNode[] }> {
  return Array.isArray((node as { children?: unknown }).children);
}

/** Converts inline nodes; `linkStyle` marks runs inside a hyperlink. */
export function inlineChildren(nodes: readonly SerializedNode[], ctx: RenderContext, linkStyle?: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const text = node as SerializedText;
        out.push(...textRuns(text.text, marksOf(text.format, linkStyle), ctx));
        break;
      }
      case 'linebreak':
        out.push(...textRuns('\n', marksOf(0, linkStyle), ctx));
        break;
      case 'tab':
        out.push(...textRuns('\t', marksOf(0, linkStyle), ctx));
        break;
      case 'footnote':
        // Footnotes inside footnote text are not allowed; their text is dropped rather than nested.
        if (ctx.footnotes) out.push(new FootnoteReferenceRun(ctx.footnotes.add(node.note)));
        break;
      case 'link':
      case 'autolink': {
        // An autolink the user unlinked stays text; so does a link inside a link.
        const unlinked = (node as { isUnlinked?: unknown }).isUnlinked === true;
        const url = linkStyle === undefined && !unlinked ? safeUrl(node.url) : null;
        if (url) out.push(new ExternalHyperlink({ link: url, children: inlineChildren(node.children, ctx, STYLE.hyperlink) }));
        else out.push(...inlineChildren(node.children, ctx, linkStyle)); // unsafe or nested: plain text
        break;
      }
      default:
        // Unknown inline elements keep their text; unknown leaves are skipped.
        if (hasChildren(node)) out.push(...inlineChildren(node.children, ctx, linkStyle));
    }
  }
  return out;
}
