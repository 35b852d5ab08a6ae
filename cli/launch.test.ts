// `npm run cli` runs the bundled command line through cli/launch.mjs (building the bundle when
// it is missing or older than its sources): it must answer exactly as the sources do.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { captureIo } from './test-io';
import { runCli } from './run';

const launcher = fileURLToPath(new URL('launch.mjs', import.meta.url));

describe('cli/launch.mjs', () => {
  // A real process, which builds the bundle first when it is missing or older than its sources.
  it('runs the same command line as the sources, from any working directory', async () => {
    const io = captureIo();
    expect(await runCli(['templates', '--json'], io)).toBe(0);
    const { stdout } = await promisify(execFile)(process.execPath, [launcher, 'templates', '--json'], {
      cwd: tmpdir(),
      timeout: 120_000,
    });
    expect(JSON.parse(stdout)).toEqual(JSON.parse(io.out.join('\n')));
  }, 120_000);

  // A real process, which builds the bundle first when it is missing or older than its sources.
  it('keeps the exit codes and one-line errors of the command line', async () => {
    const result = await promisify(execFile)(process.execPath, [launcher, 'no-such-command'], {
      timeout: 120_000,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(result).toMatchObject({ code: 2 });
    const lines = (result as { stderr: string }).stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: unknown command "no-such-command"; commands: new, info, templates, export/);
  }, 120_000);
});
