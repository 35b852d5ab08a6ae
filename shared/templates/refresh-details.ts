// New details (title, submitter, forum, date...) for an existing draft. The sections a template
// fills from the details (the title block, the date line) show field values through their field
// nodes; they are filled again when a line appears or goes and they still hold exactly what the
// old details gave them; a section in the user's own words that does not follow the change keeps
// its text and is named, so the user can change it by hand. Pure: the host writes the result.
import type { Draft, DraftFields, Section } from '../model/draft';
import { buildSection, placeholderValues } from './create-draft';
import type { Translate } from './messages';
import type { Template } from './schema';
import { placeInSections, sectionWish } from './placement';
import { fieldTexts } from '../model/field-texts';
import { sectionPlainText } from '../model/text';

/** All of the draft's field values after the change (a field left out is removed). */
export type DetailsFields = DraftFields;

export interface RefreshedDetails {
  draft: Draft;
  /** Sections whose text or heading was filled again from the new details. */
  refreshed: string[];
  /** Headings of sections filled from the details that the user edited: they keep the old wording. */
  edited: string[];
}

const sameContent = (a: Section['content'], b: Section['content']) => JSON.stringify(a) === JSON.stringify(b);

export function refreshDetails(
  draft: Draft,
  details: DetailsFields,
  template: Template | undefined,
  translate: Translate | undefined,
): RefreshedDetails {
  const next: Draft = { ...draft, fields: { ...details } };
  if (!template) return { draft: next, refreshed: [], edited: [] };
  const before = placeholderValues(draft.fields, draft.language, translate, template);
  const after = placeholderValues(next.fields, next.language, translate, template);
  const [textsBefore, textsAfter] = [fieldTexts(draft), fieldTexts(next)];
  // The template section each draft section came from, as changeTemplate places them.
  const from = placeInSections(template.sections, draft.sections.map(sectionWish), 'next');
  const refreshed: string[] = [];
  const edited: string[] = [];
  next.sections = draft.sections.map((section, at) => {
    const slot = template.sections[from[at]!];
    if (!slot) return section;
    const env = { newId: () => section.id, translate };
    const old = buildSection(slot, before, env);
    const fresh = buildSection(slot, after, env);
    let result = section;
    if (section.heading === old.heading && fresh.heading !== old.heading)
      result = { ...result, heading: fresh.heading };
    // Field nodes show new values by themselves; content is rewritten only when a line appears or
    // goes (e.g. a ministry line). A section in its own words (edited, imported) that does not
    // follow the change is named.
    const shownBefore = sectionPlainText(old.content, textsBefore);
    if (!sameContent(old.content, fresh.content) || shownBefore !== sectionPlainText(fresh.content, textsAfter)) {
      if (sameContent(section.content, old.content)) {
        if (!sameContent(old.content, fresh.content)) result = { ...result, content: fresh.content };
      } else if (sectionPlainText(section.content, textsBefore) === sectionPlainText(section.content, textsAfter))
        edited.push(section.heading);
    }
    if (result !== section) refreshed.push(section.id);
    return result;
  });
  return { draft: next, refreshed, edited };
}
