// "New edition from this submission": next year's draft starts from this one. Everything the
// submission holds is carried over (sections with their text and footnotes, fields, contacts),
// as submitted: review and collaboration data stay with the old draft (withoutReviewData), so
// pending suggestions are left as the public export leaves them. The new draft links to the old
// one (id, title, date, and each section's text then, which the changes annex compares with);
// every section is marked "to update" and the date is the day the edition is made.
import { withoutReviewData } from '../collab/public-draft';
import { isoDateOf } from '../model/dates';
import type { Draft } from '../model/draft';
import { sectionPlainText } from '../model/text';

export interface NewEditionEnv {
  now: number;
  newId: () => string;
}

/**
 * Each section's plain text as the public export reads it, by section id. Fields read as their
 * placeholders: a new date or title is a change of the details, not of what a section says.
 */
export function editionTexts(draft: Draft): { sectionId: string; text: string }[] {
  return withoutReviewData(draft).sections.map((section) => ({
    sectionId: section.id,
    text: sectionPlainText(section.content),
  }));
}

export function newEdition(previous: Draft, env: NewEditionEnv): Draft {
  const { edition: _older, ...kept } = withoutReviewData(previous);
  const carried = structuredClone(kept);
  return {
    ...carried,
    id: env.newId(),
    fields: { ...carried.fields, date: isoDateOf(env.now) },
    createdAt: env.now,
    updatedAt: env.now,
    sections: carried.sections.map((section) => ({ ...section, status: 'update' })),
    edition: {
      previousId: previous.id,
      previousTitle: previous.fields.title,
      previousDate: previous.fields.date,
      previousTexts: editionTexts(previous),
    },
  };
}
