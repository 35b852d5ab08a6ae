// PDF import of the large draft against pdftotext on the same file, whole process, interleaved
// run by run. The PDF is LibreOffice's print of our own export of the large draft (made once, with
// a private LibreOffice profile). pdftotext only extracts text; our import also rebuilds
// paragraphs, lists, footnotes and links and places them on the template, hence a target of 10x
// (a target, printed as one: the baseline is pdftotext's time in this run). Both are timed from
// start to exit; pdftotext reads in one thread, our import reads a long file's pages in this and
// worker threads on the machine's spare cores (cli/pdf-page-threads.ts), as it does for users,
// so on a machine busy with other work the threads gain little.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { extraThreads } from '../../cli/pdf-page-threads';
import { CLI_BUNDLE, WORK_DIR, work } from '../lib/paths';
import { interleaved, timed } from '../lib/process';
import { median, type Result } from '../lib/stats';

const RUNS = 3;
const MAX_RATIO = 10;

function printToPdf(docx: string): string {
  const profile = mkdtempSync(work('lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        WORK_DIR,
        docx,
      ],
      { timeout: 600_000, stdio: 'ignore' },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docx.replace(/\.docx$/, '.pdf');
}

export async function pdfImportCases(normdraft: string): Promise<Result[]> {
  const docx = work('pdf-source.docx');
  await timed(process.execPath, [CLI_BUNDLE, 'export', normdraft, '-o', docx]);
  const pdf = printToPdf(docx);
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];
  console.log(
    `INFO pdf-import: ${pages ?? '?'} pages; ours reads them in ${1 + extraThreads(Number(pages ?? 0))} thread(s), pdftotext in 1; ` +
      `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}; target ours/pdftotext <= ${MAX_RATIO}`,
  );
  const ours = () => timed(process.execPath, [CLI_BUNDLE, 'import', pdf, '-o', work('pdf-imported.normdraft')]);
  const theirs = () => timed('pdftotext', [pdf, work('pdftotext.txt')]);
  const times = await interleaved(ours, theirs, RUNS);
  return [
    {
      name: 'pdf-import',
      ours: median(times.ours),
      baseline: median(times.theirs),
      measured: true,
      unit: 'ms',
      maxRatio: MAX_RATIO,
    },
  ];
}
