// The top of the document (issuing body, title, submitter with month and year, forum) and the
// closing date line, from the draft's own fields.
import type { Draft } from '../model/draft';
import { fullDate, monthYear } from './dates';
import type { LanguageProfile } from './language';
import { outlineLine, type OutlineLine } from './outline-line';
import { STYLE } from './style-names';

export function titleBlockLines(draft: Draft, profile: LanguageProfile): OutlineLine[] {
  const submitterLine = [draft.submitter.trim(), monthYear(draft.date, profile.dateLocale)].filter(Boolean).join(profile.listSeparator);
  return [
    ...outlineLine(draft.issuingBody, STYLE.issuingBody),
    ...outlineLine(draft.title, STYLE.title),
    ...outlineLine(submitterLine, STYLE.subtitle),
    ...outlineLine(draft.forum, STYLE.forum),
  ];
}

export function closingDateLines(draft: Draft, profile: LanguageProfile): OutlineLine[] {
  return outlineLine(fullDate(draft.date, profile.dateLocale), STYLE.dateLine);
}
