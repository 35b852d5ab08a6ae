// The .normdraft file: a draft carried between machines (USB stick, e-mail). JSON with a format
// name and version around the draft and its lineage (which draft it is a copy of, and the state
// it was saved from, so two copies can later find their common base), nothing machine-specific. Read strictly: the size is checked
// before parsing, prototype keys and deep nesting before any schema, then the strict schema.
import { z } from '../model/zod';
import type { Draft } from '../model/draft';
import { draftFingerprint } from '../model/fingerprint';
import { draftSchema, idSchema } from '../model/schema';
import { contributionTicketSchema } from '../collab/schema';
import type { ContributionTicket } from '../collab/model';
import { FileFormatError } from './file-format-error';
import { describeJsonShapeProblem, findJsonShapeProblem, formatPath } from '../model/forbidden-keys';

export const NORMDRAFT_FORMAT = 'norms-drafter';
/**
 * Version 2 added the lineage and keeps the draft's details in `fields`; version 1 files still
 * open (details moved into fields). Version 3 adds collaboration: a contribution file's own block
 * (`contribution`, beside `draft`) and the lead's contributors, merges and clearance in the
 * draft; also a draft's points of contact and the link of a new edition to the previous one. A
 * draft without any of them is still written as version 2, so older copies of the app open it.
 */
export const NORMDRAFT_VERSION = 3;
const PLAIN_VERSION = 2;
const READABLE_VERSIONS = [1, 2, 3];
export const NORMDRAFT_EXTENSION = '.normdraft';
/** Far above a 60,000-word draft with 600 footnotes (about 10 MB), far below what hurts. */
export const MAX_NORMDRAFT_BYTES = 32 * 1024 * 1024;
/** Draft JSON nesting: envelope, draft, sections, editor content (itself limited to 40 nodes). */
const MAX_JSON_DEPTH = 128;

/** What a user reads about a file that is not a valid draft: what is wrong, and what to do. */
const NOT_VALID =
  'The file is not a valid draft: it was damaged or changed outside Norms Drafter. Open an earlier copy of it, or a backup.';

function notValid(detail: string): FileFormatError {
  return new FileFormatError('invalid', NOT_VALID, detail);
}

/** Where a copy of a draft comes from. */
export interface Lineage {
  /** The draft this is a copy of (its own id unless it was opened as a copy of another). */
  draftId: string;
  /** The fingerprint (shared/model/fingerprint.ts) of the state of the draft it was saved from. */
  base: string;
}

const lineageSchema = z.lazy(() =>
  z.strictObject({
    draftId: idSchema,
    base: z.string().regex(/^[0-9a-f]{16}$/, 'Invalid fingerprint'),
  }),
);

export interface NormdraftFile {
  format: typeof NORMDRAFT_FORMAT;
  version: typeof NORMDRAFT_VERSION | typeof PLAIN_VERSION;
  /** The draft, without its contribution ticket (that is the block below). */
  draft: Draft;
  lineage: Lineage;
  /** A contribution file's own data: whose draft, what is asked, the base (version 3). */
  contribution?: ContributionTicket;
}

/**
 * The lineage a file saved from a draft records: the one the draft came with from a file (so a
 * copy passed on names the state it was last in step with), or else the draft itself, saved from
 * the state it holds.
 */
export function lineageForSave(draft: Draft, inherited: Lineage | null | undefined): Lineage {
  return inherited ?? { draftId: draft.id, base: draftFingerprint(draft) };
}

/** A draft read from a file, with its lineage (null for files written before lineage was kept). */
export interface ReadNormdraft {
  draft: Draft;
  lineage: Lineage | null;
}

function firstIssue(
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  prefix: string,
): string {
  const issue = error.issues[0];
  if (!issue) return 'The draft is not valid.';
  return `${formatPath([prefix, ...issue.path])}: ${issue.message}`;
}

/**
 * Validates the draft, then writes it; an invalid draft is never written. Without a lineage the
 * file says it is this draft, saved from the state it holds.
 */
export function serializeNormdraft(draft: Draft, lineage?: Lineage): string {
  const checked = draftSchema.safeParse(draft);
  if (!checked.success)
    throw new FileFormatError('invalid', `Cannot save an invalid draft: ${firstIssue(checked.error, 'draft')}`);
  const origin = lineageSchema.safeParse(lineage ?? { draftId: checked.data.id, base: draftFingerprint(checked.data) });
  if (!origin.success)
    throw new FileFormatError('invalid', `Cannot save an invalid lineage: ${firstIssue(origin.error, 'lineage')}`);
  const { contribution, ...draftOnly } = checked.data;
  const collaborative =
    contribution !== undefined ||
    draftOnly.collaboration !== undefined ||
    draftOnly.clearance !== undefined ||
    draftOnly.review !== undefined ||
    draftOnly.contacts !== undefined ||
    draftOnly.edition !== undefined;
  const file: NormdraftFile = {
    format: NORMDRAFT_FORMAT,
    version: collaborative ? NORMDRAFT_VERSION : PLAIN_VERSION,
    draft: draftOnly,
    lineage: origin.data,
    ...(contribution ? { contribution } : {}),
  };
  return `${JSON.stringify(file)}\n`;
}

function tooLarge(size: string): FileFormatError {
  return new FileFormatError(
    'too-large',
    `The file is too large (${size}); a .normdraft file may be at most ${MAX_NORMDRAFT_BYTES / (1024 * 1024)} MB.`,
  );
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
  return readNormdraft(text).draft;
}

/** Reads a file's draft and its lineage. */
export function readNormdraft(text: string): ReadNormdraft {
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
    throw new FileFormatError('not-json', `The file is not valid JSON; it may be truncated or damaged (${detail}).`);
  }
  const problem = findJsonShapeProblem(value, MAX_JSON_DEPTH);
  if (problem) throw notValid(describeJsonShapeProblem(problem));
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, 'format')) {
    throw new FileFormatError('wrong-format', 'This is not a Norms Drafter file (no "format" field).');
  }
  const envelope = value as Record<string, unknown>;
  if (envelope.format !== NORMDRAFT_FORMAT) {
    throw new FileFormatError(
      'wrong-format',
      `This is not a Norms Drafter file (format ${JSON.stringify(envelope.format).slice(0, 80)}, expected "${NORMDRAFT_FORMAT}").`,
    );
  }
  const version = envelope.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FileFormatError('invalid', 'The file has no valid format version (expected a whole number).');
  }
  if (!READABLE_VERSIONS.includes(version)) {
    const newer = version > NORMDRAFT_VERSION ? ' It was probably written by a newer version of Norms Drafter.' : '';
    throw new FileFormatError(
      'unsupported-version',
      `Format version ${version} is not supported; this version of Norms Drafter reads versions ${READABLE_VERSIONS.slice(0, -1).join(', ')} and ${READABLE_VERSIONS.at(-1)}.${newer}`,
    );
  }
  const keys =
    version === 1
      ? ['format', 'version', 'draft']
      : version === 2
        ? ['format', 'version', 'draft', 'lineage']
        : ['format', 'version', 'draft', 'lineage', 'contribution'];
  const extra = Object.keys(envelope).filter((key) => !keys.includes(key));
  if (extra.length > 0) throw notValid(`unrecognized key "${extra[0]}" at (top level)`);
  // draftSchema reads a version 1 draft (details beside the sections) into the current shape.
  const parsed = draftSchema.safeParse(envelope.draft);
  if (!parsed.success) throw notValid(firstIssue(parsed.error, 'draft'));
  if (version === 1) return { draft: parsed.data, lineage: null };
  const lineage = lineageSchema.safeParse(envelope.lineage);
  if (!lineage.success) throw notValid(firstIssue(lineage.error, 'lineage'));
  if (version === 2 || envelope.contribution === undefined) return { draft: parsed.data, lineage: lineage.data };
  if (parsed.data.contribution !== undefined) throw notValid('the contribution belongs beside the draft, not in it');
  const ticket = contributionTicketSchema.safeParse(envelope.contribution);
  if (!ticket.success) throw notValid(firstIssue(ticket.error, 'contribution'));
  return { draft: { ...parsed.data, contribution: ticket.data }, lineage: lineage.data };
}

/** For hosts holding raw bytes: checks the size before decoding, and refuses invalid UTF-8. */
export function parseNormdraftBytes(bytes: Uint8Array): Draft {
  return readNormdraftBytes(bytes).draft;
}

/** Like parseNormdraftBytes, with the file's lineage. */
export function readNormdraftBytes(bytes: Uint8Array): ReadNormdraft {
  if (bytes.byteLength > MAX_NORMDRAFT_BYTES) throw tooLarge(megabytes(bytes.byteLength));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileFormatError('not-json', 'The file is not valid JSON: it is not UTF-8 text.');
  }
  return readNormdraft(text);
}
