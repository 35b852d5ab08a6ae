// Whole-process measurements: wall time from spawn to exit, and peak memory.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { WORK_DIR } from './paths';

export interface Run {
  ms: number;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion and times it; a non-zero exit is an error naming the command. */
export function timed(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk));
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code === 0) resolve({ ms, stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr.trim().slice(0, 500)}`));
    });
  });
}

/** Peak resident memory (MB) of a Node script run, read by the preloaded max-rss.mjs. */
export async function nodePeakMemoryMb(args: readonly string[]): Promise<number> {
  const file = join(WORK_DIR, `max-rss-${process.pid}.txt`);
  rmSync(file, { force: true });
  await timed(process.execPath, ['--import', join(import.meta.dirname, 'max-rss.mjs'), ...args], {
    ...process.env,
    BENCH_MAX_RSS_FILE: file,
  });
  const kilobytes = Number(readFileSync(file, 'utf8'));
  rmSync(file, { force: true });
  return kilobytes / 1024;
}

/** Peak resident memory (MB) of any command, from GNU time when the machine has it. */
export async function commandPeakMemoryMb(command: string, args: readonly string[]): Promise<number | null> {
  const gnuTime = '/usr/bin/time';
  try {
    const { stderr } = await timed(gnuTime, ['-f', 'BENCH_MAX_RSS_KB=%M', command, ...args]);
    const match = /BENCH_MAX_RSS_KB=(\d+)/.exec(stderr);
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}
