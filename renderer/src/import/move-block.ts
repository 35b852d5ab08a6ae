// Moving a block the import could not place (from the "Unplaced content" section) to the section
// where the user says it belongs, before the draft is saved. Blocks keep their footnotes; the
// report's list of unplaced blocks shrinks, and the Unplaced section goes once it is empty.
import type { ImportReport } from '../../../shared/import';
import type { Draft, Section } from '../../../shared/model/draft';
import { countFootnotes } from '../../../shared/model/footnotes';
import type { SerializedNode } from '../../../shared/model/lexical-json';
import { suggestedStatus } from '../../../shared/model/status';
import { sectionWordCount } from '../../../shared/model/words';

export interface ImportOutcome {
  draft: Draft;
  report: ImportReport;
}

function isEmptyParagraph(node: SerializedNode): boolean {
  return node.type === 'paragraph' && node.children.every((child) => child.type === 'text' && child.text.trim() === '');
}

function withChildren(section: Section, children: SerializedNode[]): Section {
  const content = { ...section.content, root: { ...section.content.root, children } };
  return { ...section, content, status: suggestedStatus({ status: section.status, content }) };
}

/** Sections a block can be moved to: every section but the Unplaced one. */
export function moveTargets(outcome: ImportOutcome): Section[] {
  return outcome.draft.sections.filter((s) => s.id !== outcome.report.unplacedSectionId);
}

/** Moves report.unplaced[position] to the end of section `targetId`; the outcome is unchanged if either is unknown. */
export function moveUnplacedBlock(outcome: ImportOutcome, position: number, targetId: string): ImportOutcome {
  const { draft, report } = outcome;
  const entry = report.unplaced[position];
  const source = draft.sections.find((s) => s.id === report.unplacedSectionId);
  const target = draft.sections.find((s) => s.id === targetId);
  if (!entry || !source || !target || target === source) return outcome;

  const children = source.content.root.children;
  // A block spans from its index to the next block's (it may have been written as several nodes).
  const end = Math.min(...report.unplaced.map((u) => u.index).filter((i) => i > entry.index), children.length);
  const moved = children.slice(entry.index, end);
  const remaining = [...children.slice(0, entry.index), ...children.slice(end)];
  const kept = [...target.content.root.children];
  while (kept.length > 0 && isEmptyParagraph(kept.at(-1)!)) kept.pop();
  const nextTarget = withChildren(target, [...kept, ...moved]);

  const unplaced = report.unplaced
    .filter((_, i) => i !== position)
    .map((u) => (u.index > entry.index ? { ...u, index: u.index - moved.length } : u));
  const emptied = unplaced.length === 0 && remaining.every(isEmptyParagraph);
  const sections = draft.sections
    .filter((s) => !(emptied && s === source))
    .map((s) => (s === target ? nextTarget : s === source ? withChildren(source, remaining) : s));
  const sectionReports = report.sections.map((s) =>
    s.id === targetId
      ? { ...s, words: sectionWordCount(nextTarget.content), footnotes: countFootnotes(nextTarget.content) }
      : s,
  );
  return {
    draft: { ...draft, sections },
    report: {
      ...report,
      unplaced,
      sections: sectionReports,
      unplacedSectionId: emptied ? null : report.unplacedSectionId,
    },
  };
}
