import { describe, expect, it } from 'vitest';
import { serializeNormdraft } from '../format/normdraft';
import type { Draft } from '../model/draft';
import { paragraphState } from '../model/empty';
import { FileFormatError } from '../format/file-format-error';
import { MAX_LIBRARY_BYTES, parseRestoreFile, serializeLibrary } from './library-bundle';

const draft = (id: string, text: string): Draft => ({
  id,
  templateId: 'norms-only',
  fields: {
    title: `Draft ${id}`,
    submitter: 'Examplia Digital Rights Forum',
    issuingBody: '',
    forum: 'OEWG',
    date: '2026-05-12',
  },
  submitterKind: 'stakeholder',
  language: 'fr',
  createdAt: 1,
  updatedAt: 2,
  sections: [
    { id: 'norm-a', kind: 'norm', norm: 'a', heading: 'a', status: 'drafting', content: paragraphState([text]) },
  ],
});
const encode = (text: string) => new TextEncoder().encode(text);
const library = () =>
  serializeLibrary(
    [
      { draft: draft('d1', 'Premier projet.'), trashed: false },
      { draft: draft('d2', 'Dans la corbeille.'), trashed: true },
    ],
    1_000,
  );

function refusal(bytes: Uint8Array): FileFormatError {
  try {
    parseRestoreFile(bytes);
  } catch (error) {
    if (error instanceof FileFormatError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('library bundle', () => {
  it('round-trips every draft with its trash flag', () => {
    const file = parseRestoreFile(encode(library()));
    expect(file.kind).toBe('library');
    if (file.kind !== 'library') return;
    expect(file.bundle.exportedAt).toBe(1_000);
    expect(file.bundle.drafts).toEqual([
      { draft: draft('d1', 'Premier projet.'), trashed: false },
      { draft: draft('d2', 'Dans la corbeille.'), trashed: true },
    ]);
  });

  it("reads a library file written before fields existed, with each draft's details moved into fields", () => {
    const older = JSON.parse(library()) as {
      drafts: { draft: Record<string, unknown> & { fields: Record<string, unknown> } }[];
    };
    for (const entry of older.drafts) {
      Object.assign(entry.draft, entry.draft.fields);
      delete (entry.draft as Record<string, unknown>).fields;
    }
    expect(older.drafts[0]!.draft).toMatchObject({ submitter: 'Examplia Digital Rights Forum', forum: 'OEWG' });
    const file = parseRestoreFile(encode(JSON.stringify(older)));
    expect(file.kind === 'library' && file.bundle.drafts.map((entry) => entry.draft)).toEqual([
      draft('d1', 'Premier projet.'),
      draft('d2', 'Dans la corbeille.'),
    ]);
  });

  it('also reads a single .normdraft file', () => {
    expect(parseRestoreFile(encode(serializeNormdraft(draft('d3', 'Seul.'))))).toEqual({
      kind: 'draft',
      draft: draft('d3', 'Seul.'),
    });
    // A damaged draft file is refused by the draft reader's own error, with where the problem is.
    const damaged = serializeNormdraft(draft('d3', 'Seul.')).replace('"status":"drafting"', '"status":"done"');
    expect(refusal(encode(damaged))).toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('not a valid draft'),
      detail: expect.stringContaining('status'),
    });
  });

  it('refuses to write an invalid draft or the same id twice', () => {
    expect(() => serializeLibrary([{ draft: { ...draft('d1', 'x'), id: '../x' }, trashed: false }], 1)).toThrow(
      FileFormatError,
    );
    expect(() =>
      serializeLibrary(
        [
          { draft: draft('d1', 'x'), trashed: false },
          { draft: draft('d1', 'y'), trashed: false },
        ],
        1,
      ),
    ).toThrow(/Duplicate draft id/);
  });

  it('refuses damaged, foreign, future and hostile files with a reason', () => {
    const good = JSON.parse(library()) as Record<string, unknown>;
    const cases: [string, Uint8Array, string][] = [
      ['truncated', encode(library().slice(0, 200)), 'not-json'],
      ['not UTF-8', new Uint8Array([0xff, 0xfe, 0x00]), 'not-json'],
      ['another JSON file', encode('{"name":"package"}'), 'wrong-format'],
      ['a newer version', encode(JSON.stringify({ ...good, version: 2 })), 'unsupported-version'],
      ['an unknown key', encode(JSON.stringify({ ...good, extra: true })), 'invalid'],
      [
        'a bad draft',
        encode(JSON.stringify({ ...good, drafts: [{ draft: { id: 'd1' }, trashed: false }] })),
        'invalid',
      ],
      ['a prototype key', encode(library().replace('"exportedAt"', '"__proto__":{"x":1},"exportedAt"')), 'invalid'],
      ['too large', new Uint8Array(MAX_LIBRARY_BYTES + 1), 'too-large'],
    ];
    for (const [label, bytes, code] of cases) expect(refusal(bytes).code, label).toBe(code);
    expect(refusal(encode(JSON.stringify({ ...good, version: 2 }))).message).toMatch(/newer version/);
  });
});
