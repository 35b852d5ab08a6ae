// "Changes since the last edition": an annex at the end of an edition's export listing, section
// by section, the words removed and added since the previous edition (shared/edition/changes.ts),
// and nothing for the sections that did not change.
import type { Section } from '../model/draft';
import { formatLongDate } from '../model/dates';
import { annexSectionName } from './answer-texts';
import { changesSinceLastEdition } from '../edition/changes';
import type { Draft } from '../model/draft';
import type { RenderContext } from './context';
import { changesAnnexWords, fill } from './document-words';
import { lineParagraph } from './sections';
import { STYLE } from './style-names';

export const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';

/** A section as an annex names it: a norm by its heading line, another section by its heading. */
export function sectionName(section: Pick<Section, 'heading' | 'norm'>, ctx: RenderContext): string {
  return annexSectionName(section, ctx.profile);
}

/** The annex's paragraphs; nothing for a draft that is not an edition of another. */
export function changesAnnex(draft: Pick<Draft, 'sections' | 'edition'>, ctx: RenderContext): string[] {
  const changed = changesSinceLastEdition(draft);
  if (!changed || !draft.edition) return [];
  const { language } = ctx.profile;
  const words = changesAnnexWords(language);
  const { previousTitle, previousDate } = draft.edition;
  const out = [
    PAGE_BREAK,
    ...lineParagraph(words.heading, STYLE.headings[0], ctx),
    ...lineParagraph(
      fill(words.intro, { title: previousTitle, date: formatLongDate(previousDate, language) }),
      '',
      ctx,
    ),
  ];
  if (changed.length === 0) out.push(...lineParagraph(words.none, '', ctx));
  for (const { section, changes } of changed) {
    out.push(...lineParagraph(sectionName(section, ctx), STYLE.headings[1], ctx));
    for (const change of changes) out.push(...lineParagraph(fill(words[change.kind], { text: change.text }), '', ctx));
  }
  return out;
}
