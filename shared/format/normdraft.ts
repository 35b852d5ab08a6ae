// The .normdraft file: a draft carried between machines (USB stick, e-mail). JSON with a format
// name and version around the draft, nothing machine-specific. Read strictly: the size is checked
// before parsing, prototype keys and deep nesting before any schema, then the strict schema.
import type { Draft } from '../model/draft';
import { draftSchema } from '../model/schema';
import { describeJsonShapeProblem, findJsonShapeProblem, formatPath } from '../model/forbidden-keys';

export const NORMDRAFT_FORMAT = 'norms-drafter';
/** 2: the draft's details are in `fields`. Version 1 files are read with their details moved there. */
export const NORMDRAFT_VERSION = 2;
export const NORMDRAFT_EXTENSION = '.normdraft';
/** Far above a 60,000-word draft with 600 footnotes (about 10 MB), far below what hurts. */
export const MAX_NORMDRAFT_BYTES = 32 * 1024 * 1024;
/** Draft JSON nesting: envelope, draft, sections, editor content (itself limited to 40 nodes). */
const MAX_JSON_DEPTH = 128;

export type NormdraftErrorCode = 'too-large' | 'not-json' | 'wrong-format' | 'unsupported-version' | 'invalid';

export class NormdraftError extends Error {
  override readonly name = 'NormdraftError';
  constructor(
    readonly code: NormdraftErrorCode,
    message: string,
    /** Where in the file the problem is, for developers and tests; never shown to users. */
    readonly detail?: string,
  ) {
    super(message);
  }
}

/** What a user reads about a file that is not a valid draft: what is wrong, and what to do. */
const NOT_VALID = 'The file is not a valid draft: it was damaged or changed outside Norms Drafter. Open an earlier copy of it, or a backup.';

function notValid(detail: string): NormdraftError {
  return new NormdraftError('invalid', NOT_VALID, detail);
}

export interface NormdraftFile {
  format: typeof NORMDRAFT_FORMAT;
  version: typeof NORMDRAFT_VERSION;
  draft: Draft;
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }, prefix: string): string {
  const issue = error.issues[0];
  if (!issue) return 'The draft is not valid.';
  return `${formatPath([prefix, ...issue.path])}: ${issue.message}`;
}

/** Validates the draft, then writes it; an invalid draft is never written. */
export function serializeNormdraft(draft: Draft): string {
  const checked = draftSchema.safeParse(draft);
  if (!checked.success) throw new NormdraftError('invalid', `Cannot save an invalid draft: ${firstIssue(checked.error, 'draft')}`);
  const file: NormdraftFile = { format: NORMDRAFT_FORMAT, version: NORMDRAFT_VERSION, draft: checked.data };
  return `${JSON.stringify(file)}\n`;
}

function tooLarge(size: string): NormdraftError {
  return new NormdraftError('too-large', `The file is too large (${size}); a .normdraft file may be at most ${MAX_NORMDRAFT_BYTES / (1024 * 1024)} MB.`);
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** UTF-8 size of a string, counted without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A surrogate pair (4 bytes) is two units of 2 bytes each.
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

export function parseNormdraft(text: string): Draft {
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes: most oversized strings are refused by length alone.
  if (text.length > MAX_NORMDRAFT_BYTES) throw tooLarge(`${megabytes(text.length)} or more`);
  if (text.length > MAX_NORMDRAFT_BYTES / 3) {
    const bytes = utf8Length(text);
    if (bytes > MAX_NORMDRAFT_BYTES) throw tooLarge(megabytes(bytes));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new NormdraftError('not-json', `The file is not valid JSON; it may be truncated or damaged (${detail}).`);
  }
  const problem = findJsonShapeProblem(value, MAX_JSON_DEPTH);
  if (problem) throw notValid(describeJsonShapeProblem(problem));
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, 'format')) {
    throw new NormdraftError('wrong-format', 'This is not a Norms Drafter file (no "format" field).');
  }
  const envelope = value as Record<string, unknown>;
  if (envelope.format !== NORMDRAFT_FORMAT) {
    throw new NormdraftError('wrong-format', `This is not a Norms Drafter file (format ${JSON.stringify(envelope.format).slice(0, 80)}, expected "${NORMDRAFT_FORMAT}").`);
  }
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new NormdraftError('invalid', 'The file has no valid format version (expected a whole number).');
  }
  if (version > NORMDRAFT_VERSION) {
    throw new NormdraftError(
      'unsupported-version',
      `Format version ${version} is not supported; this version of Norms Drafter reads versions up to ${NORMDRAFT_VERSION}. It was probably written by a newer version of Norms Drafter.`,
    );
  }
  const extra = Object.keys(envelope).filter((key) => key !== 'format' && key !== 'version' && key !== 'draft');
  if (extra.length > 0) throw notValid(`unrecognized key "${extra[0]}" at (top level)`);
  // draftSchema reads a version 1 draft (details beside the sections) into the current shape.
  const parsed = draftSchema.safeParse(envelope.draft);
  if (!parsed.success) throw notValid(firstIssue(parsed.error, 'draft'));
  return parsed.data;
}

/** For hosts holding raw bytes: checks the size before decoding, and refuses invalid UTF-8. */
export function parseNormdraftBytes(bytes: Uint8Array): Draft {
  if (bytes.byteLength > MAX_NORMDRAFT_BYTES) throw tooLarge(megabytes(bytes.byteLength));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NormdraftError('not-json', 'The file is not valid JSON: it is not UTF-8 text.');
  }
  return parseNormdraft(text);
}
