// The top of the document (issuing body, title, submitter with month and year, forum) and the
// closing date line, from the draft's own fields.
import type { Draft, Section } from '../model/draft';
import { sectionPlainText } from '../model/text';
import type { RenderContext } from './context';
import { fullDate, monthYear } from './dates';
import { forumLine } from './forum-line';
import { lineParagraph } from './sections';
import { STYLE } from './styles';

export function titleBlock(draft: Draft, ctx: RenderContext): string[] {
  const { profile } = ctx;
  const submitterLine = [draft.submitter.trim(), monthYear(draft.date, profile.dateLocale)].filter(Boolean).join(profile.listSeparator);
  return [
    ...lineParagraph(draft.issuingBody, STYLE.issuingBody, ctx),
    ...lineParagraph(draft.title, STYLE.title, ctx),
    ...lineParagraph(submitterLine, STYLE.subtitle, ctx),
    ...lineParagraph(forumLine(draft.forum, profile.language), STYLE.forum, ctx),
  ];
}

/**
 * The forum line under a title section the user writes, when that text does not name the forum
 * itself: the forum typed at creation or in the details always reaches the title block.
 */
export function missingForumLine(draft: Draft, titleSection: Section, ctx: RenderContext): string[] {
  const forum = draft.forum.trim();
  if (!forum || sectionPlainText(titleSection.content).includes(forum)) return [];
  return lineParagraph(forumLine(forum, ctx.profile.language), STYLE.forum, ctx);
}

export function closingDateLine(draft: Draft, ctx: RenderContext): string[] {
  return lineParagraph(fullDate(draft.date, ctx.profile.dateLocale), STYLE.dateLine, ctx);
}
