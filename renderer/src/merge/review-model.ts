// What is still to review in a draft, per section: the changes a merge applied that are still
// pending, with the text they put in (the blocks carrying their mark), and the open conflicts.
import { readMark } from '../../../shared/collab/marks';
import type { MergeChange, MergeConflict } from '../../../shared/collab/model';
import type { Draft, Section } from '../../../shared/model/draft';
import type { SerializedEditorState, SerializedNode } from '../../../shared/model/lexical-json';

export interface PendingChange {
  change: MergeChange;
  /** The blocks the change put in the section, as they are now. */
  after: SerializedEditorState;
  /**
   * False when the section no longer holds the change's text nor the place of a deletion: it was
   * replaced since (by an edit or a resolved conflict), so there is nothing to show or put back.
   */
  placed: boolean;
}

export interface SectionReview {
  section: Pick<Section, 'id' | 'kind' | 'norm' | 'heading'>;
  changes: PendingChange[];
  conflicts: MergeConflict[];
}

export interface OpenCounts {
  changes: number;
  conflicts: number;
}

/** The blocks of `content` marked with the change, lists kept around their marked items. */
export function changedBlocks(content: SerializedEditorState, changeId: string): SerializedEditorState {
  const blocks: SerializedNode[] = [];
  for (const block of content.root.children) {
    if (readMark(block, 'change') === changeId) blocks.push(block);
    else if (block.type === 'list') {
      const items = block.children.filter((item) => readMark(item, 'change') === changeId);
      if (items.length > 0) blocks.push({ ...block, children: items });
    }
  }
  return { root: { ...content.root, children: blocks } as SerializedEditorState['root'] };
}

/** The section's blocks and list items, where marks are. */
function markedUnits(content: SerializedEditorState): SerializedNode[] {
  return content.root.children.flatMap((block) => (block.type === 'list' ? [block, ...block.children] : [block]));
}

/** Whether a deletion by the change is still anchored in the section (marks before or after a block). */
function anchored(content: SerializedEditorState, changeId: string): boolean {
  return markedUnits(content).some((unit) =>
    [readMark(unit, 'before'), readMark(unit, 'after')].some((ids) => ids?.split(' ').includes(changeId)),
  );
}

/** Sections with pending changes or open conflicts, in the draft's order. */
export function reviewOf(draft: Draft): SectionReview[] {
  const collaboration = draft.collaboration;
  if (!collaboration) return [];
  const reviews: SectionReview[] = [];
  for (const section of draft.sections) {
    const changes = collaboration.changes
      .filter((c) => c.sectionId === section.id && c.status === 'pending')
      .map((change) => {
        const after = changedBlocks(section.content, change.id);
        return { change, after, placed: after.root.children.length > 0 || anchored(section.content, change.id) };
      });
    const conflicts = collaboration.conflicts.filter((c) => c.sectionId === section.id && c.status === 'open');
    if (changes.length > 0 || conflicts.length > 0) {
      const { id, kind, norm, heading } = section;
      reviews.push({ section: { id, kind, norm, heading }, changes, conflicts });
    }
  }
  return reviews;
}

/** Pending changes and open conflicts per section id (sections with none are left out). */
export function openCounts(meta: Pick<Draft, 'collaboration'>): Map<string, OpenCounts> {
  const counts = new Map<string, OpenCounts>();
  const of = (id: string) => {
    let count = counts.get(id);
    if (!count) counts.set(id, (count = { changes: 0, conflicts: 0 }));
    return count;
  };
  for (const change of meta.collaboration?.changes ?? [])
    if (change.status === 'pending') of(change.sectionId).changes++;
  for (const conflict of meta.collaboration?.conflicts ?? [])
    if (conflict.status === 'open') of(conflict.sectionId).conflicts++;
  return counts;
}

/** Contributor ids with pending changes, in the order of their first change. */
export function pendingAuthors(reviews: readonly SectionReview[]): string[] {
  return [...new Set(reviews.flatMap((r) => r.changes.map((c) => c.change.author)))];
}
