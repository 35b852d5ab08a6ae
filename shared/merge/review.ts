// Reviewing what a merge did: accepting a change drops its change mark (its author stays known),
// rejecting puts the base's blocks back in its place, resolving a conflict replaces the lead's
// side with the chosen text. The blocks concerned are found by their marks, wherever edits since
// the merge have moved them.
import { readMark } from '../collab/marks';
import { LEAD_AUTHOR, type Collaboration, type MergeChange } from '../collab/model';
import type { Draft, Section } from '../model/draft';
import type { SerializedEditorState, SerializedNode } from '../model/lexical-json';
import type { ChangeFilter, ConflictChoice } from './merge-draft';
import {
  addMarkIds,
  contentOf,
  keepOnlyMarks,
  makeUnit,
  markIds,
  removeMarkIds,
  toUnits,
  unitsFingerprint,
  withMarks,
  type MergeUnit,
} from './units';
import { paragraphNode } from '../model/empty';

function matches(change: MergeChange, filter: ChangeFilter): boolean {
  return (
    change.status === 'pending' &&
    (filter.changeIds === undefined || filter.changeIds.includes(change.id)) &&
    (filter.sectionId === undefined || change.sectionId === filter.sectionId) &&
    (filter.author === undefined || change.author === filter.author)
  );
}

/** Every block node (top level, and list items at any depth) passed through `map`. */
function mapBlocks(
  content: SerializedEditorState,
  map: (node: SerializedNode) => SerializedNode,
): SerializedEditorState {
  const visit = (node: SerializedNode): SerializedNode => {
    const mapped = map(node);
    if (mapped.type !== 'list' && mapped.type !== 'listitem') return mapped;
    const children = mapped.children.map((child) =>
      child.type === 'list' || child.type === 'listitem' ? visit(child) : child,
    );
    return { ...mapped, children } as SerializedNode;
  };
  return { root: { ...content.root, children: content.root.children.map(visit) } };
}

function withCollaboration(draft: Draft, collaboration: Collaboration, sections: Section[]): Draft {
  return { ...draft, sections, collaboration };
}

export function acceptMatching(draft: Draft, filter: ChangeFilter): Draft {
  const collaboration = draft.collaboration;
  if (!collaboration) return draft;
  const ids = new Set(collaboration.changes.filter((c) => matches(c, filter)).map((c) => c.id));
  if (ids.size === 0) return draft;
  const sectionIds = new Set(collaboration.changes.filter((c) => ids.has(c.id)).map((c) => c.sectionId));
  const sections = draft.sections.map((section) => {
    if (!sectionIds.has(section.id)) return section;
    const content = mapBlocks(section.content, (node) => {
      if (!node.$) return node;
      let unit: MergeUnit = { node, list: null, key: '' };
      const change = readMark(node, 'change');
      if (change !== undefined && ids.has(change)) unit = withMarks(unit, { change: undefined });
      unit = removeMarkIds(removeMarkIds(unit, 'before', ids), 'after', ids);
      return unit.node;
    });
    return { ...section, content };
  });
  const changes = collaboration.changes.map((c) => (ids.has(c.id) ? { ...c, status: 'accepted' as const } : c));
  return withCollaboration(draft, { ...collaboration, changes }, sections);
}

/**
 * Puts `replacement` where the blocks at `indices` are (or, without any, before/after the unit
 * anchoring `id`), moving the removed blocks' own anchors onto it. False when there is no place.
 */
function putBack(
  units: MergeUnit[],
  indices: readonly number[],
  id: string,
  replacement: MergeUnit[],
  order: (other: string) => number = () => 0,
): MergeUnit[] | null {
  if (indices.length > 0) {
    const removed = indices.map((i) => units[i]!);
    const before = removed.flatMap((unit) => markIds(unit, 'before'));
    const after = removed.flatMap((unit) => markIds(unit, 'after'));
    const rest = units.filter((_, i) => !indices.includes(i));
    const at = indices[0]!;
    const put = [...replacement];
    if (put.length > 0) {
      put[0] = addMarkIds(put[0]!, 'before', before);
      put[put.length - 1] = addMarkIds(put[put.length - 1]!, 'after', after);
    } else if (at < rest.length) rest[at] = addMarkIds(rest[at]!, 'before', [...before, ...after]);
    else if (rest.length > 0)
      rest[rest.length - 1] = addMarkIds(rest[rest.length - 1]!, 'after', [...before, ...after]);
    else if (before.length + after.length > 0)
      put.push(addMarkIds(makeUnit(paragraphNode(), null), 'before', [...before, ...after]));
    rest.splice(at, 0, ...put);
    return rest;
  }
  // Other removals anchored at the same place that came earlier in the base go before what is
  // put back, later ones after it: whatever order they are rejected in, the base order returns.
  const put = [...replacement];
  const anchored = units.findIndex((unit) => markIds(unit, 'before').includes(id));
  if (anchored >= 0) {
    const next = [...units];
    const earlier = put.length > 0 ? markIds(next[anchored]!, 'before').filter((o) => order(o) < order(id)) : [];
    next[anchored] = removeMarkIds(next[anchored]!, 'before', new Set([id, ...earlier]));
    if (put.length > 0) put[0] = addMarkIds(put[0]!, 'before', earlier);
    next.splice(anchored, 0, ...put);
    return next;
  }
  const after = units.findIndex((unit) => markIds(unit, 'after').includes(id));
  if (after >= 0) {
    const next = [...units];
    const later = put.length > 0 ? markIds(next[after]!, 'after').filter((o) => order(o) > order(id)) : [];
    next[after] = removeMarkIds(next[after]!, 'after', new Set([id, ...later]));
    if (put.length > 0) put[put.length - 1] = addMarkIds(put[put.length - 1]!, 'after', later);
    next.splice(after + 1, 0, ...put);
    return next;
  }
  return null;
}

const indicesMarked = (units: readonly MergeUnit[], name: 'change' | 'conflict', id: string) =>
  units.flatMap((unit, i) => ((readMark(unit.node, name)?.split(' ') ?? []).includes(id) ? [i] : []));

export function rejectMatching(draft: Draft, filter: ChangeFilter): { draft: Draft; notReverted: string[] } {
  const collaboration = draft.collaboration;
  if (!collaboration) return { draft, notReverted: [] };
  const chosen = collaboration.changes.filter((c) => matches(c, filter));
  const notReverted: string[] = [];
  const rejected = new Set<string>();
  const where = new Map(collaboration.changes.map((c) => [c.id, c.at ?? 0]));
  const order = (id: string) => where.get(id) ?? 0;
  const sections = draft.sections.map((section) => {
    const mine = chosen.filter((c) => c.sectionId === section.id);
    if (mine.length === 0) return section;
    let units = toUnits(section.content);
    for (const change of mine) {
      const own = indicesMarked(units, 'change', change.id);
      const edited =
        own.length > 0 &&
        change.fingerprint !== undefined &&
        unitsFingerprint(own.map((i) => units[i]!)) !== change.fingerprint;
      const next = edited ? null : putBack(units, own, change.id, toUnits(change.before), order);
      if (next) {
        units = next;
        rejected.add(change.id);
      } else notReverted.push(change.id);
    }
    return { ...section, content: contentOf(units) };
  });
  if (rejected.size === 0) return { draft, notReverted };
  const changes = collaboration.changes.map((c) => (rejected.has(c.id) ? { ...c, status: 'rejected' as const } : c));
  return { draft: withCollaboration(draft, { ...collaboration, changes }, sections), notReverted };
}

const authored = (content: SerializedEditorState, author: string) =>
  toUnits(content).map((unit) => withMarks(keepOnlyMarks(unit, []), { by: author }));

export function resolveOne(draft: Draft, conflictId: string, choice: ConflictChoice): Draft {
  const collaboration = draft.collaboration;
  const conflict = collaboration?.conflicts.find((c) => c.id === conflictId && c.status === 'open');
  const section = conflict && draft.sections.find((s) => s.id === conflict.sectionId);
  if (!collaboration || !conflict || !section) return draft;
  const units = toUnits(section.content);
  const marked = indicesMarked(units, 'conflict', conflictId);
  const ids = new Set([conflictId]);
  // The lead's side as it is now (it may have been edited since the merge), without this conflict's mark.
  const oursEmpty = conflict.ours.blocks.root.children.length === 0;
  const ours = marked
    .map((i) => units[i]!)
    .filter((unit) => !(oursEmpty && unit.key === makeUnit(paragraphNode(), null).key))
    .map((unit) => {
      const left = (readMark(unit.node, 'conflict')?.split(' ') ?? []).filter((id) => !ids.has(id));
      return withMarks(unit, { conflict: left.join(' ') });
    });
  const theirs = authored(conflict.theirs.blocks, conflict.theirs.author);
  const replacement =
    choice.take === 'edited'
      ? authored(choice.blocks, LEAD_AUTHOR)
      : [...(choice.take === 'theirs' ? [] : ours), ...(choice.take === 'ours' ? [] : theirs)];
  // Blocks the lead has removed since leave no place: the choice goes at the section's end.
  const next = putBack(units, marked, conflictId, replacement) ?? [...units, ...replacement];
  const conflicts = collaboration.conflicts.map((c) =>
    c.id === conflictId ? { ...c, status: 'resolved' as const } : c,
  );
  const sections = draft.sections.map((s) => (s === section ? { ...s, content: contentOf(next) } : s));
  return withCollaboration(draft, { ...collaboration, conflicts }, sections);
}
