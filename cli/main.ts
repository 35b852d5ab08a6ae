// Entry point of `npm run cli -- <command>` (run with tsx).
import { nodeIo } from './io';
import { runCli } from './run';

process.exitCode = await runCli(process.argv.slice(2), nodeIo);
