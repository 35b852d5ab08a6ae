// Why a draft file could not be opened or saved, as a code with parameters, and the message key
// (namespace `files`) of each code: the format's own error codes, the picker's size limit, the
// browser's storage, and writing the file.
import { FileFormatError, type FileFormatErrorCode } from '../../../shared/format/file-format-error';
import { MAX_NORMDRAFT_BYTES } from '../../../shared/format/normdraft';
import { saveFailureReason, StorageError } from '../storage/errors';

export type FileProblemCode =
  FileFormatErrorCode | 'storage' | 'storageFull' | 'unknown' | 'saveInvalid' | 'readDraft' | 'write';

export const FILE_PROBLEM_KEYS: Record<FileProblemCode, string> = {
  'too-large': 'error.too-large',
  'not-json': 'error.not-json',
  'wrong-format': 'error.wrong-format',
  'unsupported-version': 'error.unsupported-version',
  invalid: 'error.invalid',
  storage: 'error.storage',
  storageFull: 'error.storageFull',
  unknown: 'error.unknown',
  saveInvalid: 'error.saveInvalid',
  readDraft: 'error.readDraft',
  write: 'error.write',
};

export interface FileProblem {
  code: FileProblemCode;
  params: Record<string, string | number>;
}

const LIMIT_MB = MAX_NORMDRAFT_BYTES / (1024 * 1024);

export function tooLargeProblem(): FileProblem {
  return { code: 'too-large', params: { limit: LIMIT_MB } };
}

function isStorageFailure(error: unknown): boolean {
  return error instanceof StorageError || saveFailureReason(error) !== 'unknown';
}

/** What went wrong while opening a .normdraft file and adding it to the library. */
export function openProblem(error: unknown): FileProblem {
  if (error instanceof FileFormatError)
    return error.code === 'too-large' ? tooLargeProblem() : { code: error.code, params: {} };
  if (isStorageFailure(error))
    return { code: saveFailureReason(error) === 'quota' ? 'storageFull' : 'storage', params: {} };
  return { code: 'unknown', params: {} };
}

/** What went wrong while saving a draft as a .normdraft file. */
export function saveProblem(error: unknown): FileProblem {
  if (error instanceof FileFormatError) return { code: 'saveInvalid', params: {} };
  if (isStorageFailure(error)) return { code: 'readDraft', params: {} };
  return { code: 'write', params: { message: error instanceof Error ? error.message : String(error) } };
}
