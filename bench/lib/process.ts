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

/**
 * Times two commands against each other, run by run, so that both see the same machine load:
 * one untimed warm-up run each, then `runs` timed runs each, alternating who goes first.
 */
export async function interleaved(
  ours: () => Promise<unknown>,
  theirs: () => Promise<unknown>,
  runs: number,
): Promise<{ ours: number[]; theirs: number[] }> {
  const times = { ours: [] as number[], theirs: [] as number[] };
  // One untimed run each first: file cache and the binaries' pages warm for both.
  await ours();
  await theirs();
  for (let i = 0; i < runs; i++) {
    // Alternate who goes first, so neither always follows the other.
    const pair =
      i % 2 === 0
        ? ([
            ['ours', ours],
            ['theirs', theirs],
          ] as const)
        : ([
            ['theirs', theirs],
            ['ours', ours],
          ] as const);
    for (const [who, run] of pair) {
      const started = performance.now();
      await run();
      times[who].push(performance.now() - started);
    }
  }
  return times;
}
