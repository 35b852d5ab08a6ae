import { describe, expect, it } from 'vitest';
import { draftFingerprint } from '../model/fingerprint';
import { FileFormatError, type FileFormatErrorCode } from './file-format-error';
import {
  MAX_NORMDRAFT_BYTES,
  parseNormdraft,
  parseNormdraftBytes,
  readNormdraft,
  serializeNormdraft,
} from './normdraft';
import { exampliaNonPaper } from '../../test/fixtures/examplia';
import { collabDraft, contributionCopy } from '../../test/fixtures/collab-draft';

const NOT_VALID =
  'The file is not a valid draft: it was damaged or changed outside Norms Drafter. Open an earlier copy of it, or a backup.';

function failure(run: () => unknown): { code: FileFormatErrorCode; message: string; detail?: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof FileFormatError)
      return {
        code: error.code,
        message: error.message,
        ...(error.detail === undefined ? {} : { detail: error.detail }),
      };
    throw error;
  }
  throw new Error('expected a FileFormatError');
}

const valid = () => serializeNormdraft(exampliaNonPaper());
const envelope = () => JSON.parse(valid()) as Record<string, unknown> & { draft: Record<string, unknown> };

describe('.normdraft', () => {
  it('round-trips a draft unchanged', () => {
    expect(parseNormdraft(valid())).toEqual(exampliaNonPaper());
    expect(JSON.parse(valid())).toMatchObject({ format: 'norms-drafter', version: 2 });
  });

  it('refuses to write an invalid draft', () => {
    expect(
      failure(() =>
        serializeNormdraft({ ...exampliaNonPaper(), fields: { ...exampliaNonPaper().fields, date: 'tomorrow' } }),
      ),
    ).toMatchObject({ code: 'invalid', message: expect.stringContaining('draft.fields.date') });
  });

  it('reports a truncated file as damaged JSON', () => {
    const text = valid();
    expect(failure(() => parseNormdraft(text.slice(0, text.length / 2)))).toMatchObject({
      code: 'not-json',
      message: expect.stringMatching(/^The file is not valid JSON; it may be truncated or damaged/),
    });
    expect(failure(() => parseNormdraft(''))).toMatchObject({ code: 'not-json' });
  });

  it('reports another kind of file and an unsupported version', () => {
    expect(failure(() => parseNormdraft('{"format":"other-app","version":1,"draft":{}}'))).toEqual({
      code: 'wrong-format',
      message: 'This is not a Norms Drafter file (format "other-app", expected "norms-drafter").',
    });
    expect(failure(() => parseNormdraft('[1,2]')).code).toBe('wrong-format');
    expect(failure(() => parseNormdraft(JSON.stringify({ ...envelope(), version: 4 })))).toEqual({
      code: 'unsupported-version',
      message:
        'Format version 4 is not supported; this version of Norms Drafter reads versions 1, 2 and 3. It was probably written by a newer version of Norms Drafter.',
    });
    expect(failure(() => parseNormdraft(JSON.stringify({ ...envelope(), version: '1' }))).code).toBe('invalid');
  });

  it('refuses a 50 MB string before parsing it', () => {
    const huge = `{"format":"norms-drafter","version":1,"draft":{"title":"${'x'.repeat(50 * 1024 * 1024)}"}}`;
    expect(failure(() => parseNormdraft(huge))).toMatchObject({
      code: 'too-large',
      message: expect.stringContaining(`at most ${MAX_NORMDRAFT_BYTES / (1024 * 1024)} MB`),
    });
    expect(failure(() => parseNormdraftBytes(new Uint8Array(MAX_NORMDRAFT_BYTES + 1))).code).toBe('too-large');
  });

  it('refuses an oversized string inside the size cap by the schema', () => {
    const file = envelope();
    (file.draft.fields as Record<string, string>).title = 'x'.repeat(2 * 1024 * 1024);
    expect(failure(() => parseNormdraft(JSON.stringify(file)))).toMatchObject({
      code: 'invalid',
      message: NOT_VALID,
      detail: expect.stringMatching(/^draft\.fields\.title: Too big/),
    });
  });

  it('refuses prototype keys wherever they are', () => {
    const atTop = valid().replace('{"format"', '{"__proto__":{"polluted":true},"format"');
    expect(failure(() => parseNormdraft(atTop))).toEqual({
      code: 'invalid',
      message: NOT_VALID,
      detail: 'forbidden key "__proto__" at (top level)',
    });
    const inContent = valid().replace('"type":"root"', '"constructor":{"prototype":{}},"type":"root"');
    expect(failure(() => parseNormdraft(inContent)).detail).toMatch(
      /forbidden key "constructor" at draft\.sections\[0\]\.content\.root/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('tells users in plain words what is wrong and what to do, keeping the path of wrong types and unknown keys for developers', () => {
    const wrongType = envelope();
    (wrongType.draft.sections as Record<string, unknown>[])[4]!.status = 'done';
    expect(failure(() => parseNormdraft(JSON.stringify(wrongType)))).toMatchObject({
      message: NOT_VALID,
      detail: expect.stringMatching(/^draft\.sections\[4\]\.status: Invalid option/),
    });
    const unknownKey = envelope();
    unknownKey.draft.machine = 'host-42';
    expect(failure(() => parseNormdraft(JSON.stringify(unknownKey))).detail).toBe('draft: Unrecognized key: "machine"');
    expect(failure(() => parseNormdraft(JSON.stringify({ ...envelope(), savedBy: 'x' }))).detail).toMatch(
      /unrecognized key "savedBy"/,
    );
  });

  it('refuses absurdly deep nesting without overflowing the stack', () => {
    const deep = `{"format":"norms-drafter","version":1,"draft":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(failure(() => parseNormdraft(deep)).detail).toMatch(/nesting too deep/);
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(failure(() => parseNormdraftBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))).toMatchObject({
      code: 'not-json',
      message: expect.stringContaining('not UTF-8'),
    });
  });

  it('writes nothing machine-specific: only the draft the user wrote', () => {
    expect(Object.keys(envelope()).sort()).toEqual(['draft', 'format', 'lineage', 'version']);
  });
});

describe('.normdraft lineage', () => {
  it('records which draft the file is and the state it was saved from', () => {
    const draft = exampliaNonPaper();
    expect(readNormdraft(valid())).toEqual({ draft, lineage: { draftId: draft.id, base: draftFingerprint(draft) } });
    const copied = serializeNormdraft({ ...draft, id: 'copy-1' }, { draftId: draft.id, base: draftFingerprint(draft) });
    expect(readNormdraft(copied).lineage).toEqual({ draftId: draft.id, base: draftFingerprint(draft) });
  });

  it('still opens a file written before lineage was kept', () => {
    const { lineage: _lineage, ...older }: Record<string, unknown> = { ...envelope(), version: 1 };
    expect(readNormdraft(JSON.stringify(older))).toEqual({ draft: exampliaNonPaper(), lineage: null });
    // A version 1 file never had a lineage: one that claims it was changed outside the app.
    expect(failure(() => parseNormdraft(JSON.stringify({ ...envelope(), version: 1 })))).toMatchObject({
      code: 'invalid',
      message: NOT_VALID,
    });
  });

  it('refuses a damaged or missing lineage in plain words', () => {
    const { lineage: _lineage, ...without }: Record<string, unknown> = envelope();
    expect(failure(() => parseNormdraft(JSON.stringify(without)))).toMatchObject({
      code: 'invalid',
      message: NOT_VALID,
    });
    expect(
      failure(() =>
        parseNormdraft(JSON.stringify({ ...envelope(), lineage: { draftId: 'x', base: 'not a fingerprint' } })),
      ),
    ).toMatchObject({ code: 'invalid', message: NOT_VALID, detail: expect.stringContaining('lineage.base') });
    expect(
      failure(() => serializeNormdraft(exampliaNonPaper(), { draftId: '../x', base: '0123456789abcdef' })),
    ).toMatchObject({ code: 'invalid' });
  });
});

describe('.normdraft with collaboration data (version 3)', () => {
  it('writes a contribution ticket as its own block beside the draft and reads it back onto the draft', () => {
    const copy = contributionCopy();
    const text = serializeNormdraft(copy);
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(file.version).toBe(3);
    expect(Object.keys(file)).toEqual(['format', 'version', 'draft', 'lineage', 'contribution']);
    expect('contribution' in (file.draft as object)).toBe(false);
    expect(readNormdraft(text).draft).toEqual(copy);
  });

  it('keeps a lead draft with contributors, merges and clearance, and still writes version 2 for a plain draft', () => {
    const lead = collabDraft();
    expect(readNormdraft(serializeNormdraft(lead)).draft).toEqual(lead);
    const { collaboration: _c, clearance: _cl, ...plain } = lead;
    expect((JSON.parse(serializeNormdraft(plain)) as { version: number }).version).toBe(2);
  });

  it('refuses a damaged contribution block with the usual message, and a contribution block in a version 2 file', () => {
    const file = JSON.parse(serializeNormdraft(contributionCopy())) as { contribution: { sections: unknown } };
    file.contribution.sections = 'norm-g';
    expect(failure(() => readNormdraft(JSON.stringify(file))).code).toBe('invalid');
    expect(failure(() => readNormdraft(JSON.stringify({ ...file, version: 2 }))).code).toBe('invalid');
  });
});
