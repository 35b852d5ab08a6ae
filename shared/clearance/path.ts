// A draft's clearance path: the steps a section passes (Drafting, Legal review, …), as the user
// defines them. Pure edits that return a new Clearance or say why they cannot be made, so the
// panel, the CLI and tests share one set of rules.
import type { Clearance, ClearanceStep } from '../collab/model';
import type { Draft } from '../model/draft';
import { COLLAB_LIMITS } from '../collab/schema';
import { DRAFT_LIMITS } from '../model/section-schema';

/** The built-in steps, in the default order; their names come from the UI language. */
export const BUILT_IN_STEPS = ['drafting', 'legal-review', 'policy-clearance', 'final'] as const;
export type BuiltInStepId = (typeof BUILT_IN_STEPS)[number];

export const isBuiltInStep = (id: string): id is BuiltInStepId => (BUILT_IN_STEPS as readonly string[]).includes(id);

export function defaultClearance(): Clearance {
  return { steps: BUILT_IN_STEPS.map((id) => ({ id, name: '' })), records: [] };
}

/** The draft's clearance, or the default path with nothing cleared yet. */
export function clearanceOf(draft: Pick<Draft, 'clearance'>): Clearance {
  return draft.clearance ?? defaultClearance();
}

/** Why a change to the path was refused (each has a message in the UI). */
export type PathError =
  | 'empty-name'
  | 'name-too-long'
  | 'duplicate-name'
  | 'too-many-steps'
  | 'unknown-step'
  | 'step-has-records'
  | 'last-step';

export type PathResult = { ok: true; clearance: Clearance } | { ok: false; error: PathError };

const refuse = (error: PathError): PathResult => ({ ok: false, error });
const fold = (name: string) => name.trim().toLocaleLowerCase();

/**
 * Checks a typed step name. `shownName` gives each existing step's name as the user sees it
 * (built-in steps in the UI language), so "Legal review" cannot be added twice.
 */
function checkName(
  clearance: Clearance,
  name: string,
  shownName: (step: ClearanceStep) => string,
  except?: string,
): PathError | null {
  const trimmed = name.trim();
  if (!trimmed) return 'empty-name';
  if (trimmed.length > DRAFT_LIMITS.nameChars) return 'name-too-long';
  if (clearance.steps.some((step) => step.id !== except && fold(shownName(step)) === fold(trimmed)))
    return 'duplicate-name';
  return null;
}

export function addStep(
  clearance: Clearance,
  name: string,
  id: string,
  shownName: (step: ClearanceStep) => string,
): PathResult {
  if (clearance.steps.length >= COLLAB_LIMITS.clearanceSteps) return refuse('too-many-steps');
  const error = checkName(clearance, name, shownName);
  if (error) return refuse(error);
  return { ok: true, clearance: { ...clearance, steps: [...clearance.steps, { id, name: name.trim() }] } };
}

export function renameStep(
  clearance: Clearance,
  stepId: string,
  name: string,
  shownName: (step: ClearanceStep) => string,
): PathResult {
  if (!clearance.steps.some((step) => step.id === stepId)) return refuse('unknown-step');
  const error = checkName(clearance, name, shownName, stepId);
  if (error) return refuse(error);
  const steps = clearance.steps.map((step) => (step.id === stepId ? { ...step, name: name.trim() } : step));
  return { ok: true, clearance: { ...clearance, steps } };
}

/** Moves a step one place earlier (-1) or later (+1); at either end it stays. */
export function moveStep(clearance: Clearance, stepId: string, by: -1 | 1): PathResult {
  const from = clearance.steps.findIndex((step) => step.id === stepId);
  if (from < 0) return refuse('unknown-step');
  const to = Math.min(clearance.steps.length - 1, Math.max(0, from + by));
  const steps = [...clearance.steps];
  const [moved] = steps.splice(from, 1);
  steps.splice(to, 0, moved!);
  return { ok: true, clearance: { ...clearance, steps } };
}

/** Removes a step nobody has cleared a section at: records are never dropped with their step. */
export function removeStep(clearance: Clearance, stepId: string): PathResult {
  if (!clearance.steps.some((step) => step.id === stepId)) return refuse('unknown-step');
  if (clearance.records.some((record) => record.stepId === stepId)) return refuse('step-has-records');
  if (clearance.steps.length === 1) return refuse('last-step');
  return { ok: true, clearance: { ...clearance, steps: clearance.steps.filter((step) => step.id !== stepId) } };
}
