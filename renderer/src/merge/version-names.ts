// The names of the versions a merge takes: before it ("Before merging contributions from A, B")
// and after it, with who contributed what ("Merged: A (Norm 7), B (Norm 8, Executive summary)").
import type { ContributionOutcome } from '../../../shared/merge/merge-draft';
import type { Section } from '../../../shared/model/draft';
import { shortVersionName } from '../versions/store';

export interface VersionNameTexts {
  /** The translated name, given the list of people already joined. */
  before(list: string): string;
  merged(list: string): string;
  /** A section as the UI names it briefly ("Norm 7", "Executive summary"). */
  section(section: Pick<Section, 'kind' | 'norm' | 'heading'>): string;
  /** Joins names in the UI language ("A, B"). */
  join(items: string[]): string;
}

const merged = (outcomes: readonly ContributionOutcome[]) => outcomes.filter((o) => o.status === 'merged');

const nameOf = (outcome: ContributionOutcome) => outcome.contributor?.name.trim() || outcome.source;

export function beforeMergeName(outcomes: readonly ContributionOutcome[], texts: VersionNameTexts): string {
  return shortVersionName(texts.before(texts.join([...new Set(merged(outcomes).map(nameOf))])));
}

/** `sections`: the merged draft's, whose kinds name the sections without a heading. */
export function mergedName(
  outcomes: readonly ContributionOutcome[],
  sections: readonly Section[],
  texts: VersionNameTexts,
): string {
  const kindOf = (id: string) => sections.find((s) => s.id === id)?.kind ?? 'other';
  const parts = merged(outcomes).map((outcome) => {
    const sections = outcome.sections
      .filter((s) => s.applied + s.conflicts > 0)
      .map((s) => texts.section({ kind: kindOf(s.id), norm: s.norm, heading: s.heading }));
    return sections.length > 0 ? `${nameOf(outcome)} (${texts.join(sections)})` : nameOf(outcome);
  });
  return shortVersionName(texts.merged(texts.join(parts)));
}
