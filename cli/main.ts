// Entry point of `npm run cli -- <command>` (run with tsx).
import { nodeIo } from './io';
import { runCli } from './run';

// `info file | head -1` closes the pipe early: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), nodeIo);
