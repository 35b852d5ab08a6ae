// Import failures carry a code the UI translates (namespace `import`, key `error.<code>`) and an
// English message for the CLI, taken from the same English locale file so the wording is one.
// Messages say in plain words what is wrong with the file and what the user can do; parameters
// are numbers, names and sizes the user knows, never a parser's own words (those may ride along
// as `detail` for diagnosis, but no message shows them).
import english from '../../locales/en/import.json';
import { PackageError, type AbortSignalLike } from '../ooxml/errors';

export const IMPORT_ERROR_CODES = [
  'too-large',
  'empty',
  'unsupported-type',
  'legacy-word',
  'docx-is-text',
  'text-is-zip',
  'not-zip',
  'not-text',
  'not-pdf',
  'pdf-encrypted',
  'pdf-damaged',
  'pdf-too-many-pages',
  'pdf-no-text',
  'pdf-unavailable',
  'pdf-too-complex',
  'zip-too-many-entries',
  'zip-too-large',
  'zip-truncated',
  'zip-invalid',
  'zip-encrypted',
  'zip-unsupported',
  'docx-too-much-content',
  'docx-too-deep',
  'not-docx',
  'docx-unsafe',
  'docx-unreadable',
  'too-complex',
  'unknown-template',
  'no-template',
  'cancelled',
] as const satisfies readonly (keyof typeof english.error)[];

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];
export type MessageParams = Record<string, string | number>;

/** Fills i18next-style `{{name}}` placeholders. */
export function interpolate(template: string, params: MessageParams): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly params: MessageParams;

  constructor(code: ImportErrorCode, params: MessageParams = {}) {
    super(interpolate(english.error[code], params));
    this.code = code;
    this.params = params;
  }
}

/** An error of the package layer (shared/ooxml) as the import reports it; any other error passes unchanged. */
export function asImportError(error: unknown): unknown {
  if (!(error instanceof PackageError)) return error;
  const code: ImportErrorCode = error.code; // every fault of the ZIP itself has an import code of the same name
  return new ImportError(code, error.params);
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}

export type { AbortSignalLike };

export function throwIfCancelled(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw new ImportError('cancelled');
}
