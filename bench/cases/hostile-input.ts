// Hostile files through the command line's import, each in its own process: the corpus of
// test/import/hostile-corpus.ts (zip bombs, XML tricks, deep nesting, huge runs and tables in
// every format). Every input must be refused or imported within fixed targets:
//   hostile-input-time    worst wall time of any input           target 5 s
//   hostile-input-memory  worst peak memory (VmHWM) of any input  target 500 MB
//   hostile-input-growth  parse time at 4x input over 1x, for the inputs that grow with `scale`
//                         (process start-up taken off): linear is 4, quadratic 16; target 5.
// In these lines `baseline` is the target, not a measurement.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostileCorpus, type HostileInput } from '../../test/import/hostile-corpus';
import { CLI_BUNDLE, work } from '../lib/paths';
import { median, type Result } from '../lib/stats';

const TARGET = { ms: 5_000, mb: 500, growth: 5 } as const;
const RUNS = 3;
const DIR = work('hostile');
const MAX_RSS = join(import.meta.dirname, '..', 'lib', 'max-rss.mjs');

interface Measured {
  ms: number;
  mb: number;
  outcome: string;
}

/** One import in a fresh process; a refusal (exit 1 with one error line) is an outcome like any other. */
function importOnce(file: string): Promise<Measured> {
  const rssFile = join(DIR, `max-rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', MAX_RSS, CLI_BUNDLE, 'import', file, '-o', join(DIR, 'out.normdraft')], {
      env: { ...process.env, BENCH_MAX_RSS_FILE: rssFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0 && code !== 1) return reject(new Error(`import of ${file} ended with ${code}: ${stderr.slice(0, 300)}`));
      const mb = Number(readFileSync(rssFile, 'utf8')) / 1024;
      resolve({ ms, mb, outcome: code === 0 ? 'imported' : `refused: ${stderr.trim().replace(/^error: [^:]*: /, '').slice(0, 70)}…` });
    });
  });
}

function writeInput(input: HostileInput, scale: number): string {
  const file = join(DIR, `${input.name}-x${scale}${input.extension}`);
  writeFileSync(file, input.bytes());
  return file;
}

async function medianRun(file: string): Promise<Measured> {
  const runs: Measured[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await importOnce(file));
  return { ms: median(runs.map((run) => run.ms)), mb: Math.max(...runs.map((run) => run.mb)), outcome: runs[0]!.outcome };
}

export async function hostileInputCases(): Promise<Result[]> {
  mkdirSync(DIR, { recursive: true });
  let worstMs = 0;
  let worstMb = 0;
  for (const input of hostileCorpus(1)) {
    const measured = await medianRun(writeInput(input, 1));
    worstMs = Math.max(worstMs, measured.ms);
    worstMb = Math.max(worstMb, measured.mb);
    console.log(`INFO hostile ${input.name.padEnd(24)} ${(measured.ms / 1000).toFixed(2)} s ${measured.mb.toFixed(0).padStart(4)} MB  ${measured.outcome}`);
  }

  // Start-up alone (a tiny valid file), taken off every time below so that only parsing is compared.
  const tiny = join(DIR, 'tiny.md');
  writeFileSync(tiny, '# Republic of Examplia\n\n## Norm 7 (13g)\n\nText.\n');
  const startup = (await medianRun(tiny)).ms;
  let small = 0;
  let large = 0;
  for (const input of hostileCorpus().filter((candidate) => candidate.scales)) {
    // 1x is a quarter of the corpus size, 4x the corpus size itself.
    const one = Math.max(1, (await medianRun(writeInput(input, 0.25))).ms - startup);
    const four = Math.max(1, (await medianRun(writeInput(input, 1))).ms - startup);
    small += one;
    large += four;
    console.log(`INFO hostile growth ${input.name.padEnd(24)} 1x ${(one / 1000).toFixed(2)} s, 4x ${(four / 1000).toFixed(2)} s, ratio ${(four / one).toFixed(1)}`);
  }
  console.log(`INFO hostile-input: process start-up ${(startup / 1000).toFixed(2)} s; in the RESULT lines below, baseline = the target (5 s, 500 MB, growth 5 where linear = 4 and quadratic = 16)`);
  return [
    { name: 'hostile-input-time', ours: worstMs, baseline: TARGET.ms, unit: 'ms', maxRatio: 1 },
    { name: 'hostile-input-memory', ours: worstMb, baseline: TARGET.mb, unit: 'MB', maxRatio: 1 },
    { name: 'hostile-input-growth', ours: large / small, baseline: TARGET.growth, unit: 'x', maxRatio: 1 },
  ];
}
