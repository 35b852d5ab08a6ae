// `export --frame`: a survey written as a national non-paper from the same file, which is left
// as it was; an unknown template is refused with the ids there are, and nothing is written.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeNormdraft } from '../../shared/format/normdraft';
import { INTERNAL_WORDS, surveyWithNarrative } from '../../test/fixtures/survey-draft';
import { part, partNames, tempDir } from '../../test/docx/support';
import { captureIo } from '../test-io';
import { run } from './export';

const NARRATIVE = 'Examplia names its hospitals and power grid as critical infrastructure.';
let dir: string;
let input: string;

beforeAll(() => {
  dir = tempDir('cli-frame');
  input = join(dir, 'survey.normdraft');
  writeFileSync(input, serializeNormdraft(surveyWithNarrative(NARRATIVE)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (docx: string) =>
  [...part(docx, 'word/document.xml').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(([, t]) => t).join('|');

describe('export --frame', () => {
  it('writes the survey as a national non-paper: the norm g narrative under Norm 7, the file unchanged', async () => {
    const before = readFileSync(input);
    const output = join(dir, 'non-paper.docx');
    const io = captureIo();
    expect(await run([input, '-o', output, '--frame', 'national-non-paper'], io)).toBe(0);
    expect(io.err).toEqual([]);
    expect(io.out[0]).toMatch(/, written as national-non-paper\)\.$/);
    expect(text(output)).toMatch(
      /\|Norm 7 \(UNGGE 2015 report, paragraph 13g\)[^|]*\|Examplia names its hospitals and power grid as critical infrastructure\.\|/,
    );
    for (const name of partNames(output))
      for (const word of INTERNAL_WORDS) expect(part(output, name), `${word} in ${name}`).not.toContain(word);
    expect(readFileSync(input).equals(before)).toBe(true);

    // The survey itself, from the same text.
    const own = join(dir, 'survey.docx');
    expect(await run([input, '-o', own], captureIo())).toBe(0);
    expect(text(own)).toContain(NARRATIVE);
  });

  it('refuses a template that does not exist, naming the ones there are, and writes nothing', async () => {
    const output = join(dir, 'unknown.docx');
    const io = captureIo();
    expect(await run([input, '-o', output, '--frame', 'non-paper'], io)).toBe(2);
    expect(io.err).toEqual([
      expect.stringMatching(
        /^error: --frame: there is no template "non-paper"; use one of .*national-non-paper.*sg-views/,
      ),
    ]);
    expect(existsSync(output)).toBe(false);
  });

  it("keeps the file for review in the draft's own template", async () => {
    const output = join(dir, 'review.docx');
    const io = captureIo();
    expect(await run([input, '-o', output, '--for-review', '--frame', 'national-non-paper'], io)).toBe(2);
    expect(io.err).toEqual([expect.stringMatching(/^error: --for-review writes the draft in its own template/)]);
    expect(existsSync(output)).toBe(false);
  });
});
