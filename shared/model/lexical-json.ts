// The subset of Lexical's serialized editor state that Norms Drafter stores and understands.
// These are plain JSON shapes (no Lexical runtime here): the editor writes them, the DOCX
// writer, the importers, word counts and search read them. Each agrees with its descriptor in
// nodes/descriptors.ts (checked in editor-nodes.ts).

export interface SerializedNodeBase {
  type: string;
  version: number;
  /** Lexical NodeState (the reserved `$` key). */
  $?: Record<string, unknown>;
}

export interface SerializedElement extends SerializedNodeBase {
  children: SerializedNode[];
  direction: 'ltr' | 'rtl' | null;
  format: '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify';
  indent: number;
  textFormat?: number;
  textStyle?: string;
}

export interface SerializedRoot extends SerializedElement {
  type: 'root';
}
export interface SerializedParagraph extends SerializedElement {
  type: 'paragraph';
}
export interface SerializedHeading extends SerializedElement {
  type: 'heading';
  tag: 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
}
export interface SerializedQuote extends SerializedElement {
  type: 'quote';
}
/**
 * A lettered list (a., b., c.) is a numbered list whose NodeState carries
 * `{ "$": { "listStyle": "lower-alpha" } }`; Lexical has no list type for it.
 */
export interface SerializedList extends SerializedElement {
  type: 'list';
  listType: 'bullet' | 'number' | 'check';
  start: number;
  tag: 'ul' | 'ol';
}
export interface SerializedListItem extends SerializedElement {
  type: 'listitem';
  value: number;
  checked?: boolean;
}
export interface SerializedLink extends SerializedElement {
  type: 'link';
  url: string;
  rel?: string | null;
  target?: string | null;
  title?: string | null;
}
/** A link Lexical made from an address typed in the text; one the user unlinked stays text. */
export interface SerializedAutoLink extends Omit<SerializedLink, 'type'> {
  type: 'autolink';
  isUnlinked?: boolean;
}
export interface SerializedText extends SerializedNodeBase {
  type: 'text';
  text: string;
  /** Bit mask: see TEXT_FORMAT. */
  format: number;
  style: string;
  mode: 'normal' | 'token' | 'segmented';
  detail: number;
}
export interface SerializedLineBreak extends SerializedNodeBase {
  type: 'linebreak';
}
/** Lexical writes a tab as a text node holding "\t"; the text fields may be omitted. */
export interface SerializedTab extends SerializedNodeBase {
  type: 'tab';
  text?: '\t';
  format?: number;
  style?: string;
  mode?: 'normal' | 'token' | 'segmented';
  detail?: number;
}
/**
 * An inline footnote reference that holds the footnote's own rich text (paragraphs, text,
 * links, line breaks). Its number is never stored: shared/model derives it from document order.
 */
export interface SerializedFootnote extends SerializedNodeBase {
  type: 'footnote';
  note: SerializedEditorState;
}

/** A draft field (submitter, date...) shown in the text with the draft's current value; see field-texts.ts. */
export interface SerializedField extends SerializedNodeBase {
  type: 'field';
  fieldId: string;
  /** Bit mask: see TEXT_FORMAT (the title block's bold line). */
  format: number;
}

/**
 * A suggested change wrapping the words it concerns (shared/review/): an insertion is not part of
 * the text until accepted, a deletion stays in it until accepted. Author and date live in the
 * draft's review block under `suggestionId`.
 */
export interface SerializedSuggestion extends SerializedElement {
  type: 'suggestion';
  kind: 'insert' | 'delete';
  suggestionId: string;
}

/** The words one or more comments are on: `commentIds` is space-separated (the threads live in the draft's review block). */
export interface SerializedCommentRange extends SerializedElement {
  type: 'comment-range';
  commentIds: string;
}

export type SerializedNode =
  | SerializedRoot
  | SerializedParagraph
  | SerializedHeading
  | SerializedQuote
  | SerializedList
  | SerializedListItem
  | SerializedLink
  | SerializedAutoLink
  | SerializedText
  | SerializedLineBreak
  | SerializedTab
  | SerializedFootnote
  | SerializedSuggestion
  | SerializedCommentRange
  | SerializedField;

export interface SerializedEditorState {
  root: SerializedRoot;
}

/** Lexical's text format bits. */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const;

/** The formats a section keeps and the export writes: all but inline code, which the app never makes. */
export const KEPT_TEXT_FORMATS =
  TEXT_FORMAT.bold |
  TEXT_FORMAT.italic |
  TEXT_FORMAT.underline |
  TEXT_FORMAT.strikethrough |
  TEXT_FORMAT.subscript |
  TEXT_FORMAT.superscript;

export const LETTERED_LIST_STYLE = 'lower-alpha';
