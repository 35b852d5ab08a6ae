// Suggested paragraph breaks, as Word's tracked paragraph marks: the mark at the end of a block
// (paragraph, heading, quote, list item) may be a suggested insertion (a break added: rejecting it
// joins the block with the next one) or deletion (a break removed: accepting it joins them). The
// suggestion's id is kept in the block's NodeState, so it moves with the block while it is edited;
// who and when are in the review block like any suggestion's. Joined blocks take the type of the
// first one (of the second when the first is empty, as after Enter at a paragraph's start) and
// the second one's mark, the mark that now ends them.
import type { SerializedEditorState, SerializedNode } from '../model/lexical-json';
import { hasChildren } from '../model/walk';

export type ParagraphMarkKind = 'insert' | 'delete';

/** NodeState keys of a block's suggested paragraph mark; their value is the suggestion's id. */
export const PARAGRAPH_MARK_KEYS = {
  insert: 'review:insertedBreak',
  delete: 'review:deletedBreak',
} as const satisfies Record<ParagraphMarkKind, string>;

const KINDS: readonly ParagraphMarkKind[] = ['insert', 'delete'];

/** What becomes of a suggested mark: kept, taken off (the break stays), or joined (the break goes). */
export type ParagraphMarkFate = 'keep' | 'clear' | 'join';

export function paragraphMarkOf(node: SerializedNode, kind: ParagraphMarkKind): string | undefined {
  const value = node.$?.[PARAGRAPH_MARK_KEYS[kind]];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Blocks holding words, which can be joined with the next block of the same kind of place. */
const JOINABLE = new Set(['paragraph', 'heading', 'quote', 'listitem']);

function withState(node: SerializedNode, state: Record<string, unknown>): SerializedNode {
  const { $: _old, ...rest } = node;
  return (Object.keys(state).length > 0 ? { ...rest, $: state } : rest) as SerializedNode;
}

function withoutMark(node: SerializedNode, kind: ParagraphMarkKind): SerializedNode {
  const { [PARAGRAPH_MARK_KEYS[kind]]: _dropped, ...state } = node.$ ?? {};
  return withState(node, state);
}

/** `first` and `second` as one block ending with the second one's mark (`keepFirst`: in the first's place and type, as at a list's edge). */
function join(first: SerializedNode, second: SerializedNode, keepFirst = false): SerializedNode {
  const firstChildren = hasChildren(first) ? first.children : [];
  const secondChildren = hasChildren(second) ? second.children : [];
  const base = firstChildren.length === 0 && !keepFirst ? second : first;
  const state: Record<string, unknown> = { ...base.$ };
  for (const kind of KINDS) {
    const key = PARAGRAPH_MARK_KEYS[kind];
    if (second.$?.[key] !== undefined) state[key] = second.$[key];
    else delete state[key];
  }
  return withState({ ...base, children: [...firstChildren, ...secondChildren] } as SerializedNode, state);
}

type Fate = (kind: ParagraphMarkKind, id: string) => ParagraphMarkFate;

/** The kind of the block's suggested mark that goes (taken off or joined), if any. */
const goingMark = (node: SerializedNode, fate: Fate) =>
  KINDS.find((k) => {
    const id = paragraphMarkOf(node, k);
    return id !== undefined && fate(k, id) !== 'keep';
  });

/** A list item holding words of its own (not only a nested list). */
const ownWords = (node: SerializedNode) =>
  JOINABLE.has(node.type) && !(hasChildren(node) && node.children.some((child) => child.type === 'list'));

/**
 * The blocks with their marks rewritten. A join at a list's edge takes the paragraph before the
 * list into its first item's words (the paragraph's type kept, as any join keeps the first
 * block's) or the block after the list into its last item; in a list (`inList`) the last item's
 * join is left for the list's parent to make.
 */
function rewriteList(nodes: SerializedNode[], fate: Fate, inList = false) {
  const inner = nodes.map((node) => rewriteNode(node, fate));
  let changed = inner.some((node, index) => node !== nodes[index]);
  const out: SerializedNode[] = [];
  for (let index = 0; index < inner.length; index++) {
    let node = inner[index]!;
    for (;;) {
      const kind = goingMark(node, fate);
      if (!kind) break;
      const joins = fate(kind, paragraphMarkOf(node, kind)!) === 'join' && JOINABLE.has(node.type);
      const next = inner[index + 1];
      if (joins && next && JOINABLE.has(next.type)) {
        node = join(node, next);
        index++;
      } else if (joins && next?.type === 'list' && hasChildren(node) && node.children.length === 0) {
        // An empty paragraph joined into a list is simply gone.
        node = next;
        index++;
      } else if (
        joins &&
        next?.type === 'list' &&
        hasChildren(next) &&
        next.children[0] &&
        ownWords(next.children[0])
      ) {
        node = join(node, next.children[0], true);
        const rest = next.children.slice(1);
        if (rest.length > 0) inner[index + 1] = { ...next, children: rest } as SerializedNode;
        else index++;
      } else if (joins && inList && !next) break;
      else node = withoutMark(node, kind);
      changed = true;
    }
    // The join left by the list's last item: with the block after the list, or taken off.
    while (node.type === 'list' && hasChildren(node) && node.children.length > 0) {
      const items = node.children;
      const last = items[items.length - 1]!;
      const kind = goingMark(last, fate);
      if (!kind) break;
      const next = inner[index + 1];
      let item: SerializedNode;
      if (fate(kind, paragraphMarkOf(last, kind)!) === 'join' && next && JOINABLE.has(next.type) && ownWords(last)) {
        item = join(last, next, true);
        index++;
      } else item = withoutMark(last, kind);
      node = { ...node, children: [...items.slice(0, -1), item] } as SerializedNode;
      changed = true;
    }
    out.push(node);
  }
  return changed ? out : nodes;
}

function rewriteNode(node: SerializedNode, fate: Fate) {
  let copy = node;
  if (copy.type === 'footnote') {
    const note = rewriteParagraphMarks(copy.note, fate);
    if (note !== copy.note) copy = { ...copy, note };
  }
  if (hasChildren(copy)) {
    const children = rewriteList(copy.children, fate, copy.type === 'list');
    if (children !== copy.children) copy = { ...copy, children } as SerializedNode;
  }
  return copy;
}

/** Whether the block carries a suggested paragraph mark of either kind. */
export function hasParagraphMark(node: SerializedNode): boolean {
  return KINDS.some((kind) => paragraphMarkOf(node, kind) !== undefined);
}

/** The content with each suggested paragraph mark kept, taken off or joined as `fate` says; untouched content is returned as is. */
export function rewriteParagraphMarks(
  content: SerializedEditorState,
  fate: (kind: ParagraphMarkKind, id: string) => ParagraphMarkFate,
): SerializedEditorState {
  const root = rewriteNode(content.root, fate);
  return root === content.root ? content : { root: root as SerializedEditorState['root'] };
}

/** Calls `visit` for every suggested paragraph mark, footnote text included, in document order. */
export function forEachParagraphMark(
  content: SerializedEditorState,
  visit: (kind: ParagraphMarkKind, id: string, block: SerializedNode) => void,
): void {
  const walk = (node: SerializedNode) => {
    for (const kind of KINDS) {
      const id = paragraphMarkOf(node, kind);
      if (id !== undefined) visit(kind, id, node);
    }
    if (node.type === 'footnote') walk(node.note.root);
    if (hasChildren(node)) node.children.forEach(walk);
  };
  walk(content.root);
}
