// Why a file the user chose (a .normdraft draft or a whole library) could not be read or written:
// one error for both formats, so that the screens and the CLI tell the same problems apart.

export type FileFormatErrorCode = 'too-large' | 'not-json' | 'wrong-format' | 'unsupported-version' | 'invalid';

export class FileFormatError extends Error {
  override readonly name = 'FileFormatError';
  constructor(
    readonly code: FileFormatErrorCode,
    message: string,
    /** Where in the file the problem is, for developers and tests; never shown to users. */
    readonly detail?: string,
  ) {
    super(message);
  }
}
