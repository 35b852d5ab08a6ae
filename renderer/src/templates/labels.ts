// Literal i18n keys for values that come from data, so every key used can be found in the
// source and checked against locales/ (namespace `draft`).
import type { SectionKind, SectionStatus } from '../../../shared/model/draft';
import type { SaveFailureReason } from '../storage/errors';
import type { ChecklistStatus } from '../../../shared/model/section-fields';

export const STATUS_KEYS = {
  empty: 'status.empty',
  drafting: 'status.drafting',
  review: 'status.review',
  final: 'status.final',
  update: 'status.update',
} as const satisfies Record<SectionStatus, string>;

export const SAVE_REASON_KEYS = {
  quota: 'save.reason.quota',
  unavailable: 'save.reason.unavailable',
  invalid: 'save.reason.invalid',
  missing: 'save.reason.missing',
  conflict: 'save.reason.conflict',
  unknown: 'save.reason.unknown',
} as const satisfies Record<SaveFailureReason, string>;

/** Fallback names for sections whose heading is empty. */
export const KIND_KEYS = {
  title: 'kind.title',
  summary: 'kind.summary',
  approach: 'kind.approach',
  norm: 'kind.norm',
  general: 'kind.general',
  closing: 'kind.closing',
  other: 'kind.other',
} as const satisfies Record<SectionKind, string>;

/** A checklist item's status (namespace `templates`: the Word export writes the same words). */
export const CHECKLIST_STATUS_KEYS = {
  notStarted: 'checklist.status.notStarted',
  inProgress: 'checklist.status.inProgress',
  implemented: 'checklist.status.implemented',
  notApplicable: 'checklist.status.notApplicable',
} as const satisfies Record<ChecklistStatus, string>;
