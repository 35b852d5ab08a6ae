// npm run bench: what users feel, each against a baseline measured in the same run (pandoc on
// the same content, a plain IndexedDB scan, a bare Dexie write) or a fixed target (a 60 Hz frame,
// 500 ms, 50 ms). One line per result, `baseline=` or `target=` saying which:
//   RESULT <name> ours=<value><unit> baseline|target=<value><unit> ratio=<ours/baseline>
// It builds what it measures (CLI bundle, web app), serves the app on a free port, drives
// Debian's Chromium, and leaves its files in bench/.work. `--only=cli` or `--only=browser`
// runs one half, `--only=hostile` only the hostile-input case (hostile files through the CLI's
// import against fixed targets), `--only=typing` only the typing case, `--only=startup` only the
// start-up case, `--only=pdf` only the PDF import against pdftotext; `--strict` exits with 1 when
// a target is missed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { serializeNormdraft } from '../shared/format/normdraft';
import { largeDraft } from './lib/large-draft';
import { buildCli, buildWeb } from './lib/build';
import { launchBrowser } from './lib/browser';
import { seedLibrary } from './lib/seed-library';
import { WORK_DIR, work } from './lib/paths';
import { serveApp } from './lib/server';
import { meetsTarget, resultLine, type Result } from './lib/stats';
import { autosaveCases } from './cases/autosave';
import { backupMainLoopCase } from './cases/backups';
import { cliCases } from './cases/cli';
import { hostileInputCases } from './cases/hostile-input';
import { librarySearchCases } from './cases/library';
import { pdfImportCases } from './cases/pdf-import';
import { inAppExportCase, rendererMemoryCase } from './cases/memory-export';
import { startupCases } from './cases/startup';
import { typingCases } from './cases/typing';

const results: Result[] = [];
function report(found: Result | Result[]): void {
  for (const result of Array.isArray(found) ? found : [found]) {
    results.push(result);
    console.log(resultLine(result));
  }
}

function writeLargeDraft(): { normdraft: string; markdown: string } {
  const large = largeDraft();
  const files = { normdraft: work('large.normdraft'), markdown: work('large.md') };
  writeFileSync(files.normdraft, serializeNormdraft(large.draft));
  writeFileSync(files.markdown, large.markdown);
  console.log(
    `INFO large draft: ${large.words} words, ${large.footnotes} footnotes, ${large.lists} lists, ${large.draft.sections.length} sections`,
  );
  return files;
}

async function cli(): Promise<void> {
  const files = writeLargeDraft();
  await buildCli();
  report(await cliCases(files));
  report(await pdfImportCases(files.normdraft));
  report(await backupMainLoopCase());
}

async function pdf(): Promise<void> {
  const files = writeLargeDraft();
  await buildCli();
  report(await pdfImportCases(files.normdraft));
}

async function hostile(): Promise<void> {
  await buildCli();
  report(await hostileInputCases());
}

/** The browser half; `only` runs one of its cases (quicker, for iterating on it). */
async function browser(only?: 'typing' | 'startup'): Promise<void> {
  await buildWeb();
  const site = await serveApp();
  const context = await launchBrowser();
  try {
    const seeded = await seedLibrary(context, site.url);
    console.log(`INFO library seeded: ${seeded.drafts} drafts in ${(seeded.ms / 1000).toFixed(1)} s`);
    if (only === 'typing') return report(await typingCases(context, site.url));
    if (only === 'startup') return report(await startupCases(context, site.url));
    report(await startupCases(context, site.url));
    report(await librarySearchCases(context, site.url));
    report(await typingCases(context, site.url));
    report(await autosaveCases(context, site.url));
    report(await rendererMemoryCase(context, site.url));
    report(await inAppExportCase(context, site.url));
  } finally {
    await context.close();
    await site.close();
  }
}

async function main(): Promise<number> {
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  mkdirSync(WORK_DIR, { recursive: true });
  console.log(
    `INFO machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}`,
  );
  const started = performance.now();
  if (only === undefined || only === 'cli') await cli();
  if (only === 'pdf') await pdf();
  if (only === undefined || only === 'hostile') await hostile();
  if (only === undefined || only === 'browser') await browser();
  if (only === 'typing' || only === 'startup') await browser(only);
  const missed = results.filter((result) => !meetsTarget(result));
  for (const result of missed)
    console.log(`MISSED ${result.name}: ratio ${(result.ours / result.baseline).toFixed(2)} above ${result.maxRatio}`);
  console.log(
    `INFO ${results.length} results, ${missed.length} targets missed, ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
  return missed.length > 0 && process.argv.includes('--strict') ? 1 : 0;
}

process.exitCode = await main();
