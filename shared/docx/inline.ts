// Inline Lexical nodes -> runs (as WordprocessingML, see wml.ts): text with bold/italic/
// underline/..., line breaks, tabs, clickable links (only safe URLs), and footnote references.
// Every run carries the document language; text with Arabic letters is split into direction
// runs (see text.ts).
import type { SerializedNode, SerializedText } from '../model/lexical-json';
import { TEXT_FORMAT } from '../model/lexical-json';
import { safeUrl } from '../security/links';
import type { RenderContext } from './context';
import { STYLE } from './styles';
import { directionSegments, hasRightToLeftText, xmlSafe } from './text';
import { breakRunXml, footnoteReferenceXml, hyperlinkXml, runPropertiesXml, tabRunXml, textRunXml, type RunMarks } from './wml';

function marksOf(format: number, style: string | undefined): RunMarks {
  return {
    bold: (format & TEXT_FORMAT.bold) !== 0,
    italics: (format & TEXT_FORMAT.italic) !== 0,
    underline: (format & TEXT_FORMAT.underline) !== 0,
    strike: (format & TEXT_FORMAT.strikethrough) !== 0,
    superScript: (format & TEXT_FORMAT.superscript) !== 0,
    subScript: (format & TEXT_FORMAT.subscript) !== 0,
    style,
  };
}

/** Runs for one text node: tabs and newlines become Word tabs and breaks. */
export function textRuns(text: string, marks: RunMarks, ctx: RenderContext): string {
  const { rtl } = ctx.profile;
  const props = (runRtl: boolean) => runPropertiesXml(marks, ctx.language, runRtl);
  let xml = '';
  for (const piece of xmlSafe(text).replace(/\r\n?/g, '\n').split(/([\t\n])/)) {
    if (piece === '') continue;
    if (piece === '\n') xml += breakRunXml(props(rtl));
    else if (piece === '\t') xml += tabRunXml(props(rtl));
    else if (!rtl && !hasRightToLeftText(piece)) xml += textRunXml(props(false), piece);
    else for (const segment of directionSegments(piece)) xml += textRunXml(props(segment.rtl), segment.text);
  }
  return xml;
}

function hasChildren(node: SerializedNode): node is Extract<SerializedNode, { children: SerializedNode[] }> {
  return Array.isArray((node as { children?: unknown }).children);
}

/** Converts inline nodes; `linkStyle` marks runs inside a hyperlink. */
export function inlineChildren(nodes: readonly SerializedNode[], ctx: RenderContext, linkStyle?: string): string {
  let xml = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const text = node as SerializedText;
        xml += textRuns(text.text, marksOf(text.format, linkStyle), ctx);
        break;
      }
      case 'linebreak':
        xml += textRuns('\n', marksOf(0, linkStyle), ctx);
        break;
      case 'tab':
        xml += textRuns('\t', marksOf(0, linkStyle), ctx);
        break;
      case 'footnote':
        // Footnotes inside footnote text are not allowed; their text is dropped rather than nested.
        if (ctx.footnotes) xml += footnoteReferenceXml(ctx.footnotes.add(node.note));
        break;
      case 'link':
      case 'autolink': {
        // An autolink the user unlinked stays text; so does a link inside a link.
        const unlinked = (node as { isUnlinked?: unknown }).isUnlinked === true;
        const url = linkStyle === undefined && !unlinked ? safeUrl(node.url) : null;
        if (url) {
          const target = ctx.links.add(url);
          xml += hyperlinkXml(target.id, target.anchor, inlineChildren(node.children, ctx, STYLE.hyperlink));
        } else xml += inlineChildren(node.children, ctx, linkStyle); // unsafe or nested: plain text
        break;
      }
      default:
        // Unknown inline elements keep their text; unknown leaves are skipped.
        if (hasChildren(node)) xml += inlineChildren(node.children, ctx, linkStyle);
    }
  }
  return xml;
}
