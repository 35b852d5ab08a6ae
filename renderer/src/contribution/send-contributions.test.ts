// Sending writes one file per chosen contributor and records only what was written: a save the
// user cancelled is not "sent", and a file that cannot be made writes and records nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveFileRequest, SaveFileResult } from '../../../shared/bridge/api';
import type { Contributor } from '../../../shared/collab/model';
import { readNormdraft } from '../../../shared/format/normdraft';
import { sampleDraft, sampleNormSection } from '../../../test/fixtures/sample-draft';
import type { Services } from '../services/context';
import { DrafterDb } from '../storage/db';
import { DraftRepository } from '../storage/repository';
import { sendContributions } from './send-contributions';

const saves = vi.hoisted(() => ({
  requests: [] as SaveFileRequest[],
  answer: (_: SaveFileRequest): SaveFileResult => ({ saved: false }),
}));
vi.mock('../platform', () => ({
  platform: {
    saveFile: async (request: SaveFileRequest) => {
      saves.requests.push(request);
      return saves.answer(request);
    },
  },
  isDesktop: false,
}));
const word = vi.hoisted(() => ({ fail: false }));
vi.mock('../../../shared/contribution/word', () => ({
  contributionDocx: async () => {
    if (word.fail) throw new Error('The Word document could not be made.');
    return new Uint8Array([0x50, 0x4b]);
  },
}));

let db: DrafterDb;
let repository: DraftRepository;
let services: Pick<Services, 'autosaver' | 'editGuard' | 'repository'>;
const texts = { fallbackName: 'Draft', filterName: { normdraft: 'Draft', word: 'Word document' } };

const contributors: Contributor[] = [
  {
    id: 'cert',
    name: 'Quillon Ardent',
    organisation: 'Examplia CERT',
    sections: ['norm-g'],
    request: 'Norm 7.',
    due: '',
  },
  {
    id: 'justice',
    name: 'Orla Penhale',
    organisation: 'Ministry of Justice',
    sections: ['norm-h'],
    request: '',
    due: '2026-12-31',
  },
];

beforeEach(async () => {
  db = new DrafterDb(`send-${Math.random()}`);
  repository = new DraftRepository(db, { now: () => 9_000, newId: () => `version-${Math.random()}` });
  await repository.add(
    sampleDraft({
      id: 'lead',
      title: 'Examplia on the norms',
      submitter: 'Republic of Examplia',
      sections: [sampleNormSection('The grid is protected.', 'g'), sampleNormSection('Requests are answered.', 'h')],
    }),
  );
  services = {
    repository,
    autosaver: { flush: async () => undefined, unsaved: () => new Map() },
    editGuard: { replaceDraft: repository.replaceDraft.bind(repository) },
  } as unknown as typeof services;
  saves.requests = [];
  saves.answer = (request) => ({ saved: true, fileName: request.suggestedName });
  word.fail = false;
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('sendContributions', () => {
  it('writes a .normdraft per contributor with its ticket and records the contributors and what was sent', async () => {
    const result = await sendContributions(
      services,
      'lead',
      contributors,
      ['cert', 'justice'],
      { others: 'read-only', medium: 'normdraft' },
      texts,
    );
    expect(result).toEqual({
      files: ['Examplia on the norms - Quillon Ardent.normdraft', 'Examplia on the norms - Orla Penhale.normdraft'],
      skipped: [],
    });
    const files = saves.requests.map((request) => readNormdraft(new TextDecoder().decode(request.data)).draft);
    expect(files.map((file) => file.contribution!.to.name)).toEqual(['Quillon Ardent', 'Orla Penhale']);
    expect(files.map((file) => file.contribution!.sections)).toEqual([['norm-g'], ['norm-h']]);
    expect(files[1]!.contribution!.due).toBe('2026-12-31');
    const lead = (await repository.get('lead'))!.draft;
    expect(lead.collaboration!.contributors).toEqual(contributors);
    expect(lead.collaboration!.sent.map((s) => [s.contributorId, s.ticketId, s.medium])).toEqual([
      ['cert', files[0]!.contribution!.id, 'normdraft'],
      ['justice', files[1]!.contribution!.id, 'normdraft'],
    ]);
  });

  it('does not record a contribution whose file the user did not save', async () => {
    saves.answer = (request) =>
      request.suggestedName.includes('Orla') ? { saved: false } : { saved: true, fileName: 'cert.normdraft' };
    const result = await sendContributions(
      services,
      'lead',
      contributors,
      ['cert', 'justice'],
      { others: 'omitted', medium: 'normdraft' },
      texts,
    );
    expect(result).toEqual({ files: ['cert.normdraft'], skipped: ['Orla Penhale'] });
    const sent = (await repository.get('lead'))!.draft.collaboration!.sent;
    expect(sent.map((s) => s.contributorId)).toEqual(['cert']);
  });

  it('sends Word documents through the Word contribution writer, and writes and records nothing when it fails', async () => {
    await sendContributions(services, 'lead', contributors, ['cert'], { others: 'read-only', medium: 'word' }, texts);
    expect(saves.requests.map((r) => [r.suggestedName, r.filters[0]!.extensions])).toEqual([
      ['Examplia on the norms - Quillon Ardent.docx', ['docx']],
    ]);
    expect((await repository.get('lead'))!.draft.collaboration!.sent[0]!.medium).toBe('word');

    word.fail = true;
    saves.requests = [];
    const before = (await repository.get('lead'))!.draft;
    await expect(
      sendContributions(
        services,
        'lead',
        contributors,
        ['cert', 'justice'],
        { others: 'read-only', medium: 'word' },
        texts,
      ),
    ).rejects.toThrow('could not be made');
    expect(saves.requests).toEqual([]);
    expect((await repository.get('lead'))!.draft.collaboration).toEqual(before.collaboration);
  });
});
