// The command line against pandoc on the same content, whole process, interleaved run by run
// so that both see the same machine load: export of the large draft to DOCX, import of that
// DOCX, and the export's peak memory.
import { CLI_BUNDLE, work } from '../lib/paths';
import { commandPeakMemoryMb, interleaved, nodePeakMemoryMb, timed } from '../lib/process';
import { median, type Result } from '../lib/stats';

const RUNS = 7;

export async function cliCases(files: { normdraft: string; markdown: string }): Promise<Result[]> {
  const ourDocx = work('ours.docx');
  const exportOurs = () => timed(process.execPath, [CLI_BUNDLE, 'export', files.normdraft, '-o', ourDocx]);
  const exportPandoc = () => timed('pandoc', [files.markdown, '-o', work('pandoc.docx')]);
  const exports = await interleaved(exportOurs, exportPandoc, RUNS);

  // The DOCX to import is our own export of the large draft.
  const importOurs = () => timed(process.execPath, [CLI_BUNDLE, 'import', ourDocx, '-o', work('imported.normdraft')]);
  const importPandoc = () => timed('pandoc', [ourDocx, '-t', 'html', '-o', work('pandoc.html')]);
  const imports = await interleaved(importOurs, importPandoc, RUNS);

  const results: Result[] = [
    {
      name: 'docx-export',
      ours: median(exports.ours),
      baseline: median(exports.theirs),
      measured: true,
      unit: 'ms',
      maxRatio: 0.5,
    },
    {
      name: 'docx-import',
      ours: median(imports.ours),
      baseline: median(imports.theirs),
      measured: true,
      unit: 'ms',
      maxRatio: 1,
      strict: true,
    },
  ];

  const ourMemory: number[] = [];
  const pandocMemory: number[] = [];
  for (let i = 0; i < 3; i++) {
    ourMemory.push(await nodePeakMemoryMb([CLI_BUNDLE, 'export', files.normdraft, '-o', ourDocx]));
    const theirs = await commandPeakMemoryMb('pandoc', [files.markdown, '-o', work('pandoc.docx')]);
    if (theirs !== null) pandocMemory.push(theirs);
  }
  if (pandocMemory.length > 0)
    results.push({
      name: 'cli-export-memory',
      ours: median(ourMemory),
      baseline: median(pandocMemory),
      measured: true,
      unit: 'MB',
    });
  else
    console.log(
      `INFO cli-export-memory ours=${median(ourMemory).toFixed(0)}MB (no /usr/bin/time here to measure pandoc's)`,
    );
  return results;
}
