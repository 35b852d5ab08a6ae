// Literal i18n keys (namespace `draft`) for values that come from data: the built-in steps'
// names and the reasons a change to the clearance is refused.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClearanceStep } from '../../../shared/collab/model';
import type { BuiltInStepId, PathError } from '../../../shared/clearance/path';
import { isBuiltInStep } from '../../../shared/clearance/path';
import type { ClearError } from '../../../shared/clearance/records';

export const STEP_KEYS = {
  drafting: 'clearance.step.drafting',
  'legal-review': 'clearance.step.legalReview',
  'policy-clearance': 'clearance.step.policyClearance',
  final: 'clearance.step.final',
} as const satisfies Record<BuiltInStepId, string>;

export const PATH_ERROR_KEYS = {
  'empty-name': 'clearance.pathError.emptyName',
  'name-too-long': 'clearance.pathError.nameTooLong',
  'duplicate-name': 'clearance.pathError.duplicateName',
  'too-many-steps': 'clearance.pathError.tooManySteps',
  'unknown-step': 'clearance.pathError.unknownStep',
  'step-has-records': 'clearance.pathError.stepHasRecords',
  'last-step': 'clearance.pathError.lastStep',
} as const satisfies Record<PathError, string>;

export const CLEAR_ERROR_KEYS = {
  'no-name': 'clearance.error.noName',
  'name-too-long': 'clearance.error.nameTooLong',
  'unknown-step': 'clearance.error.unknownStep',
  'too-many-records': 'clearance.error.tooManyRecords',
} as const satisfies Record<ClearError, string>;

/** A step as the user sees it: the name typed, or a built-in step's name in the UI language. */
export function useStepName(): (step: ClearanceStep) => string {
  const { t } = useTranslation('draft');
  return useCallback((step) => step.name || (isBuiltInStep(step.id) ? t(STEP_KEYS[step.id]) : step.id), [t]);
}
