// One section merged three ways: base = what the contributor was sent, ours = the lead's section
// now (their edits since sending count as ours), theirs = what came back. Theirs' changes to
// regions ours left alone apply, marked with their author and change; regions both changed
// differently keep ours, marked as a conflict that records both sides.
import { readMark, type MarkName } from '../collab/marks';
import { LEAD_AUTHOR, type MergeChange, type MergeConflict } from '../collab/model';
import { paragraphNode } from '../model/empty';
import { textFingerprint } from '../model/fingerprint';
import { mergeRegions } from './three-way';
import {
  addMarkIds,
  contentOf,
  keepOnlyMarks,
  makeUnit,
  markIds,
  unitsFingerprint,
  withMarks,
  type MergeUnit,
} from './units';

export interface SectionMergeContext {
  ticketId: string;
  /** Fingerprint of the returned contribution: a ticket returned again with other text gets other ids. */
  contribution: string;
  sectionId: string;
  /** The contributor id. */
  author: string;
  mergeId: string;
  /** Pending, unedited changes of an earlier return of the same ticket: a newer return replaces them. */
  replaceable?: ReadonlySet<string>;
}

export interface SectionMerge {
  /** The merged units; null when the section stays exactly as it was. */
  units: MergeUnit[] | null;
  changes: MergeChange[];
  conflicts: MergeConflict[];
}

/** Ids derived from the contribution and the place in it, so the merging order never changes them. */
function reviewId(kind: 'change' | 'conflict', context: SectionMergeContext, index: number): string {
  return `${kind}-${textFingerprint([context.ticketId, context.contribution, context.sectionId, index].join('\n'))}`;
}

const sameKeys = (a: readonly MergeUnit[], b: readonly MergeUnit[]) =>
  a.length === b.length && a.every((unit, i) => unit.key === b[i]!.key);

/** What is kept of earlier review data in blocks stored as a record's side: who wrote them. */
const asRecord = (units: readonly MergeUnit[]) =>
  contentOf(
    units.map((unit) => keepOnlyMarks(unit, ['by'])),
    true,
  );

interface Anchor {
  id: string;
  /** Set for this merge's own deletion or empty-ours conflict: the mark an empty section's placeholder takes. */
  own?: Extract<MarkName, 'change' | 'conflict'>;
}

export function mergeSection(
  base: readonly MergeUnit[],
  given: readonly MergeUnit[],
  theirs: readonly MergeUnit[],
  context: SectionMergeContext,
): SectionMerge {
  const ours = [...given];
  const key = (unit: MergeUnit) => unit.key;
  const regions = mergeRegions(base.map(key), ours.map(key), theirs.map(key));
  const changes: MergeChange[] = [];
  const conflicts: MergeConflict[] = [];
  if (!regions.some((region) => region.theirsChanged)) return { units: null, changes, conflicts };

  const out: MergeUnit[] = [];
  // Ids of blocks removed just before the next block written (a deletion leaves no block of its own).
  let pending: Anchor[] = [];
  const emit = (unit: MergeUnit) => {
    out.push(
      addMarkIds(
        unit,
        'before',
        pending.map((anchor) => anchor.id),
      ),
    );
    pending = [];
  };
  let oursAt = 0;
  let touched = false;
  regions.forEach((region, r) => {
    while (oursAt < region.oursStart) emit(ours[oursAt++]!);
    const mine = ours.slice(region.oursStart, region.oursEnd);
    const yours = theirs.slice(region.theirsStart, region.theirsEnd);
    oursAt = region.oursEnd;
    if (!region.theirsChanged || (region.oursChanged && sameKeys(mine, yours))) {
      mine.forEach(emit);
      return;
    }
    touched = true;
    const baseUnits = base.slice(region.baseStart, region.baseEnd);
    const replacesOwnEarlier =
      mine.length > 0 &&
      mine.every((unit) => {
        const change = readMark(unit.node, 'change');
        return change !== undefined && context.replaceable?.has(change) === true;
      });
    if (!region.oursChanged || replacesOwnEarlier) {
      const id = reviewId('change', context, region.theirsIndex);
      // The replaced blocks may anchor earlier deletions: their ids move to what replaces them.
      const carriedBefore = mine.flatMap((unit) => markIds(unit, 'before'));
      const carriedAfter = mine.flatMap((unit) => markIds(unit, 'after'));
      const added = yours.map((unit) => withMarks(keepOnlyMarks(unit, []), { by: context.author, change: id }));
      pending.push(...carriedBefore.map((anchor) => ({ id: anchor })));
      // An insertion where an earlier contribution deleted base blocks goes after that deletion
      // (base order), whichever was merged first: the next block's anchors move in front of it.
      const following = regions[r + 1];
      if (
        region.baseStart === region.baseEnd &&
        oursAt < ours.length &&
        !(following?.oursChanged && following.baseStart === region.baseEnd)
      ) {
        pending.push(...markIds(ours[oursAt]!, 'before').map((anchor) => ({ id: anchor })));
        ours[oursAt] = withMarks(ours[oursAt]!, { before: undefined });
      }
      if (added.length === 0) pending.push({ id, own: 'change' }, ...carriedAfter.map((anchor) => ({ id: anchor })));
      else {
        added[added.length - 1] = addMarkIds(added[added.length - 1]!, 'after', carriedAfter);
        added.forEach(emit);
      }
      changes.push({
        id,
        mergeId: context.mergeId,
        sectionId: context.sectionId,
        author: context.author,
        before: asRecord(baseUnits),
        at: region.baseStart,
        status: 'pending',
      });
      return;
    }
    const id = reviewId('conflict', context, region.theirsIndex);
    if (mine.length === 0) pending.push({ id, own: 'conflict' });
    else mine.forEach((unit) => emit(addMarkIds(unit, 'conflict', [id])));
    conflicts.push({
      id,
      mergeId: context.mergeId,
      sectionId: context.sectionId,
      base: asRecord(baseUnits),
      ours: { author: (mine[0] && readMark(mine[0].node, 'by')) ?? LEAD_AUTHOR, blocks: asRecord(mine) },
      theirs: { author: context.author, blocks: asRecord(yours) },
      status: 'open',
    });
  });
  while (oursAt < ours.length) emit(ours[oursAt++]!);
  if (!touched) return { units: null, changes: [], conflicts: [] };

  if (pending.length > 0) {
    const ids = pending.map((anchor) => anchor.id);
    if (out.length > 0) out[out.length - 1] = addMarkIds(out[out.length - 1]!, 'after', ids);
    else {
      // Nothing is left: an empty paragraph stands for what was removed, so reject or resolve can put it back.
      const own = pending.find((anchor) => anchor.own);
      let placeholder = makeUnit(paragraphNode(), null);
      if (own?.own === 'change') placeholder = withMarks(placeholder, { by: context.author, change: own.id });
      if (own?.own === 'conflict') placeholder = withMarks(placeholder, { conflict: own.id });
      out.push(
        addMarkIds(
          placeholder,
          'before',
          ids.filter((id) => id !== own?.id),
        ),
      );
    }
  }
  // `after` only on the last block: a mark between two blocks is always the later one's `before`.
  for (let i = 0; i < out.length - 1; i++) {
    const moved = markIds(out[i]!, 'after');
    if (moved.length === 0) continue;
    out[i] = withMarks(out[i]!, { after: undefined });
    out[i + 1] = addMarkIds(out[i + 1]!, 'before', moved);
  }
  for (const change of changes)
    change.fingerprint = unitsFingerprint(out.filter((unit) => readMark(unit.node, 'change') === change.id));
  return { units: out, changes, conflicts };
}
