// What can be wrong with a package (ZIP) as such. The codes are the importer's own error codes
// for the same faults (shared/import/errors.ts turns one into the other and words it for the
// user); the writer never meets them.
export const PACKAGE_ERROR_CODES = [
  'not-zip',
  'zip-truncated',
  'zip-invalid',
  'zip-too-many-entries',
  'zip-too-large',
  'zip-encrypted',
  'zip-unsupported',
  /** The platform has no DecompressionStream. */
  'docx-unreadable',
  'cancelled',
] as const;

export type PackageErrorCode = (typeof PACKAGE_ERROR_CODES)[number];

export class PackageError extends Error {
  override readonly name = 'PackageError';

  constructor(
    readonly code: PackageErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`);
  }
}

/** Something with an `aborted` flag: an AbortSignal fits (shared/ has no DOM types). */
export interface AbortSignalLike {
  readonly aborted: boolean;
}

export function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw new PackageError('cancelled');
}
