// The real entry point, as scripts run it: a separate process through tsx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
let dir: string;
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'drafter-main-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'cli/main.ts', ...args], { cwd: repo, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('npx tsx cli/main.ts', () => {
  // Two real processes through npx and tsx, each compiling the command line before it runs.
  it('creates a draft and describes it as JSON', () => {
    const file = join(dir, 'forum.normdraft');
    const created = cli(
      'new',
      '--template',
      'stakeholder-contribution',
      '--author',
      'Examplia Digital Rights Forum',
      '--forum',
      'OEWG intersessional meeting',
      '--date',
      '2025-11-20',
      '-o',
      file,
    );
    expect(created).toMatchObject({ code: 0, err: '' });
    const info = cli('info', file, '--json');
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.out);
    expect(parsed).toMatchObject({ template: 'stakeholder-contribution', language: 'en' });
    expect(parsed.sections.filter((s: { kind: string }) => s.kind === 'norm')).toHaveLength(11);
  }, 30_000);

  // Two real processes through npx and tsx, each compiling the command line before it runs.
  it('exits non-zero with a single error line on a hostile file and on no command', () => {
    const file = join(dir, 'hostile.normdraft');
    writeFileSync(file, '{"format":"norms-drafter","version":1,"draft":{"__proto__":{"x":1}}}');
    const hostile = cli('info', file);
    expect(hostile.code).toBe(1);
    expect(hostile.err.trim().split('\n')).toEqual([
      `error: ${file}: The file is not a valid draft: it was damaged or changed outside Norms Drafter. Open an earlier copy of it, or a backup.`,
    ]);
    const none = cli();
    expect(none.code).toBe(2);
  }, 30_000);

  // A real process through tsx, which compiles the command line before it runs.
  it('finds its templates when run from another working directory', () => {
    const tsx = join(repo, 'node_modules', '.bin', 'tsx');
    const file = join(dir, 'elsewhere.normdraft');
    const result = spawnSync(
      tsx,
      [join(repo, 'cli', 'main.ts'), 'new', '--template', 'norms-only', '--author', 'Republic of Examplia', '-o', file],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(existsSync(file)).toBe(true);
  }, 30_000);
});
