// Reading a .normdraft named on the command line: strictly, within the size limit, and failing
// with the file's name and what is wrong with it.
import { FileFormatError } from '../shared/format/file-format-error';
import { MAX_NORMDRAFT_BYTES, readNormdraftBytes, type ReadNormdraft } from '../shared/format/normdraft';
import type { Draft } from '../shared/model/draft';
import { CliError, type CliIo } from './io';

export async function readDraftFile(file: string, io: CliIo): Promise<Draft> {
  return (await readDraftFileWithLineage(file, io)).draft;
}

/** Like readDraftFile, with the file's lineage, for commands that save the draft again. */
export async function readDraftFileWithLineage(file: string, io: CliIo): Promise<ReadNormdraft> {
  try {
    return readNormdraftBytes(await io.readFile(file, MAX_NORMDRAFT_BYTES));
  } catch (error) {
    if (error instanceof FileFormatError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}
