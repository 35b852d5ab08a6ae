// Marking a paragraph's inline nodes at offsets of its plain text (paragraphs.ts): suggested
// deletions wrap the words they concern, suggested insertions go in between, comment ranges wrap
// the commented words. The nodes keep their kinds, formats and links; only text nodes are cut,
// and review nodes where a comment starts or ends inside one. The nesting rules of review nodes
// hold (shared/model/nodes/descriptors.ts): nothing goes inside an existing suggestion, and a
// comment range holds text, fields and suggestions, never another comment range.
import type { FieldTexts } from '../../model/field-texts';
import type {
  SerializedCommentRange,
  SerializedNode,
  SerializedSuggestion,
  SerializedText,
} from '../../model/lexical-json';
import { textNode } from '../../model/empty';
import { hasChildren } from '../../model/walk';
import { commentIdsOf } from '../content';
import { nodeText } from './paragraphs';

const wrapper = { direction: null, format: '', indent: 0 } as const;

export const suggestionNode = (
  kind: SerializedSuggestion['kind'],
  suggestionId: string,
  children: SerializedNode[],
): SerializedSuggestion => ({ type: 'suggestion', version: 1, kind, suggestionId, children, ...wrapper });

const commentRangeNode = (commentIds: string, children: SerializedNode[]): SerializedCommentRange => ({
  type: 'comment-range',
  version: 1,
  commentIds,
  children,
  ...wrapper,
});

/** Inserted words as nodes: text, with line breaks and tabs as their own nodes. */
export function textNodes(text: string): SerializedNode[] {
  return text
    .split(/(\n|\t)/)
    .filter((piece) => piece !== '')
    .map((piece): SerializedNode =>
      piece === '\n'
        ? { type: 'linebreak', version: 1 }
        : piece === '\t'
          ? { type: 'tab', version: 1 }
          : textNode(piece),
    );
}

const isLink = (node: SerializedNode) => node.type === 'link' || node.type === 'autolink';
const isReview = (node: SerializedNode): node is SerializedSuggestion | SerializedCommentRange =>
  node.type === 'suggestion' || node.type === 'comment-range';
/** Leaves whose words a suggestion may hold (a footnote too: deleting its reference deletes the note). */
const isLeaf = (node: SerializedNode) =>
  node.type === 'text' ||
  node.type === 'tab' ||
  node.type === 'linebreak' ||
  node.type === 'field' ||
  node.type === 'footnote';

export class ParagraphMarker {
  constructor(private readonly fields: FieldTexts) {}

  width(node: SerializedNode): number {
    return nodeText(node, this.fields).length;
  }

  /** Text nodes cut at `cuts` (and review nodes too when `reviewNodes`), so every mark starts and ends between nodes. */
  split(nodes: SerializedNode[], cuts: readonly number[], reviewNodes: boolean, base = 0): SerializedNode[] {
    const out: SerializedNode[] = [];
    let pos = base;
    for (const node of nodes) {
      const width = this.width(node);
      const inside = [...new Set(cuts.filter((cut) => cut > pos && cut < pos + width))].sort((a, b) => a - b);
      if (inside.length === 0) out.push(node);
      else if (node.type === 'text') {
        let from = 0;
        for (const cut of [...inside, pos + width]) {
          const piece: SerializedText = { ...node, text: node.text.slice(from, cut - pos) };
          out.push(piece);
          from = cut - pos;
        }
      } else if (isLink(node) && hasChildren(node))
        out.push({ ...node, children: this.split(node.children, cuts, reviewNodes, pos) } as SerializedNode);
      else if (isReview(node)) {
        const children = this.split(node.children, cuts, reviewNodes, pos);
        if (!reviewNodes) out.push({ ...node, children });
        else {
          // One node of the same kind and id per stretch between cuts.
          let at = pos;
          let group: SerializedNode[] = [];
          let cut = 0;
          for (const child of children) {
            while (cut < inside.length && at >= inside[cut]!) {
              if (group.length > 0) out.push({ ...node, children: group });
              group = [];
              cut++;
            }
            group.push(child);
            at += this.width(child);
          }
          if (group.length > 0) out.push({ ...node, children: group });
        }
      } else out.push(node);
      pos += width;
    }
    return out;
  }

  /** Wraps the leaves inside each range in a delete suggestion (words already in a suggestion stay as they are). */
  deletions(
    nodes: SerializedNode[],
    ranges: ReadonlyArray<{ from: number; to: number; id: string }>,
    base = 0,
  ): SerializedNode[] {
    const out: SerializedNode[] = [];
    // The leaves gathered for the current suggestion, and its id.
    let groupId = '';
    let group: SerializedNode[] = [];
    const flush = () => {
      if (group.length > 0) out.push(suggestionNode('delete', groupId, group));
      group = [];
    };
    let pos = base;
    for (const node of nodes) {
      const width = this.width(node);
      if (isLeaf(node)) {
        // Text was cut at the ranges' ends; a field or a footnote is deleted whole when a change touches it.
        const atomic = node.type === 'field' || node.type === 'footnote';
        const range = ranges.find((r) =>
          atomic ? r.from < pos + width && pos < r.to : width > 0 && r.from <= pos && pos + width <= r.to,
        );
        if (!range) {
          flush();
          out.push(node);
        } else {
          if (range.id !== groupId) flush();
          groupId = range.id;
          group.push(node);
        }
      } else {
        flush();
        if ((isLink(node) || node.type === 'comment-range') && hasChildren(node))
          out.push({ ...node, children: this.deletions(node.children, ranges, pos) } as SerializedNode);
        else out.push(node);
      }
      pos += width;
    }
    flush();
    return out;
  }

  /**
   * Puts each insertion at its offset: before the node that starts there, as high in the tree as
   * it can go (so words typed after a link do not join it), never inside a suggestion.
   */
  insertions(
    nodes: SerializedNode[],
    inserts: ReadonlyArray<{ at: number; node: SerializedNode }>,
    base = 0,
  ): SerializedNode[] {
    const out: SerializedNode[] = [];
    let next = 0;
    let pos = base;
    for (const node of nodes) {
      const width = this.width(node);
      while (next < inserts.length && inserts[next]!.at <= pos) out.push(inserts[next++]!.node);
      let inner = next;
      while (inner < inserts.length && inserts[inner]!.at < pos + width) inner++;
      if (inner > next && (isLink(node) || node.type === 'comment-range') && hasChildren(node)) {
        out.push({
          ...node,
          children: this.insertions(node.children, inserts.slice(next, inner), pos),
        } as SerializedNode);
        next = inner;
      } else out.push(node);
      pos += width;
    }
    while (next < inserts.length) out.push(inserts[next++]!.node);
    return out;
  }

  /**
   * Wraps the words in [from, to) in a comment range with `id` (nodes were cut at both ends),
   * adding the id to comment ranges already there. Returns the nodes and whether any words were
   * wrapped; footnote references in the range are given to `footnotes`.
   */
  comment(
    nodes: SerializedNode[],
    range: { from: number; to: number; id: string },
    footnotes: SerializedNode[],
    base = 0,
  ): { nodes: SerializedNode[]; wrapped: boolean } {
    const out: SerializedNode[] = [];
    let wrapped = false;
    let group: SerializedNode[] = [];
    const flush = () => {
      if (group.length > 0) {
        out.push(commentRangeNode(range.id, group));
        wrapped = true;
      }
      group = [];
    };
    let pos = base;
    for (const node of nodes) {
      const width = this.width(node);
      const inside = width > 0 && range.from <= pos && pos + width <= range.to;
      const overlaps = range.from < pos + width && pos < range.to;
      if (inside && node.type === 'comment-range') {
        flush();
        const ids = commentIdsOf(node);
        out.push(ids.includes(range.id) ? node : { ...node, commentIds: [...ids, range.id].join(' ') });
        wrapped = true;
      } else if (inside && node.type === 'footnote') {
        flush();
        footnotes.push(node);
        out.push(node);
      } else if (inside && !isLink(node)) group.push(node);
      else {
        flush();
        if (overlaps && isLink(node) && hasChildren(node)) {
          const inner = this.comment(node.children, range, footnotes, pos);
          wrapped ||= inner.wrapped;
          out.push({ ...node, children: inner.nodes } as SerializedNode);
        } else out.push(node);
      }
      pos += width;
    }
    flush();
    return { nodes: out, wrapped };
  }
}
