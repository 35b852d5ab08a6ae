// "Changes since the last edition": an annex at the end of an edition's export listing, section
// by section, the words removed and added since the previous edition (its lines are
// changes-annex-lines.ts's, shared with the print layout), and nothing for the sections that did
// not change.
import type { Draft } from '../model/draft';
import { changesAnnexLines } from './changes-annex-lines';
import type { RenderContext } from './context';
import { lineParagraphs } from './sections';

export const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/** The annex's paragraphs; nothing for a draft that is not an edition of another. */
export function changesAnnex(draft: Pick<Draft, 'sections' | 'edition'>, ctx: RenderContext): string[] {
  const lines = changesAnnexLines(draft, ctx.profile.language);
  return lines ? [PAGE_BREAK, ...lineParagraphs(lines, ctx)] : [];
}
