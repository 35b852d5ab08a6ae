// A contribution for someone who only has Word: the contributor's copy as a .docx with the asked
// sections clearly marked (word-out.ts), and the returned .docx matched back to those sections
// (word-back.ts). The ticket, with the base of the asked sections, travels inside the file
// (word-ticket.ts).
import type { Draft } from '../model/draft';
import { contributionDocx as writeContributionDocx } from './word-out';
import { readReturnedDocx as readReturned } from './word-back';

/** The .docx of a contributor's copy (a draft carrying its ticket in `contribution`). */
export async function contributionDocx(copy: Draft, env: { now: Date }): Promise<Uint8Array> {
  return writeContributionDocx(copy, env);
}

/**
 * Reads a returned .docx as a returned contribution of `lead`: a copy carrying its ticket, with
 * the asked sections as the contributor left them. Throws a WordContributionError (word-errors.ts)
 * whose problem code the screens word in the user's language when the file is not a
 * contribution of this draft.
 */
export async function readReturnedDocx(bytes: Uint8Array, lead: Draft): Promise<Draft> {
  return readReturned(bytes, lead);
}
