// The top of the document (issuing body, title, submitter with month and year, forum) and the
// closing date line, from the draft's own fields.
import type { Paragraph } from 'docx';
import type { Draft } from '../model/draft';
import { paragraph } from './blocks';
import type { RenderContext } from './context';
import { fullDate, monthYear } from './dates';
import { textRuns } from './inline';
import { STYLE } from './styles';

function line(text: string, style: string, ctx: RenderContext): Paragraph | null {
  const trimmed = text.trim();
  return trimmed ? paragraph(ctx, { style, children: textRuns(trimmed, {}, ctx) }, trimmed) : null;
}

export function titleBlock(draft: Draft, ctx: RenderContext): Paragraph[] {
  const { profile } = ctx;
  const submitterLine = [draft.submitter.trim(), monthYear(draft.date, profile.dateLocale)].filter(Boolean).join(profile.listSeparator);
  return [
    line(draft.issuingBody, STYLE.issuingBody, ctx),
    line(draft.title, STYLE.title, ctx),
    line(submitterLine, STYLE.subtitle, ctx),
    line(draft.forum, STYLE.forum, ctx),
  ].filter((p): p is Paragraph => p !== null);
}

export function closingDateLine(draft: Draft, ctx: RenderContext): Paragraph[] {
  const text = line(fullDate(draft.date, ctx.profile.dateLocale), STYLE.dateLine, ctx);
  return text ? [text] : [];
}
