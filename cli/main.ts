// Entry point of the command line: bundled by vite.cli.config.ts for `npm run cli -- <command>`
// (see launch.mjs), and run from source with `npx tsx cli/main.ts` (tests).
import { isMainThread } from 'node:worker_threads';
import { nodeIo } from './io';
import { runCli } from './run';

// The bundle is also the entry of the PDF reader's page threads (cli/pdf-page-threads.ts), which run no command.
if (isMainThread) {
  // `info file | head -1` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  process.exitCode = await runCli(process.argv.slice(2), nodeIo);
}
