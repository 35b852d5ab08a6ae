// What an import found and did, for the report screen and the CLI. Codes and parameters only:
// the UI words them through the `import` namespace (report.*, warning.*), the CLI in English.
import type { NormLetter, SectionKind, SubmitterKind } from '../model/draft';
import type { Language } from '../model/languages';
import { PLACEMENT_NOTE_CODES, type ImportWarning } from './warnings';
import type { UnplacedReason } from './map/place';
import type { ImportReviewSummary } from './docx/tracked-changes';

export type ImportFormat = 'docx' | 'markdown' | 'text' | 'pdf';

export interface PlacedSectionReport {
  /** The draft section's id. */
  id: string;
  kind: SectionKind;
  norm: NormLetter | null;
  /** The section heading in the draft. */
  heading: string;
  /** The heading the content had in the document ("" for the title block). */
  sourceHeading: string;
  words: number;
  footnotes: number;
}

export interface UnplacedBlockReport {
  /** Position of the block among the "Unplaced content" section's top-level blocks. */
  index: number;
  /** The block's first characters. */
  preview: string;
  reason: UnplacedReason;
  /** The document heading the block stood under, if any. */
  heading: string;
}

export interface ImportReport {
  format: ImportFormat;
  /** The template used, and whether it was chosen from the document or by the caller. */
  templateId: string;
  templateDetected: boolean;
  submitterKind: SubmitterKind;
  language: Language;
  /** False when the submitter was not found and a placeholder was used. */
  submitterFound: boolean;
  normsFound: NormLetter[];
  normsMissing: NormLetter[];
  footnotesKept: number;
  sections: PlacedSectionReport[];
  /** Id of the "Unplaced content" section, or null when everything was placed. */
  unplacedSectionId: string | null;
  unplaced: UnplacedBlockReport[];
  warnings: ImportWarning[];
  /** A Word file's tracked changes and comments, and whether the changes were taken; absent when it had none. */
  review?: ImportReviewSummary;
}

/**
 * How the placing went: "all" only when nothing is unplaced and nothing was guessed, moved,
 * joined or given a section of its own; "with-notes" when all is in a section but the notes list
 * such changes; "unplaced" when blocks wait in the "Unplaced content" section.
 */
export function placingOutcome(report: Pick<ImportReport, 'unplaced' | 'warnings'>): 'all' | 'with-notes' | 'unplaced' {
  if (report.unplaced.length > 0) return 'unplaced';
  return report.warnings.some((warning) => PLACEMENT_NOTE_CODES.includes(warning.code)) ? 'with-notes' : 'all';
}
