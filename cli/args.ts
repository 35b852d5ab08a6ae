// Argument parsing on top of node:util parseArgs, turning its exceptions into one-line usage
// errors (exit code 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './io';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(args: string[], options: O, positionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, strict: true, allowPositionals: positionals > 0 });
  } catch (error) {
    // parseArgs appends advice on '--' to some messages: keep the first sentence only.
    const message = error instanceof Error ? error.message.split(/\. (?=[A-Z])/)[0]! : String(error);
    throw new CliError(message.replace(/\.$/, ''), 2);
  }
  if (parsed.positionals.length > positionals)
    throw new CliError(`unexpected argument "${parsed.positionals[positionals]}"`, 2);
  return parsed;
}

export function required(value: string | undefined, option: string): string {
  if (value === undefined || value.trim() === '') throw new CliError(`missing required option ${option}`, 2);
  return value;
}
