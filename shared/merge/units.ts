// A section as the merge sees it: a flat sequence of paragraph-level units (paragraph, heading,
// quote, and each list item with its list context), so that two people editing different bullets
// of one list touch different units. Units are rebuilt into nested lists afterwards.
import type { SerializedEditorState, SerializedList, SerializedListItem, SerializedNode } from '../model/lexical-json';
import { LETTERED_LIST_STYLE } from '../model/lexical-json';
import { paragraphNode, rootState } from '../model/empty';
import { MARK_KEYS, readMark, stripMarks, type MarkName } from '../collab/marks';
import { inlineBlockTokens, tokenKey } from '../diff/blocks';
import { textFingerprint } from '../model/fingerprint';

/** One list a unit sits in, outermost first: what rebuilding the list needs. */
export type ListLevel = Omit<SerializedList, 'children'>;

export interface MergeUnit {
  /** The block itself; a list item without its nested lists. Marks live in its `$`. */
  node: SerializedNode;
  list: ListLevel[] | null;
  /** Equal for two units exactly when a reader sees the same block (marks ignored). */
  key: string;
}

function levelKind(level: ListLevel): string {
  if (level.listType !== 'number') return level.listType;
  return level.$?.['listStyle'] === LETTERED_LIST_STYLE ? 'letter' : 'number';
}

function unitKey(node: SerializedNode, list: ListLevel[] | null): string {
  const style = list ? list.map(levelKind).join('/') : node.type === 'heading' ? node.tag : node.type;
  if (!('children' in node)) return `${style}\u0000${JSON.stringify(stripMarks(rootState([node])).root.children[0])}`;
  const tokens = inlineBlockTokens(node.children).map(tokenKey);
  const checked = node.type === 'listitem' && node.checked ? '\u0004' : '';
  return `${style}${checked}\u0000${tokens.join('\u0000')}`;
}

export function makeUnit(node: SerializedNode, list: ListLevel[] | null): MergeUnit {
  return { node, list, key: unitKey(node, list) };
}

function collect(nodes: SerializedNode[], levels: ListLevel[], out: MergeUnit[]): void {
  for (const node of nodes) {
    if (node.type !== 'list') {
      out.push(makeUnit(node, levels.length > 0 ? levels : null));
      continue;
    }
    const { children, ...level } = node;
    const inner = [...levels, level];
    for (const item of children) {
      if (item.type !== 'listitem') {
        collect([item], inner, out);
        continue;
      }
      const inline = item.children.filter((child) => child.type !== 'list');
      const nested = item.children.filter((child) => child.type === 'list');
      if (inline.length > 0 || nested.length === 0) out.push(makeUnit({ ...item, children: inline }, inner));
      collect(nested, inner, out);
    }
  }
}

/** The units of a section's content, in reading order. */
export function toUnits(content: SerializedEditorState): MergeUnit[] {
  const out: MergeUnit[] = [];
  collect(content.root.children, [], out);
  return out;
}

function sameList(a: ListLevel, b: ListLevel): boolean {
  return a.listType === b.listType && a.tag === b.tag && levelKind(a) === levelKind(b);
}

function listItem(children: SerializedNode[]): SerializedListItem {
  return { type: 'listitem', version: 1, value: 1, direction: null, format: '', indent: 0, children };
}

/** Copies of the items with their numbers in order (the units' own nodes are never changed). */
function numberItems(list: SerializedList): SerializedList {
  let value = list.start;
  const children = list.children.map((item) => {
    if (item.type !== 'listitem') return item;
    const numbered: SerializedListItem = {
      ...item,
      value,
      children: item.children.map((child) => (child.type === 'list' ? numberItems(child) : child)),
    };
    if (!item.children.every((child) => child.type === 'list')) value++;
    return numbered;
  });
  return { ...list, children };
}

/** The nodes of a sequence of units: consecutive list units regrouped into (nested) lists. */
export function fromUnits(units: readonly MergeUnit[]): SerializedNode[] {
  const out: SerializedNode[] = [];
  const open: SerializedList[] = [];
  const levels: ListLevel[] = [];
  for (const unit of units) {
    if (!unit.list) {
      open.length = 0;
      levels.length = 0;
      out.push(unit.node);
      continue;
    }
    const wanted = unit.list;
    let kept = 0;
    while (kept < levels.length && kept < wanted.length && sameList(levels[kept]!, wanted[kept]!)) kept++;
    // Lists deeper than what they share are closed; the levels the unit adds are opened.
    open.length = kept;
    levels.length = kept;
    for (let depth = kept; depth < wanted.length; depth++) {
      const list: SerializedList = { ...wanted[depth]!, children: [] };
      if (depth === 0) out.push(list);
      else open[depth - 1]!.children.push(listItem([list]));
      open.push(list);
      levels.push(wanted[depth]!);
    }
    open[wanted.length - 1]!.children.push(unit.node);
  }
  return out.map((node) => (node.type === 'list' ? numberItems(node) : node));
}

/** The content of a sequence of units; an empty sequence is an empty section (one empty paragraph). */
export function contentOf(units: readonly MergeUnit[], emptyAsNothing = false): SerializedEditorState {
  const nodes = fromUnits(units);
  return rootState(nodes.length > 0 || emptyAsNothing ? nodes : [paragraphNode()]);
}

/** A fingerprint of what a reader sees in these units. */
export function unitsFingerprint(units: readonly MergeUnit[]): string {
  return textFingerprint(units.map((unit) => unit.key).join('\u0005'));
}

/** The unit with marks set (a string) or removed (undefined); other NodeState kept. */
export function withMarks(unit: MergeUnit, marks: Partial<Record<MarkName, string | undefined>>): MergeUnit {
  const state: Record<string, unknown> = { ...unit.node.$ };
  for (const [name, value] of Object.entries(marks) as [MarkName, string | undefined][]) {
    if (value === undefined || value === '') delete state[MARK_KEYS[name]];
    else state[MARK_KEYS[name]] = value;
  }
  const { $: _old, ...rest } = unit.node;
  const node = (Object.keys(state).length > 0 ? { ...rest, $: state } : rest) as SerializedNode;
  return { ...unit, node };
}

/** The unit without review marks except those named. */
export function keepOnlyMarks(unit: MergeUnit, kept: readonly MarkName[]): MergeUnit {
  const stripped = stripMarks(rootState([unit.node])).root.children[0]!;
  let result: MergeUnit = { ...unit, node: stripped };
  for (const name of kept) result = withMarks(result, { [name]: readMark(unit.node, name) });
  return result;
}

/** The ids in a space-separated mark (collab:before / collab:after). */
export function markIds(unit: MergeUnit, name: MarkName): string[] {
  return readMark(unit.node, name)?.split(' ').filter(Boolean) ?? [];
}

/** Adds ids to a space-separated mark, each once, sorted: the mark is the same whatever order merges came in. */
export function addMarkIds(unit: MergeUnit, name: MarkName, ids: readonly string[]): MergeUnit {
  if (ids.length === 0) return unit;
  const all = [...new Set([...markIds(unit, name), ...ids])].sort();
  return withMarks(unit, { [name]: all.join(' ') });
}

/** Removes ids from a space-separated mark. */
export function removeMarkIds(unit: MergeUnit, name: MarkName, ids: ReadonlySet<string>): MergeUnit {
  const current = markIds(unit, name);
  const left = current.filter((id) => !ids.has(id));
  return left.length === current.length ? unit : withMarks(unit, { [name]: left.join(' ') });
}
