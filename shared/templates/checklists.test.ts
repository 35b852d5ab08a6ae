import { describe, expect, it } from 'vitest';
import shipped from '../../templates/checklists/practical-actions.json';
import { NORM_LETTERS } from '../model/draft';
import { checklistFileSchema, normChecklist } from './checklists';

describe('practical-action checklists', () => {
  it('ships a list for all 11 norms that names itself as written for this app', () => {
    const file = checklistFileSchema.parse(shipped);
    expect(file.source.kind).toBe('written-for-this-app');
    for (const norm of NORM_LETTERS) expect(file.norms[norm]?.length ?? 0).toBeGreaterThanOrEqual(3);
    const ids = Object.values(file.norms).flatMap((items) => items.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('takes an official list quoted as published, naming its source, with no code', () => {
    const official = checklistFileSchema.parse({
      id: 'official-actions',
      version: 1,
      source: { kind: 'official', title: 'Checklist published by a working group', reference: 'A/00/000' },
      labelKey: 'checklist.practicalActions',
      norms: { g: [{ id: 'g1', text: 'Identify the critical infrastructure of the State.' }] },
    });
    const field = normChecklist('official', official, 'g');
    expect(field?.items).toEqual([
      {
        id: 'g1',
        text: 'Identify the critical infrastructure of the State.',
        status: 'notStarted',
        leadAgency: '',
        evidence: '',
        note: '',
        internal: false,
      },
    ]);
    expect(normChecklist('official', official, 'a')).toBeNull();
  });

  it('refuses an item with neither a text nor a text key, and an unnamed source', () => {
    const base = { id: 'x', version: 1, labelKey: 'checklist.practicalActions' };
    expect(
      checklistFileSchema.safeParse({
        ...base,
        source: { kind: 'official', title: 'T', reference: '' },
        norms: { a: [{ id: 'a1' }] },
      }).success,
    ).toBe(false);
    expect(checklistFileSchema.safeParse({ ...base, source: { kind: 'official' }, norms: {} }).success).toBe(false);
  });
});
