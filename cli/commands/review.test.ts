// `review`: a reviewed Word file brought back into its draft, written as a new .normdraft with the
// comments and suggestions; `--json` reports them per section; a file that is not the draft's is
// refused in plain words and no file is written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseNormdraft, serializeNormdraft } from '../../shared/format/normdraft';
import { acceptSuggestions } from '../../shared/review/suggestions';
import {
  exampliaDraft,
  exportOfExamplia,
  LEGAL,
  POLICY,
  reviewAsWordDoes,
} from '../../test/fixtures/reviewed-word-file';
import { runCli } from '../run';
import { captureIo } from '../test-io';

let dir: string;
let draftFile: string;
let reviewed: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'drafter-review-'));
  draftFile = join(dir, 'examplia.normdraft');
  writeFileSync(draftFile, serializeNormdraft(exampliaDraft()));
  reviewed = join(dir, 'reviewed.docx');
  writeFileSync(reviewed, await reviewAsWordDoes(await exportOfExamplia()));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('review', () => {
  it('writes the draft with the review brought back and prints what came back per section as JSON', async () => {
    const output = join(dir, 'with-review.normdraft');
    const result = await cli('review', draftFile, reviewed, '-o', output, '--json');
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out.join('\n'))).toEqual({
      sections: [
        { id: 'norm-c', norm: 3, suggestions: 6, comments: 2, authors: [LEGAL, POLICY] },
        { id: 'norm-h', norm: 8, suggestions: 3, comments: 1, authors: [LEGAL, POLICY] },
      ],
      suggestions: 9,
      comments: 3,
      unmatched: 0,
    });
    const draft = parseNormdraft(readFileSync(output, 'utf8'));
    expect(draft.review!.comments.map((thread) => thread.author)).toEqual([POLICY, LEGAL, LEGAL]);
    expect(draft.review!.suggestions).toHaveLength(9);
    const accepted = acceptSuggestions(draft, 'all');
    expect(JSON.stringify(accepted.sections[0]!.content)).toContain('each');
    // The draft's own file is left as it was.
    expect(parseNormdraft(readFileSync(draftFile, 'utf8'))).toEqual(exampliaDraft());
  });

  it('says in words what came back without --json', async () => {
    const output = join(dir, 'with-review.normdraft');
    const result = await cli('review', draftFile, reviewed, '-o', output);
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      `Wrote ${output}: 9 suggestions and 3 comments brought back.`,
      `  norm 3: 6 suggestions, 2 comments (${LEGAL}, ${POLICY})`,
      `  norm 8: 3 suggestions, 1 comment (${LEGAL}, ${POLICY})`,
    ]);
  });

  it('refuses a Word file exported from another draft and writes nothing', async () => {
    const other = join(dir, 'other.docx');
    writeFileSync(other, await reviewAsWordDoes(await exportOfExamplia({ ...exampliaDraft(), id: 'another-draft' })));
    const output = join(dir, 'with-review.normdraft');
    const result = await cli('review', draftFile, other, '-o', output);
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).toContain(`${other}: this Word file was not exported for review from “Non-paper”`);
    expect(existsSync(output)).toBe(false);
  });

  it('refuses a file that is not a Word document and writes nothing', async () => {
    const notWord = join(dir, 'notes.docx');
    writeFileSync(notWord, 'Examplia: comments on norm 3');
    const output = join(dir, 'with-review.normdraft');
    const result = await cli('review', draftFile, notWord, '-o', output);
    expect(result.code).toBe(1);
    expect(result.err.join('\n')).toContain('is damaged or is not a Word document (.docx)');
    expect(existsSync(output)).toBe(false);
  });
});
