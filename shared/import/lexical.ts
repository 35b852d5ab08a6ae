// Intermediate blocks -> the stored Lexical JSON (shared/model/lexical-json.ts): text formats as
// Lexical's bit mask, links, footnotes as inline nodes holding their own paragraphs, lettered
// lists as number lists with NodeState listStyle lower-alpha, list items as Lexical nests them.
import { EDITOR_LIMITS } from '../model/editor-schema';
import type { StoredNodeType } from '../model/editor-nodes';
import { headingNode, paragraphNode, textNode } from '../model/empty';
import {
  LETTERED_LIST_STYLE,
  TEXT_FORMAT,
  type SerializedEditorState,
  type SerializedFootnote,
  type SerializedHeading,
  type SerializedLineBreak,
  type SerializedLink,
  type SerializedList,
  type SerializedListItem,
  type SerializedNode,
  type SerializedQuote,
  type SerializedRoot,
  type SerializedText,
} from '../model/lexical-json';
import { ImportError } from './errors';
import { paragraphsOf, type Block, type Inline, type IrDocument, type ListBlock, type TextRun } from './ir';
import type { WarningLog } from './warnings';

/** Deeper lists are flattened into their parent (and reported): the stored format limits nesting. */
const MAX_LIST_DEPTH = 8;

/**
 * Text nodes of at most the stored limit: a longer run becomes several nodes of the same format,
 * which read and export exactly as one (never cut inside a surrogate pair).
 */
function textNodes(text: string, format: number): SerializedText[] {
  const max = EDITOR_LIMITS.maxTextNodeChars;
  if (text.length <= max) return [textNode(text, format)];
  const nodes: SerializedText[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + max);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
    nodes.push(textNode(text.slice(at, end), format));
    at = end;
  }
  return nodes;
}

function format(run: TextRun): number {
  return (
    (run.bold ? TEXT_FORMAT.bold : 0) |
    (run.italic ? TEXT_FORMAT.italic : 0) |
    (run.underline ? TEXT_FORMAT.underline : 0)
  );
}

const element = { direction: null, format: '', indent: 0 } as const;

/** A node type import never writes, and why: the intermediate form has nothing that becomes one. */
interface NotImported {
  notImported: string;
}

type NodeBuilder<T extends StoredNodeType> =
  ((...args: never[]) => Extract<SerializedNode, { type: T }> | Extract<SerializedNode, { type: T }>[]) | NotImported;

/**
 * How import writes each stored node type: every type must say, so a new one does not compile
 * until import either builds it or tells why it never does.
 */
const IMPORT_NODES = {
  root: (children: SerializedNode[]): SerializedRoot => ({
    type: 'root',
    version: 1,
    children: children.length > 0 ? children : [paragraphNode()],
    ...element,
  }),
  paragraph: (children: SerializedNode[]) => paragraphNode(children),
  heading: (tag: SerializedHeading['tag'], children: SerializedNode[]) => headingNode(tag, children),
  quote: (children: SerializedNode[]): SerializedQuote => ({ type: 'quote', version: 1, children, ...element }),
  list: (kind: ListBlock['list'], start: number, children: SerializedListItem[]): SerializedList => {
    const list: SerializedList = {
      type: 'list',
      version: 1,
      listType: kind === 'bullet' ? 'bullet' : 'number',
      start,
      tag: kind === 'bullet' ? 'ul' : 'ol',
      children,
      ...element,
    };
    if (kind === 'lettered') list.$ = { listStyle: LETTERED_LIST_STYLE };
    return list;
  },
  listitem: (value: number, depth: number, children: SerializedNode[]): SerializedListItem => ({
    type: 'listitem',
    version: 1,
    value,
    children,
    ...element,
    indent: depth,
  }),
  link: (url: string, children: SerializedText[]): SerializedLink => ({
    type: 'link',
    version: 1,
    url,
    rel: null,
    target: null,
    title: null,
    children,
    ...element,
  }),
  autolink: {
    notImported:
      'Every address read is a link the source made (link); autolinks are what the editor makes of typed addresses.',
  },
  text: (run: TextRun) => textNodes(run.text, format(run)),
  tab: { notImported: 'A tab stays inside the text it was read with, as "\\t".' },
  linebreak: (): SerializedLineBreak => ({ type: 'linebreak', version: 1 }),
  footnote: (note: SerializedEditorState): SerializedFootnote => ({ type: 'footnote', version: 1, note }),
  field: {
    notImported:
      'A document holds a field as the text it showed; nothing in it says which field it was, and none is guessed.',
  },
  suggestion: {
    notImported:
      'Importing makes a new draft from the text as it stands; a reviewed file is brought back onto its draft by the review path (shared/review/).',
  },
  'comment-range': {
    notImported:
      'Comments of an imported file are not part of a new draft; the review path brings them back onto their draft.',
  },
} satisfies { [T in StoredNodeType]: NodeBuilder<T> };

export class LexicalWriter {
  /** Footnote ids referenced so far, to find notes no text refers to. */
  readonly usedNotes = new Set<string>();
  footnoteCount = 0;

  constructor(
    private readonly doc: IrDocument,
    private readonly log: WarningLog,
  ) {}

  state(children: SerializedNode[]): SerializedEditorState {
    return { root: IMPORT_NODES.root(children) };
  }

  /** `base` is the heading level of the section these blocks sit under (sub-headings go below it). */
  blocks(blocks: readonly Block[], base = 2): SerializedNode[] {
    const out: SerializedNode[] = [];
    for (const block of blocks) {
      if (block.kind === 'heading')
        out.push(IMPORT_NODES.heading(subheadingTag(block.level, base), this.inlines(block.inlines)));
      else if (block.kind === 'paragraph') out.push(IMPORT_NODES.paragraph(this.inlines(block.inlines)));
      else if (block.kind === 'list') out.push(this.list(block, 0));
      else {
        // A quote holds paragraphs only: lists and quotes inside it become its paragraphs.
        this.log.count(
          'nesting-flattened',
          block.blocks.filter((inner) => inner.kind === 'list' || inner.kind === 'quote').length,
        );
        for (const inlines of paragraphsOf(block.blocks)) out.push(IMPORT_NODES.quote(this.inlines(inlines)));
      }
    }
    return out;
  }

  private list(block: ListBlock, depth: number): SerializedList {
    const children: SerializedListItem[] = [];
    let value = block.start;
    for (const item of block.items) {
      const inline: Inline[][] = [];
      const nested: ListBlock[] = [];
      for (const part of item) {
        if (part.kind === 'list' && depth + 1 < MAX_LIST_DEPTH) nested.push(part);
        else {
          if (part.kind === 'list' || part.kind === 'quote') this.log.count('nesting-flattened');
          inline.push(...paragraphsOf([part]));
        }
      }
      const joined = inline.flatMap((inlines, i) => (i === 0 ? inlines : [{ kind: 'break' } as Inline, ...inlines]));
      children.push(IMPORT_NODES.listitem(value, depth, this.inlines(joined)));
      value++;
      for (const list of nested) children.push(IMPORT_NODES.listitem(value, depth, [this.list(list, depth + 1)]));
    }
    return IMPORT_NODES.list(block.list, block.start, children);
  }

  inlines(inlines: readonly Inline[], inNote = false): SerializedNode[] {
    const out: SerializedNode[] = [];
    for (const inline of inlines) {
      if (inline.kind === 'text') out.push(...IMPORT_NODES.text(inline));
      else if (inline.kind === 'break') out.push(IMPORT_NODES.linebreak());
      else if (inline.kind === 'link')
        out.push(IMPORT_NODES.link(inline.url, inline.children.flatMap(IMPORT_NODES.text)));
      else if (inline.kind === 'footnote') out.push(...this.footnote(inline.id, inNote));
      // Review marks never get here: the draft is built from the accepted text (docx/review.ts).
    }
    // More than a stored paragraph may hold: refused now rather than after the whole draft is built.
    if (out.length > EDITOR_LIMITS.maxChildren) throw new ImportError('too-complex');
    return out;
  }

  private footnote(id: string, inNote: boolean): SerializedNode[] {
    const label = this.doc.footnoteLabels.get(id) ?? id;
    const paragraphs = this.doc.footnotes.get(id);
    if (inNote) {
      this.log.add('nested-footnote-flattened');
      return [textNode(`[${label}]`)];
    }
    if (!paragraphs) {
      this.log.add('footnote-missing', { marker: label });
      return [textNode(`[${label}]`)];
    }
    this.usedNotes.add(id);
    this.footnoteCount++;
    return [
      IMPORT_NODES.footnote(
        this.state(paragraphs.map((inlines) => IMPORT_NODES.paragraph(this.inlines(inlines, true)))),
      ),
    ];
  }
}

function subheadingTag(level: number, base: number): SerializedHeading['tag'] {
  const depth = Math.min(2, Math.max(0, level - (base + 1)));
  return (['h3', 'h4', 'h5'] as const)[depth]!;
}
