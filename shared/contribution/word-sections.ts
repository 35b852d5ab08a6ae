// Finds the asked sections in a returned contribution's document part: each starts at its
// bookmark on the section's bar (word-out.ts), or at its heading line when the bar was deleted
// or another program dropped the bookmark (shared/word-file/section-cuts.ts).
import { findSections, type FoundSection } from '../word-file/section-cuts';
import { ALL_BAR_TEXTS } from './word-texts';
import type { WordSectionMarker } from './word-ticket';

export type { FoundSection };

export class SectionNotFound extends Error {
  constructor(readonly marker: WordSectionMarker) {
    super(`section ${marker.id} not found`);
  }
}

/** The asked sections of `markers`, in the order of `markers`; throws SectionNotFound for one that is not there. */
export function findAskedSections(
  documentXml: string,
  markers: readonly WordSectionMarker[],
): Array<FoundSection<WordSectionMarker>> {
  const found = findSections(documentXml, markers, { bars: ALL_BAR_TEXTS, markOnOwnParagraph: true }, (m) => m.asked);
  return markers.flatMap((marker, index) => {
    const section = found[index];
    if (section) return [section];
    if (marker.asked) throw new SectionNotFound(marker);
    return [];
  });
}
