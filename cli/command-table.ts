// The commands of `npm run cli -- <command>`. A new command is a module in commands/ exporting
// summary, usage and run(args, io), registered here.
import type { CliIo } from './io';
import * as contribute from './commands/contribute';
import * as edition from './commands/edition';
import * as exportDocx from './commands/export';
import * as fill from './commands/fill';
import * as importDocument from './commands/import';
import * as info from './commands/info';
import * as merge from './commands/merge';
import * as newDraft from './commands/new';
import * as review from './commands/review';
import * as templates from './commands/templates';
import * as clearanceSheet from './commands/clearance-sheet';

export interface CommandModule {
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export const COMMANDS: Readonly<Record<string, CommandModule>> = {
  new: newDraft,
  info,
  templates,
  export: exportDocx,
  import: importDocument,
  merge,
  'clearance-sheet': clearanceSheet,
  contribute,
  review,
  edition,
  fill,
};
