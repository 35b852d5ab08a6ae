// Per section, what collaboration left in it: open conflicts, and the contributors whose changes
// it holds (from the merge's change records and the blocks' author marks). `info --json` prints it.
import { readMark } from '../collab/marks';
import { LEAD_AUTHOR } from '../collab/model';
import type { Draft } from '../model/draft';
import type { SerializedNode } from '../model/lexical-json';

export interface SectionCollaboration {
  conflicts: number;
  /** Names of the contributors, in the order they were added to the draft. */
  contributors: string[];
}

function authorsIn(nodes: readonly SerializedNode[], into: Set<string>): void {
  for (const node of nodes) {
    const by = readMark(node, 'by');
    if (by !== undefined && by !== LEAD_AUTHOR) into.add(by);
    if (node.type === 'list' || node.type === 'listitem') authorsIn(node.children, into);
  }
}

export function sectionCollaboration(draft: Draft, sectionId: string): SectionCollaboration {
  const collaboration = draft.collaboration;
  const section = draft.sections.find((s) => s.id === sectionId);
  if (!collaboration || !section) return { conflicts: 0, contributors: [] };
  const ids = new Set<string>();
  authorsIn(section.content.root.children, ids);
  for (const change of collaboration.changes)
    if (change.sectionId === sectionId && change.status !== 'rejected') ids.add(change.author);
  const known = collaboration.contributors.filter((c) => ids.has(c.id));
  const unknown = [...ids].filter((id) => !known.some((c) => c.id === id));
  return {
    conflicts: collaboration.conflicts.filter((c) => c.sectionId === sectionId && c.status === 'open').length,
    contributors: [...known.map((c) => c.name), ...unknown],
  };
}
