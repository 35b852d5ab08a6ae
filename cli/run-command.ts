// Turns a command body into the contract's `run(args, io) => exit code`: any failure becomes
// one line on stderr (`error: ...`) and exit code 1 (bad input) or 2 (wrong usage).
import { CliError, type CliIo } from './io';
import { FileFormatError } from '../shared/format/file-format-error';
import { DraftParamsError } from '../shared/templates/create-draft';

export async function runCommand(io: CliIo, command: string, body: () => Promise<void>): Promise<number> {
  try {
    await body();
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      const hint = error.exitCode === 2 ? ` (see: ${command} --help)` : '';
      io.stderr(`error: ${error.message}${hint}`);
      return error.exitCode;
    }
    if (error instanceof FileFormatError || error instanceof DraftParamsError) {
      io.stderr(`error: ${error.message}`);
      return 1;
    }
    io.stderr(`error: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
