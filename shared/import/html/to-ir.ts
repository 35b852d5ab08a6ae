// Turns mammoth's HTML into the intermediate form. Mammoth writes footnote references as
// <sup><a href="#footnote-N" id="footnote-ref-N">[n]</a></sup> and the notes as a final
// <ol><li id="footnote-N">…<a href="#footnote-ref-N">↑</a></li></ol>; lettered list items start
// with LETTERED_MARK (see docx/mammoth.ts). Unknown tags are unwrapped, images and tables flattened.
import { allBold, emptyIrDocument, type Block, type Inline, type IrDocument, type ListKind, type TextRun } from '../ir';
import { appendText, hasContent, linkOrText, pushInlines, trimInlines, type RunFormat } from '../inlines';
import type { WarningLog } from '../warnings';
import { DETAILS_LINE_CLASS, HEADING_LIKE_CLASS } from '../docx/styles';
import { parseHtml, type HtmlElement, type HtmlNode } from './parse';

/** A private-use character the DOCX reader puts at the start of lettered list items. */
export const LETTERED_MARK = '\uE000';
/** After the mark, the item's number as one more private-use character (the list's start). */
const ORDINAL_BASE = 0xe100;
const MAX_ORDINAL = 2_000;
const MARKS = /\uE000[\uE100-\uE8D0]?/g;

/** The mark a lettered list item starts with, with its number when the reader knows it. */
export function letteredMark(ordinal: number | null): string {
  return ordinal !== null && ordinal >= 1 && ordinal <= MAX_ORDINAL
    ? `${LETTERED_MARK}${String.fromCharCode(ORDINAL_BASE + ordinal)}`
    : LETTERED_MARK;
}

const NOTE_ID = /^(footnote|endnote)-\d+$/;
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'blockquote',
  'table',
  'div',
  'li',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'hr',
]);

const isElement = (node: HtmlNode): node is HtmlElement => typeof node !== 'string';

function isNoteList(element: HtmlElement): boolean {
  const items = element.children.filter(isElement);
  return (
    element.tag === 'ol' &&
    items.length > 0 &&
    items.every((item) => item.tag === 'li' && NOTE_ID.test(item.attrs.id ?? ''))
  );
}

class Converter {
  constructor(
    private readonly doc: IrDocument,
    private readonly log: WarningLog,
  ) {}

  blocks(nodes: readonly HtmlNode[]): Block[] {
    const out: Block[] = [];
    let pending: Inline[] = [];
    const flush = () => {
      const inlines = trimInlines(pending);
      if (hasContent(inlines)) out.push({ kind: 'paragraph', inlines });
      pending = [];
    };
    for (const node of nodes) {
      if (isElement(node) && BLOCK_TAGS.has(node.tag)) {
        flush();
        out.push(...this.block(node));
      } else this.inline(node, {}, pending);
    }
    flush();
    return out;
  }

  private block(element: HtmlElement): Block[] {
    const tag = element.tag;
    if (/^h[1-6]$/.test(tag)) {
      const inlines = trimInlines(this.inlines(element.children));
      if (!hasContent(inlines)) return [];
      const isTitle = (element.attrs.class ?? '').split(/\s+/).includes('doc-title');
      return [{ kind: 'heading', level: Number(tag[1]), inlines, ...(isTitle ? { isTitle } : {}) }];
    }
    if (tag === 'p') {
      const inlines = trimInlines(this.inlines(element.children));
      if (!hasContent(inlines)) return [];
      const classes = (element.attrs.class ?? '').split(/\s+/);
      const styledBold = classes.includes(HEADING_LIKE_CLASS);
      return [
        {
          kind: 'paragraph',
          inlines,
          ...(styledBold || allBold(inlines) ? { headingLike: true } : {}),
          ...(classes.includes(DETAILS_LINE_CLASS) ? { detailsLine: true } : {}),
        },
      ];
    }
    if (tag === 'ul' || tag === 'ol') return isNoteList(element) ? this.notes(element) : [this.list(element)];
    if (tag === 'blockquote') {
      const blocks = this.blocks(element.children);
      return blocks.length > 0 ? [{ kind: 'quote', blocks }] : [];
    }
    if (tag === 'table') this.log.count('table-flattened');
    return this.blocks(element.children);
  }

  private list(element: HtmlElement): Block {
    const items: Block[][] = [];
    let kind: ListKind = element.tag === 'ul' ? 'bullet' : 'number';
    let markedStart: number | null = null;
    for (const child of element.children) {
      if (!isElement(child) || child.tag !== 'li') continue;
      if (kind === 'number' && startsWithMark(child)) {
        kind = 'lettered';
        markedStart = ordinalOf(child);
      }
      items.push(this.blocks(child.children));
    }
    const start = markedStart ?? Number.parseInt(element.attrs.start ?? '1', 10);
    return { kind: 'list', list: kind, start: Number.isFinite(start) && start > 0 ? start : 1, items };
  }

  private notes(element: HtmlElement): Block[] {
    for (const item of element.children) {
      if (!isElement(item)) continue;
      const id = item.attrs.id!;
      if (id.startsWith('endnote-')) this.log.count('endnotes-as-footnotes');
      const paragraphs = this.blocks(item.children).map((block) =>
        block.kind === 'paragraph' || block.kind === 'heading' ? block.inlines : [],
      );
      this.doc.footnotes.set(id, paragraphs.map(trimInlines).filter(hasContent));
    }
    return [];
  }

  private inlines(nodes: readonly HtmlNode[], format: RunFormat = {}): Inline[] {
    const out: Inline[] = [];
    for (const node of nodes) this.inline(node, format, out);
    return out;
  }

  private inline(node: HtmlNode, format: RunFormat, out: Inline[]): void {
    if (!isElement(node)) {
      appendText(out, node.replace(MARKS, ''), format);
      return;
    }
    switch (node.tag) {
      case 'strong':
      case 'b':
        return this.each(node, { ...format, bold: true }, out);
      case 'em':
      case 'i':
        return this.each(node, { ...format, italic: true }, out);
      case 'u':
        return this.each(node, { ...format, underline: true }, out);
      case 'br':
        out.push({ kind: 'break' });
        return;
      case 'img':
        return;
      case 'a':
        return this.anchor(node, format, out);
      default:
        if (BLOCK_TAGS.has(node.tag))
          out.push(...this.blocks([node]).flatMap((block) => (block.kind === 'paragraph' ? block.inlines : [])));
        else this.each(node, format, out);
    }
  }

  private each(element: HtmlElement, format: RunFormat, out: Inline[]): void {
    for (const child of element.children) this.inline(child, format, out);
  }

  private anchor(element: HtmlElement, format: RunFormat, out: Inline[]): void {
    const href = element.attrs.href ?? '';
    const target = href.startsWith('#') ? href.slice(1) : '';
    if (NOTE_ID.test(target)) {
      out.push({ kind: 'footnote', id: target });
      this.doc.footnoteLabels.set(target, flatText(element).replace(/[[\]]/g, ''));
      return;
    }
    if (/^#(footnote|endnote)-ref-\d+$/.test(href)) return; // the note's link back to its mark
    if (!href) return this.each(element, format, out);
    const runs = this.inlines(element.children, format).filter((inline): inline is TextRun => inline.kind === 'text');
    pushInlines(out, linkOrText(href, runs, this.log));
  }
}

function flatText(element: HtmlElement): string {
  return element.children.map((child) => (isElement(child) ? flatText(child) : child)).join('');
}

/** The number a marked list item carries after its mark, or null. */
function ordinalOf(element: HtmlElement): number | null {
  const first = element.children[0];
  if (first === undefined) return null;
  if (isElement(first)) return ordinalOf(first);
  const code = first.startsWith(LETTERED_MARK) ? first.charCodeAt(1) : NaN;
  return code > ORDINAL_BASE && code <= ORDINAL_BASE + MAX_ORDINAL ? code - ORDINAL_BASE : null;
}

function startsWithMark(element: HtmlElement): boolean {
  const first = element.children[0];
  if (first === undefined) return false;
  return isElement(first) ? startsWithMark(first) : first.startsWith(LETTERED_MARK);
}

export function htmlToIr(html: string, log: WarningLog): IrDocument {
  const doc = emptyIrDocument();
  doc.blocks = new Converter(doc, log).blocks(parseHtml(html, () => log.count('nesting-flattened')).children);
  return doc;
}
