// `export --for-review` writes comments and suggestions as Word's own; the plain export of the
// same file holds none of them; `info --json` counts them per section.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeNormdraft } from '../../shared/format/normdraft';
import { draftUnderReview } from '../../test/fixtures/draft-under-review';
import { pandocMarkdown, part } from '../../test/docx/support';
import { runCli } from '../run';
import { captureIo } from '../test-io';

let dir: string;
let input: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'drafter-for-review-'));
  input = join(dir, 'reviewed.normdraft');
  writeFileSync(input, serializeNormdraft(draftUnderReview()));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.out.join('\n'), err: io.err };
}

describe('export --for-review', () => {
  it('writes the comments and tracked changes with their authors, and says how many', async () => {
    const output = join(dir, 'for-review.docx');
    const result = await cli('export', input, '-o', output, '--for-review');
    expect(result.code).toBe(0);
    expect(result.out).toContain('For review: 3 suggested changes as tracked changes, 3 comments.');
    const markdown = pandocMarkdown(output, ['--track-changes=all']).replace(/\s+/g, ' ');
    expect(markdown).toMatch(/\[energy, water and\]\{\.insertion[^}]*author="Ilse Varnhold"/);
    expect(markdown).toMatch(/\[Is this a commitment\?\]\{\.comment-start[^}]*author="Ilse Varnhold"/);
  });

  it('is needed for any of it to reach the document: the plain export holds the text as it stands', async () => {
    const output = join(dir, 'plain.docx');
    const result = await cli('export', input, '-o', output);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('For review');
    const body = part(output, 'word/document.xml');
    expect(body).not.toMatch(/w:ins\b|w:del\b|w:comment|Ilse Varnhold|Tomasz Orlind/);
    expect(body.replace(/<[^>]+>/g, '')).toContain('Examplia protects its water and health services.');
  });
});

describe('info --json', () => {
  it('gives each section its pending suggestions and comments', async () => {
    const result = await cli('info', input, '--json');
    expect(result.code).toBe(0);
    const sections = JSON.parse(result.out).sections as { id: string; suggestions: number; comments: number }[];
    expect(sections.map(({ id, suggestions, comments }) => ({ id, suggestions, comments }))).toEqual([
      { id: 'norm-g', suggestions: 3, comments: 2 },
      { id: 'norm-h', suggestions: 0, comments: 1 },
    ]);
  });
});
