// The top of the document (issuing body, title, submitter with month and year, forum) and the
// closing date line, from the draft's own fields.
import type { Draft, Section } from '../model/draft';
import { fieldTexts } from '../model/field-texts';
import { sectionPlainText } from '../model/text';
import { fullDate, monthYear } from './dates';
import { forumLine } from './forum-line';
import type { LanguageProfile } from './language';
import { outlineLine, type OutlineLine } from './outline-line';
import { STYLE } from './style-names';

export function titleBlockLines(draft: Draft, profile: LanguageProfile): OutlineLine[] {
  const { fields } = draft;
  const submitterLine = [fields.submitter.trim(), monthYear(fields.date, profile.dateLocale)]
    .filter(Boolean)
    .join(profile.listSeparator);
  return [
    ...outlineLine(fields.issuingBody, STYLE.issuingBody),
    ...outlineLine(fields.title, STYLE.title),
    ...outlineLine(submitterLine, STYLE.subtitle),
    ...outlineLine(forumLine(fields.forum, profile.language), STYLE.forum),
  ];
}

/**
 * The forum line under a title section the user writes, when that text does not name the forum
 * itself: the forum typed at creation or in the details always reaches the title block.
 */
export function missingForumLines(draft: Draft, titleSection: Section, profile: LanguageProfile): OutlineLine[] {
  const forum = draft.fields.forum.trim();
  if (!forum || sectionPlainText(titleSection.content, fieldTexts(draft)).includes(forum)) return [];
  return outlineLine(forumLine(forum, profile.language), STYLE.forum);
}

export function closingDateLines(draft: Draft, profile: LanguageProfile): OutlineLine[] {
  return outlineLine(fullDate(draft.fields.date, profile.dateLocale), STYLE.dateLine);
}
