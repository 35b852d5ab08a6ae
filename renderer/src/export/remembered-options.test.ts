import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultExportOptions } from '../../../shared/docx';
import type { Draft } from '../../../shared/model/draft';
import { paragraphState } from '../../../shared/model/empty';
import { DrafterDb } from '../storage/db';
import { DraftRepository } from '../storage/repository';
import { loadExportOptions, rememberExportOptions } from './remembered-options';
import { SAMPLE_DRAFT_FIELDS } from '../../../test/fixtures/sample-draft';

let db: DrafterDb;
let repo: DraftRepository;

const draft = (id: string): Draft => ({
  id,
  ...SAMPLE_DRAFT_FIELDS,
  updatedAt: 1,
  sections: [
    { id: 'norm-a', kind: 'norm', norm: 'a', heading: 'Cooperation', status: 'empty', content: paragraphState([]) },
  ],
});

beforeEach(async () => {
  db = new DrafterDb(`export-options-${Math.random()}`);
  repo = new DraftRepository(db, { now: () => 2, newId: () => 'x' });
  await repo.add(draft('d1'));
  await repo.add(draft('d2'));
});
afterEach(async () => {
  await db.delete();
});

describe('export options remembered per draft', () => {
  it('starts from the defaults and gives back what was chosen for that draft only', async () => {
    expect(await loadExportOptions(repo, 'd1')).toEqual(defaultExportOptions());
    const chosen = {
      includeEmptySections: true,
      headingForm: 'short',
      headerLine: 'Unclassified',
      authorMode: 'empty',
      timestamps: 'omit',
    } as const;
    await rememberExportOptions(repo, 'd1', chosen);
    expect(await loadExportOptions(repo, 'd1')).toEqual(chosen);
    expect(await loadExportOptions(repo, 'd2')).toEqual(defaultExportOptions());
  });

  it('stores a tidy header line and reads damaged values field by field', async () => {
    const stored = await rememberExportOptions(repo, 'd1', {
      ...defaultExportOptions(),
      headerLine: '  Non-paper \n draft ',
    });
    expect(stored.headerLine).toBe('Non-paper draft');
    await repo.setExportOptions('d1', { headingForm: 'shouting', headerLine: 42, includeEmptySections: true });
    expect(await loadExportOptions(repo, 'd1')).toEqual({ ...defaultExportOptions(), includeEmptySections: true });
  });

  it('falls back to the defaults when the draft cannot be read', async () => {
    expect(await loadExportOptions(repo, 'missing')).toEqual(defaultExportOptions());
  });
});
