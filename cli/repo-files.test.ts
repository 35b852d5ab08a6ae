import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRepoTemplates, TEMPLATES_DIR } from './repo-files';
import { captureIo } from './test-io';
import { runCli } from './run';
import { serializeNormdraft } from '../shared/format/normdraft';
import { NORMDRAFT_FIXTURES } from '../test/fixtures/normdraft-fixtures';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'drafter-repo-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('templates folder', () => {
  it('holds only valid templates, each with the 11 norms or (a questionnaire) with none', async () => {
    const files = readdirSync(TEMPLATES_DIR).filter((name) => name.endsWith('.template.json'));
    const templates = await loadRepoTemplates(captureIo());
    expect(templates).toHaveLength(files.length);
    for (const template of templates) {
      const norms = template.sections.filter((s) => s.kind === 'norm').map((s) => s.norm);
      expect(norms.length === 0 ? [] : norms).toEqual(norms.length === 0 ? [] : 'abcdefghijk'.split(''));
    }
    expect(templates.filter((t) => !t.sections.some((s) => s.kind === 'norm')).map((t) => t.id)).toEqual(['sg-views']);
  });

  it('names the file and the problem when a template is broken', async () => {
    writeFileSync(join(dir, 'a.template.json'), '{"id": "memo", "version": 1');
    await expect(loadRepoTemplates(captureIo(), dir)).rejects.toThrow(/a\.template\.json: not valid JSON/);
    writeFileSync(join(dir, 'a.template.json'), JSON.stringify({ id: 'memo', version: 1 }));
    await expect(loadRepoTemplates(captureIo(), dir)).rejects.toThrow(
      /^Template "memo" is invalid: nameKey: Invalid input/,
    );
  });
});

describe('.normdraft fixture files', () => {
  for (const [name, build] of Object.entries(NORMDRAFT_FIXTURES)) {
    it(`${name} is what the fixture serializes to, and info reads it`, async () => {
      const path = join(import.meta.dirname, '..', 'test', 'fixtures', name);
      expect(readFileSync(path, 'utf8')).toBe(serializeNormdraft(build()));
      const io = captureIo();
      expect(await runCli(['info', path, '--json'], io)).toBe(0);
      expect(JSON.parse(io.out.join('\n')).title).toBe(build().fields.title);
    });
  }
});
