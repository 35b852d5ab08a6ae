// Message keys (namespace `import`) for the import's codes, one family each, so every key the
// report and the dialog can show is listed here and checked against the English texts.
import { IMPORT_ERROR_CODES, type ImportErrorCode } from '../../../shared/import/errors';
import type { ImportFormat } from '../../../shared/import/report';
import { IMPORT_WARNING_CODES, type ImportWarningCode } from '../../../shared/import/warnings';
import type { UnplacedReason } from '../../../shared/import/map/place';
import type { ImportFailureCode } from './protocol';

const byCode = <C extends string>(codes: readonly C[], prefix: string) =>
  Object.fromEntries(codes.map((code) => [code, `${prefix}.${code}`])) as Record<C, string>;

/** An import error by its code; a worker that stopped, or an unexpected error, is told as "stopped". */
export const IMPORT_ERROR_KEYS: Record<ImportFailureCode | 'stopped', string> = {
  ...byCode<ImportErrorCode>(IMPORT_ERROR_CODES, 'error'),
  stopped: 'error.stopped',
  unexpected: 'error.stopped',
};

export const WARNING_KEYS: Record<ImportWarningCode, string> = byCode(IMPORT_WARNING_CODES, 'warning');

export const UNPLACED_REASON_KEYS: Record<UnplacedReason, string> = {
  'before-first-heading': 'report.unplacedReason.before-first-heading',
  'no-matching-section': 'report.unplacedReason.no-matching-section',
  annex: 'report.unplacedReason.annex',
  'unreferenced-footnote': 'report.unplacedReason.unreferenced-footnote',
};

export const FORMAT_KEYS: Record<ImportFormat, string> = {
  docx: 'report.formatName.docx',
  markdown: 'report.formatName.markdown',
  text: 'report.formatName.text',
  pdf: 'report.formatName.pdf',
};

/** The step the importer is at, by its progress (see shared/import/index.ts for the fractions). */
export const PROGRESS_STEP_KEYS = {
  reading: 'progress.reading',
  checking: 'progress.checking',
  converting: 'progress.converting',
  mapping: 'progress.mapping',
  done: 'progress.done',
} as const;

export function progressStep(fraction: number): keyof typeof PROGRESS_STEP_KEYS {
  if (fraction < 0.05) return 'reading';
  if (fraction < 0.4) return 'checking';
  if (fraction < 0.85) return 'converting';
  return fraction < 1 ? 'mapping' : 'done';
}
