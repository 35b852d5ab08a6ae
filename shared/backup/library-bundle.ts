// "Download all drafts": the whole library in one JSON file, for the web build (which has no
// backups folder) and for moving a library between machines. Read as strictly as a .normdraft:
// size first, then prototype keys and nesting, then a strict schema with the version checked.
// A restore accepts this bundle or a single .normdraft file. The rescue file written before the
// storage is reset is the same bundle, with the versions and the user's official norm texts too.
import { z } from '../model/zod';
import { NORM_LETTERS, type Draft, type NormLetter } from '../model/draft';
import { LANGUAGES, type Language } from '../model/languages';
import { MAX_OFFICIAL_TEXT_CHARS } from '../docx/official-texts';
import { draftSchema } from '../model/schema';
import { describeJsonShapeProblem, findJsonShapeProblem, formatPath } from '../model/forbidden-keys';
import { FileFormatError } from '../format/file-format-error';
import { parseNormdraft } from '../format/normdraft';

export const LIBRARY_FORMAT = 'norms-drafter-library';
export const LIBRARY_VERSION = 1;
export const LIBRARY_EXTENSION = '.json';
/** As large as the desktop bridge carries in one file. */
export const MAX_LIBRARY_BYTES = 64 * 1024 * 1024;
export const MAX_LIBRARY_DRAFTS = 5_000;
export const MAX_LIBRARY_VERSIONS = 50_000;
const MAX_JSON_DEPTH = 131;

export interface LibraryEntry {
  draft: Draft;
  /** In the trash when the file was written. */
  trashed: boolean;
}

/** A version (snapshot) of a draft, as the versions panel lists it. */
export interface LibraryVersion {
  createdAt: number;
  /** The user's name for it; empty for automatic ones. */
  name: string;
  draft: Draft;
}

/** An official norm text the user provided in a language other than English. */
export interface LibraryNormText {
  language: Language;
  norm: NormLetter;
  text: string;
}

/** What a bundle may hold besides the drafts (written by the rescue before a reset). */
export interface LibraryExtras {
  versions?: LibraryVersion[];
  normTexts?: LibraryNormText[];
}

export interface LibraryBundle extends LibraryExtras {
  format: typeof LIBRARY_FORMAT;
  version: typeof LIBRARY_VERSION;
  exportedAt: number;
  drafts: LibraryEntry[];
}

const bundleSchema = z.lazy(() =>
  z
    .strictObject({
      format: z.literal(LIBRARY_FORMAT),
      version: z.literal(LIBRARY_VERSION),
      exportedAt: z.int().min(0).max(8_640_000_000_000_000),
      drafts: z.array(z.strictObject({ draft: draftSchema, trashed: z.boolean() })).max(MAX_LIBRARY_DRAFTS),
      versions: z
        .array(
          z.strictObject({
            createdAt: z.int().min(0).max(8_640_000_000_000_000),
            name: z.string().max(200),
            draft: draftSchema,
          }),
        )
        .max(MAX_LIBRARY_VERSIONS)
        .optional(),
      normTexts: z
        .array(
          z.strictObject({
            language: z.enum(LANGUAGES),
            norm: z.enum(NORM_LETTERS),
            text: z.string().min(1).max(MAX_OFFICIAL_TEXT_CHARS),
          }),
        )
        .max(LANGUAGES.length * NORM_LETTERS.length)
        .optional(),
    })
    .superRefine((bundle, ctx) => {
      const seen = new Set<string>();
      bundle.drafts.forEach((entry, index) => {
        if (seen.has(entry.draft.id))
          ctx.addIssue({
            code: 'custom',
            path: ['drafts', index, 'draft', 'id'],
            message: `Duplicate draft id "${entry.draft.id}"`,
          });
        seen.add(entry.draft.id);
      });
    }),
);

/** Validates every draft, then writes the bundle; nothing invalid is ever written. */
export function serializeLibrary(drafts: LibraryEntry[], exportedAt: number, extras: LibraryExtras = {}): string {
  const bundle = { format: LIBRARY_FORMAT, version: LIBRARY_VERSION, exportedAt, drafts, ...extras };
  const checked = bundleSchema.safeParse(bundle);
  if (!checked.success)
    throw new FileFormatError('invalid', `Cannot write an invalid library: ${issueText(checked.error)}`);
  return `${JSON.stringify(checked.data)}\n`;
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${formatPath(issue.path)}: ${issue.message}` : 'invalid';
}

/** A restore file: a whole library, or one draft saved as .normdraft. */
export type RestoreFile = { kind: 'library'; bundle: LibraryBundle } | { kind: 'draft'; draft: Draft };

export function parseRestoreFile(bytes: Uint8Array): RestoreFile {
  if (bytes.byteLength > MAX_LIBRARY_BYTES)
    throw new FileFormatError(
      'too-large',
      `The file is too large (${(bytes.byteLength / 1048576).toFixed(1)} MB); the limit is ${MAX_LIBRARY_BYTES / 1048576} MB.`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileFormatError('not-json', 'The file is not valid JSON: it is not UTF-8 text.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new FileFormatError(
      'not-json',
      `The file is not valid JSON; it may be truncated or damaged (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  const format =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>).format : undefined;
  if (format !== LIBRARY_FORMAT) {
    // Not a library: perhaps a single draft, read by its own strict reader.
    return { kind: 'draft', draft: parseNormdraft(text) };
  }
  const problem = findJsonShapeProblem(value, MAX_JSON_DEPTH);
  if (problem)
    throw new FileFormatError('invalid', `The file is not a valid library: ${describeJsonShapeProblem(problem)}.`);
  const version = (value as Record<string, unknown>).version;
  if (version !== LIBRARY_VERSION) {
    const newer =
      typeof version === 'number' && version > LIBRARY_VERSION
        ? ' It was probably written by a newer version of Norms Drafter.'
        : '';
    throw new FileFormatError(
      'unsupported-version',
      `Library format version ${String(version).slice(0, 20)} is not supported; this version reads version ${LIBRARY_VERSION}.${newer}`,
    );
  }
  const parsed = bundleSchema.safeParse(value);
  if (!parsed.success)
    throw new FileFormatError('invalid', `The file is not a valid library: ${issueText(parsed.error)}.`);
  return { kind: 'library', bundle: parsed.data };
}
