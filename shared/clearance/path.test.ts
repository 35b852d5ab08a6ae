import { describe, expect, it } from 'vitest';
import type { Clearance, ClearanceStep } from '../collab/model';
import { clearanceSchema } from '../collab/schema';
import { paragraphState } from '../model/empty';
import { addStep, clearanceOf, defaultClearance, moveStep, removeStep, renameStep } from './path';

const NAMES: Record<string, string> = {
  drafting: 'Drafting',
  'legal-review': 'Legal review',
  'policy-clearance': 'Policy clearance',
  final: 'Final',
};
const shown = (step: ClearanceStep) => step.name || NAMES[step.id] || step.id;
const ids = (clearance: Clearance) => clearance.steps.map((step) => step.id);

function ok(result: { ok: true; clearance: Clearance } | { ok: false; error: string }): Clearance {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.clearance;
}

describe('the clearance path', () => {
  it('is Drafting, Legal review, Policy clearance, Final by default, named in the UI language, and valid as stored', () => {
    const clearance = clearanceOf({});
    expect(ids(clearance)).toEqual(['drafting', 'legal-review', 'policy-clearance', 'final']);
    expect(clearance.steps.every((step) => step.name === '')).toBe(true);
    expect(clearanceSchema.safeParse(clearance).success).toBe(true);
  });

  it('takes a new step at the end, renames and reorders steps', () => {
    let clearance = ok(addStep(defaultClearance(), '  Minister’s office ', 'step-1', shown));
    expect(clearance.steps.at(-1)).toEqual({ id: 'step-1', name: 'Minister’s office' });
    clearance = ok(renameStep(clearance, 'legal-review', 'Legal Adviser', shown));
    expect(shown(clearance.steps[1]!)).toBe('Legal Adviser');
    clearance = ok(moveStep(clearance, 'step-1', -1));
    expect(ids(clearance)).toEqual(['drafting', 'legal-review', 'policy-clearance', 'step-1', 'final']);
    expect(ids(ok(moveStep(clearance, 'drafting', -1)))).toEqual(ids(clearance));
  });

  it('refuses an empty or repeated name, saying why', () => {
    expect(addStep(defaultClearance(), '   ', 'x', shown)).toEqual({ ok: false, error: 'empty-name' });
    expect(addStep(defaultClearance(), 'legal REVIEW', 'x', shown)).toEqual({ ok: false, error: 'duplicate-name' });
    expect(renameStep(defaultClearance(), 'final', 'Drafting', shown)).toEqual({ ok: false, error: 'duplicate-name' });
    expect(renameStep(defaultClearance(), 'final', 'x'.repeat(301), shown)).toEqual({
      ok: false,
      error: 'name-too-long',
    });
  });

  it('removes a step nobody cleared at, never one with clearances, nor the last one', () => {
    const cleared: Clearance = {
      ...defaultClearance(),
      records: [
        {
          sectionId: 'norm-g',
          stepId: 'legal-review',
          by: 'A. Tarrow',
          at: 5,
          versionId: null,
          content: paragraphState(['x']),
        },
      ],
    };
    expect(ids(ok(removeStep(cleared, 'policy-clearance')))).toEqual(['drafting', 'legal-review', 'final']);
    expect(removeStep(cleared, 'legal-review')).toEqual({ ok: false, error: 'step-has-records' });
    expect(removeStep({ steps: [{ id: 'final', name: '' }], records: [] }, 'final')).toEqual({
      ok: false,
      error: 'last-step',
    });
    expect(removeStep(cleared, 'nope')).toEqual({ ok: false, error: 'unknown-step' });
  });
});
