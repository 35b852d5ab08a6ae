// Inline Lexical nodes -> runs (as WordprocessingML, see wml.ts): text with bold/italic/
// underline/..., line breaks, tabs, clickable links (only safe URLs), and footnote references.
// Every run carries the document language; text with Arabic letters is split into direction
// runs (see text.ts).
import type { StoredNodeType } from '../model/editor-nodes';
import type {
  SerializedAutoLink,
  SerializedCommentRange,
  SerializedFootnote,
  SerializedLink,
  SerializedNode,
  SerializedSuggestion,
} from '../model/lexical-json';
import { TEXT_FORMAT } from '../model/lexical-json';
import { fieldText } from '../model/field-texts';
import { safeUrl } from '../security/links';
import { commentIdsOf, forEachReviewNode } from '../review/content';
import type { RenderContext, ReviewMarkup } from './context';
import { STYLE } from './styles';
import { directionSegments, hasRightToLeftText } from './text';
import { xmlSafe } from '../ooxml/xml/escape';
import {
  breakRunXml,
  changeAttributesXml,
  footnoteReferenceXml,
  hyperlinkXml,
  runPropertiesXml,
  tabRunXml,
  textRunXml,
  type RunMarks,
} from './wml';

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
  for (const piece of xmlSafe(text)
    .replace(/\r\n?/g, '\n')
    .split(/([\t\n])/)) {
    if (piece === '') continue;
    if (piece === '\n') xml += breakRunXml(props(rtl));
    else if (piece === '\t') xml += tabRunXml(props(rtl));
    else if (!rtl && !hasRightToLeftText(piece)) xml += textRunXml(props(false), piece);
    else for (const segment of directionSegments(piece)) xml += textRunXml(props(segment.rtl), segment.text);
  }
  return xml;
}

type InlineWriter<T extends StoredNodeType> = (
  node: Extract<SerializedNode, { type: T }>,
  ctx: RenderContext,
  linkStyle: string | undefined,
) => string;

function linkRuns(
  node: SerializedLink | SerializedAutoLink,
  ctx: RenderContext,
  linkStyle: string | undefined,
): string {
  // An autolink the user unlinked stays text; so does a link inside a link.
  const unlinked = node.type === 'autolink' && node.isUnlinked === true;
  const url = linkStyle === undefined && !unlinked ? safeUrl(node.url) : null;
  if (!url) return inlineChildren(node.children, ctx, linkStyle); // unsafe or nested: plain text
  const target = ctx.links.add(url);
  return hyperlinkXml(target.id, target.anchor, inlineChildren(node.children, ctx, STYLE.hyperlink));
}

/** Deleted text is written as w:delText inside w:del (Word shows w:t there as plain text). */
const asDeletedRuns = (runs: string) =>
  runs.replace(/<w:t xml:space="preserve">/g, '<w:delText xml:space="preserve">').replace(/<\/w:t>/g, '</w:delText>');

/**
 * A suggestion: a tracked change when writing for review; otherwise the text as it stands without
 * it (an insertion is left out, a deletion kept), as the public projection has already made it.
 */
function suggestionRuns(node: SerializedSuggestion, ctx: RenderContext, linkStyle: string | undefined): string {
  const runs = inlineChildren(node.children, ctx, linkStyle);
  if (!ctx.review) return node.kind === 'insert' ? '' : runs;
  const change = ctx.review.change(node.suggestionId);
  const tag = node.kind === 'insert' ? 'w:ins' : 'w:del';
  return `<${tag} ${changeAttributesXml(change)}>${node.kind === 'insert' ? runs : asDeletedRuns(runs)}</${tag}>`;
}

/**
 * Commented words: anchored Word comments when writing for review, plain text otherwise. A
 * comment whose words lie in several nodes gets an end and a reference after each; the export
 * for review keeps only the last of them (see commentAnchorsClosed in comments.ts).
 */
function commentRuns(node: SerializedCommentRange, ctx: RenderContext, linkStyle: string | undefined): string {
  const runs = inlineChildren(node.children, ctx, linkStyle);
  // Inside footnote text (no footnote sink) the comment is anchored on the note's reference instead.
  if (!ctx.review || ctx.footnotes === null) return runs;
  return anchored(runs, node.commentIds.split(' '), ctx.review);
}

function anchored(runs: string, commentIds: readonly string[], review: ReviewMarkup): string {
  const ids = commentIds.flatMap((id) => (id === '' ? [] : review.comments(id)));
  return (
    ids.map((id) => `<w:commentRangeStart w:id="${id}"/>`).join('') +
    runs +
    ids.map((id) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`).join('')
  );
}

/**
 * A footnote reference. Comments on the note's words are anchored on it when writing for review:
 * LibreOffice cannot open a file with a comment inside a footnote.
 */
function footnoteRuns(node: SerializedFootnote, ctx: RenderContext): string {
  if (!ctx.footnotes) return ''; // footnotes inside footnote text are not allowed; their text is dropped
  const reference = footnoteReferenceXml(ctx.footnotes.add(node.note));
  if (!ctx.review) return reference;
  const ids: string[] = [];
  forEachReviewNode(node.note, (inner) => {
    if (inner.type === 'comment-range') ids.push(...commentIdsOf(inner).filter((id) => !ids.includes(id)));
  });
  return anchored(reference, ids, ctx.review);
}

/** Blocks never sit inside a paragraph in stored content (the schema refuses it); where one does, its text is kept. */
const textOfBlock = (node: { children: SerializedNode[] }, ctx: RenderContext, linkStyle: string | undefined) =>
  inlineChildren(node.children, ctx, linkStyle);

/** The runs each stored node type becomes inside a paragraph: every type must say (a new one does not compile until it does). */
const INLINE_WRITERS = {
  text: (node, ctx, linkStyle) => textRuns(node.text, marksOf(node.format, linkStyle), ctx),
  linebreak: (_node, ctx, linkStyle) => textRuns('\n', marksOf(0, linkStyle), ctx),
  tab: (_node, ctx, linkStyle) => textRuns('\t', marksOf(0, linkStyle), ctx),
  field: (node, ctx, linkStyle) => textRuns(fieldText(node.fieldId, ctx.fields), marksOf(node.format, linkStyle), ctx),
  footnote: footnoteRuns,
  link: linkRuns,
  autolink: linkRuns,
  suggestion: suggestionRuns,
  'comment-range': commentRuns,
  root: textOfBlock,
  paragraph: textOfBlock,
  heading: textOfBlock,
  quote: textOfBlock,
  list: textOfBlock,
  listitem: textOfBlock,
} satisfies { [T in StoredNodeType]: InlineWriter<T> };

/** The table looked up by a node's type: each writer takes the node type it is filed under. */
const writerOf = INLINE_WRITERS as Readonly<Record<string, InlineWriter<StoredNodeType>>>;

/** Converts inline nodes; `linkStyle` marks runs inside a hyperlink. */
export function inlineChildren(nodes: readonly SerializedNode[], ctx: RenderContext, linkStyle?: string): string {
  let xml = '';
  for (const node of nodes) {
    // Stored content is validated, so every node has a writer; anything else is left out.
    if (Object.hasOwn(writerOf, node.type)) xml += writerOf[node.type]!(node, ctx, linkStyle);
  }
  return xml;
}
