import { describe, expect, it } from 'vitest';
import type { Clearance } from '../collab/model';
import { MARK_KEYS } from '../collab/marks';
import { bold, doc, note, para } from '../../test/fixtures/content';
import { defaultClearance } from './path';
import { changedSinceCleared, clearSection, diffSinceCleared, latestRecord, sectionSteps } from './records';

const cleared = doc(para('Examplia protects its ', bold('critical'), ' infrastructure.', note('Act 12 of 2024.')));

function clearAt(clearance: Clearance, stepId: string, by: string, at: number, content = cleared): Clearance {
  const result = clearSection(clearance, { sectionId: 'norm-g', stepId, by, at, versionId: `v-${at}`, content });
  if (!result.ok) throw new Error(result.error);
  return result.clearance;
}

describe('clearing a section', () => {
  it('records who cleared it at which step, when, the version and the text as cleared', () => {
    const clearance = clearAt(defaultClearance(), 'legal-review', '  Ama Tarrow ', 10);
    expect(clearance.records).toEqual([
      { sectionId: 'norm-g', stepId: 'legal-review', by: 'Ama Tarrow', at: 10, versionId: 'v-10', content: cleared },
    ]);
    const steps = sectionSteps(clearance, 'norm-g');
    expect(steps.map((s) => [s.step.id, s.record?.by])).toEqual([
      ['drafting', undefined],
      ['legal-review', 'Ama Tarrow'],
      ['policy-clearance', undefined],
      ['final', undefined],
    ]);
    expect(sectionSteps(clearance, 'norm-h').every((s) => s.record === undefined)).toBe(true);
  });

  it('needs a name and a step of the path', () => {
    const base = { sectionId: 'norm-g', at: 1, versionId: null, content: cleared };
    expect(clearSection(defaultClearance(), { ...base, stepId: 'final', by: ' ' })).toEqual({
      ok: false,
      error: 'no-name',
    });
    expect(clearSection(defaultClearance(), { ...base, stepId: 'gone', by: 'A' })).toEqual({
      ok: false,
      error: 'unknown-step',
    });
  });

  it('keeps the latest clearance per step and overall', () => {
    let clearance = clearAt(defaultClearance(), 'drafting', 'B. Lund', 1);
    clearance = clearAt(clearance, 'legal-review', 'Ama Tarrow', 5);
    clearance = clearAt(clearance, 'drafting', 'C. Ode', 7);
    expect(latestRecord(clearance, 'norm-g')?.by).toBe('C. Ode');
    expect(sectionSteps(clearance, 'norm-g')[0]?.record?.by).toBe('C. Ode');
  });

  it('keeps the cleared text without review marks', () => {
    const marked = doc({ ...para('Examplia protects.'), $: { [MARK_KEYS.by]: 'cert' } });
    const clearance = clearAt(defaultClearance(), 'final', 'A', 1, marked);
    expect(JSON.stringify(clearance.records[0]?.content)).not.toContain('collab:');
  });
});

describe('changed since cleared', () => {
  const clearance = clearAt(defaultClearance(), 'legal-review', 'Ama Tarrow', 10);

  it('is false for the text as cleared, also with review marks added, and for a section never cleared', () => {
    expect(changedSinceCleared(clearance, 'norm-g', cleared)).toBe(false);
    const marked = doc({ ...cleared.root.children[0]!, $: { [MARK_KEYS.by]: 'lead' } } as never);
    expect(changedSinceCleared(clearance, 'norm-g', marked)).toBe(false);
    expect(changedSinceCleared(clearance, 'norm-h', doc(para('Anything')))).toBe(false);
  });

  it('is true when a word, its formatting or a footnote changed, and the diff shows what', () => {
    const edited = doc(
      para('Examplia protects its ', bold('critical'), ' energy infrastructure.', note('Act 12 of 2024.')),
    );
    expect(changedSinceCleared(clearance, 'norm-g', edited)).toBe(true);
    expect(
      changedSinceCleared(
        clearance,
        'norm-g',
        doc(para('Examplia protects its critical infrastructure.', note('Act 12 of 2024.'))),
      ),
    ).toBe(true);
    expect(
      changedSinceCleared(
        clearance,
        'norm-g',
        doc(para('Examplia protects its ', bold('critical'), ' infrastructure.', note('Act 13.'))),
      ),
    ).toBe(true);
    const diff = diffSinceCleared(clearance.records[0]!, edited);
    expect(diff.added).toBe(1);
    expect(
      diff.blocks[0]?.pieces
        .filter((p) => p.kind === 'added')
        .map((p) => p.token.kind === 'text' && p.token.text)
        .join(''),
    ).toContain('energy');
  });
});
