// The top of the document (issuing body, title, submitter with month and year, forum) and the
// closing date line, from the draft's own fields.
import type { Draft } from '../model/draft';
import type { RenderContext } from './context';
import { fullDate, monthYear } from './dates';
import { lineParagraph } from './sections';
import { STYLE } from './styles';

export function titleBlock(draft: Draft, ctx: RenderContext): string[] {
  const { profile } = ctx;
  const submitterLine = [draft.submitter.trim(), monthYear(draft.date, profile.dateLocale)].filter(Boolean).join(profile.listSeparator);
  return [
    ...lineParagraph(draft.issuingBody, STYLE.issuingBody, ctx),
    ...lineParagraph(draft.title, STYLE.title, ctx),
    ...lineParagraph(submitterLine, STYLE.subtitle, ctx),
    ...lineParagraph(draft.forum, STYLE.forum, ctx),
  ];
}

export function closingDateLine(draft: Draft, ctx: RenderContext): string[] {
  return lineParagraph(fullDate(draft.date, ctx.profile.dateLocale), STYLE.dateLine, ctx);
}
