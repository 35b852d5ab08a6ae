// A contribution for someone who only has Word: the contributor's copy as a .docx with the asked
// sections clearly marked, and the returned .docx matched back to those sections.
import type { Draft } from '../model/draft';

/** The .docx of a contributor's copy (a draft carrying its ticket in `contribution`). */
export async function contributionDocx(_copy: Draft, _env: { now: Date }): Promise<Uint8Array> {
  throw new Error('contributionDocx: not implemented yet');
}

/**
 * Reads a returned .docx as a returned contribution of `lead`: a copy carrying its ticket, with
 * the asked sections as the contributor left them. Throws a FileFormatError whose message the
 * user reads when the file is not a contribution of this draft.
 */
export async function readReturnedDocx(_bytes: Uint8Array, _lead: Draft): Promise<Draft> {
  throw new Error('readReturnedDocx: not implemented yet');
}
