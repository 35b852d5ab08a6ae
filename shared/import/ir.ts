// The format-neutral intermediate form every reader (DOCX, Markdown, plain text) produces and the
// mapper consumes: just the structure a submission has, no styling beyond bold/italic/underline.

export interface TextRun {
  kind: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}
export interface LinkRun {
  kind: 'link';
  /** Already checked with safeUrl: http, https or mailto only. */
  url: string;
  children: TextRun[];
}
export interface FootnoteRef {
  kind: 'footnote';
  /** Key into IrDocument.footnotes. */
  id: string;
}
export interface LineBreak {
  kind: 'break';
}
export type Inline = TextRun | LinkRun | FootnoteRef | LineBreak | ReviewInline;

// Review marks of a Word document (tracked changes and comments), read from its XML by
// docx/wordprocessing.ts. They stay their own kinds in the intermediate form; the draft is built
// from the accepted text (docx/review.ts: insertions kept, deletions and comment marks left out).
export interface Insertion {
  kind: 'insertion';
  author?: string;
  date?: string;
  children: Inline[];
}
/** Stands for a footnote reference inside deleted text (the object replacement character). */
export const FOOTNOTE_MARK = '\uFFFC';

export interface Deletion {
  kind: 'deletion';
  author?: string;
  date?: string;
  /** The deleted text; a deleted footnote reference is FOOTNOTE_MARK. */
  text: string;
  /** Ids of the deleted footnote references (keys into IrDocument.footnotes), in order. */
  footnotes?: string[];
}
export interface CommentMark {
  kind: 'comment-start' | 'comment-end';
  /** Key into IrDocument.comments. */
  id: string;
}
export type ReviewInline = Insertion | Deletion | CommentMark;
export interface IrComment {
  author?: string;
  date?: string;
  paragraphs: Inline[][];
}

export type ListKind = 'bullet' | 'number' | 'lettered';

/** A paragraph mark tracked as inserted or deleted (Word: w:pPr/w:rPr/w:ins or w:del), with who and when. */
export interface TrackedParagraphMark {
  status: 'inserted' | 'deleted';
  author?: string;
  date?: string;
}

export interface HeadingBlock {
  kind: 'heading';
  level: number;
  inlines: Inline[];
  /** Its paragraph mark, when tracked as inserted or deleted (a Word review). */
  mark?: TrackedParagraphMark;
  /** The document's own title (a Word "Title" paragraph, Markdown front matter). */
  isTitle?: boolean;
}
export interface ParagraphBlock {
  kind: 'paragraph';
  inlines: Inline[];
  /** Its paragraph mark, when tracked as inserted or deleted (a Word review). */
  mark?: TrackedParagraphMark;
  /**
   * The paragraph could be a heading written without a heading style: all bold (DOCX, Markdown)
   * or a short line standing alone (plain text).
   */
  headingLike?: boolean;
  /**
   * Set in a Word style the app gives the lines it builds from a draft's details (issuing body,
   * submitter line, date line): the file was written with no title block or date line of its own.
   */
  detailsLine?: boolean;
}
export interface ListBlock {
  kind: 'list';
  list: ListKind;
  start: number;
  items: Block[][];
}
export interface QuoteBlock {
  kind: 'quote';
  blocks: Block[];
}
export type Block = HeadingBlock | ParagraphBlock | ListBlock | QuoteBlock;

export interface IrDocument {
  blocks: Block[];
  /** Footnote contents by id; only paragraphs of inline content are kept in a footnote. */
  footnotes: Map<string, Inline[][]>;
  /** A label for each footnote id as the source showed it ("3", "^note"), for warnings. */
  footnoteLabels: Map<string, string>;
  /** Comments by id (a Word document's review; see ReviewInline). */
  comments?: Map<string, IrComment>;
}

export function emptyIrDocument(): IrDocument {
  return { blocks: [], footnotes: new Map(), footnoteLabels: new Map() };
}

/** Plain text of inline content (footnote references leave no text). */
export function inlineText(inlines: readonly Inline[]): string {
  let out = '';
  for (const inline of inlines) {
    if (inline.kind === 'text') out += inline.text;
    else if (inline.kind === 'link') out += inline.children.map((child) => child.text).join('');
    else if (inline.kind === 'break') out += '\n';
  }
  return out;
}

export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return inlineText(block.inlines);
    case 'list':
      return block.items.map((item) => item.map(blockText).join('\n')).join('\n');
    case 'quote':
      return block.blocks.map(blockText).join('\n');
  }
}

/** True when every character of text (ignoring spaces and footnote marks) is bold. */
export function allBold(inlines: readonly Inline[]): boolean {
  let sawText = false;
  for (const inline of inlines) {
    const runs = inline.kind === 'text' ? [inline] : inline.kind === 'link' ? inline.children : [];
    for (const run of runs) {
      if (run.text.trim() === '') continue;
      if (!run.bold) return false;
      sawText = true;
    }
  }
  return sawText;
}

/** Every paragraph-like piece of text in blocks, in order (lists and quotes flattened). */
/** The tracked paragraph mark of each paragraph, in the order paragraphsOf gives them. */
export function paragraphMarksOf(blocks: readonly Block[]): Array<TrackedParagraphMark | undefined> {
  return blocks.flatMap((block): Array<TrackedParagraphMark | undefined> => {
    if (block.kind === 'paragraph' || block.kind === 'heading') return [block.mark];
    if (block.kind === 'quote') return paragraphMarksOf(block.blocks);
    return block.items.flatMap((item) => paragraphMarksOf(item));
  });
}

export function paragraphsOf(blocks: readonly Block[]): Inline[][] {
  return blocks.flatMap((block): Inline[][] => {
    if (block.kind === 'paragraph' || block.kind === 'heading') return [block.inlines];
    if (block.kind === 'quote') return paragraphsOf(block.blocks);
    return block.items.flatMap((item) => paragraphsOf(item));
  });
}
