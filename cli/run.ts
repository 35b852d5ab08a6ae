// Dispatches `npm run cli -- <command> ...` to the command table. Kept apart from main.ts so
// tests can run the whole command line in-process.
import { COMMANDS } from './command-table';
import type { CliIo } from './io';
import { terminalSafeIo } from './terminal-text';

function usage(): string[] {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((name) => name.length)) + 2;
  return [
    'Norms Drafter command line',
    'usage: npm run cli -- <command> [options]',
    '',
    'commands:',
    ...names.map((name) => `  ${name.padEnd(width)}${COMMANDS[name]!.summary}`),
    '',
    'Run "<command> --help" for its options. Exit codes: 0 success, 1 bad input, 2 wrong usage.',
  ];
}

export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // One way out for everything printed: text from files never reaches the terminal as commands.
  const io = terminalSafeIo(rawIo);
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    for (const line of usage()) io.stdout(line);
    return 0;
  }
  if (name === undefined) {
    io.stderr('error: missing command (see --help)');
    return 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`error: unknown command "${name}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
    return 2;
  }
  return command.run(rest, io);
}
