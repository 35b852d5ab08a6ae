// Opening a Word file someone sends back (a returned contribution, a reviewed file): bounded in
// size, and its parts checked with the import's XML limits (no DTD, bounded depth, element count
// and size) before anything reads them. The caller says how each problem is worded for its users.
import { SIZE_LIMITS } from '../import/detect';
import { wordPartsOf, type WordParts } from '../import/docx/wordprocessing';
import { checkXmlShape, newXmlBudget } from '../import/docx/xml-limits';
import { readPackage, type OpcPackage } from '../ooxml/package';

/** The largest Word file read back: the import's limit. */
export const MAX_WORD_FILE_BYTES = SIZE_LIMITS.docx;

export interface WordFileErrors {
  tooLarge(): Error;
  damaged(detail: string): Error;
}

export const detailOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 200);

export async function openWordFile(bytes: Uint8Array, errors: WordFileErrors): Promise<OpcPackage> {
  if (bytes.length > MAX_WORD_FILE_BYTES) throw errors.tooLarge();
  try {
    return await readPackage(bytes);
  } catch (error) {
    throw errors.damaged(detailOf(error));
  }
}

/** The Word parts of the package, each within the XML limits; `more` are further parts to check. */
export function checkedWordParts(
  pkg: OpcPackage,
  errors: WordFileErrors,
  more: readonly (string | undefined)[] = [],
): WordParts {
  try {
    const parts = wordPartsOf(pkg);
    const budget = newXmlBudget();
    for (const xml of [parts.document, parts.footnotes, parts.comments, parts.styles, parts.numbering, ...more])
      if (xml !== undefined) checkXmlShape(xml, budget);
    return parts;
  } catch (error) {
    throw errors.damaged(detailOf(error));
  }
}
