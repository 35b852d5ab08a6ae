// New details (title, submitter, forum, date...) for an existing draft. The sections a template
// fills from the details (the title block, the date line) are filled again when they still hold
// exactly what the old details gave them; a section the user has edited keeps its text and is
// named, so the user can change it by hand. Pure: the host writes the result.
import type { Draft, Section } from '../model/draft';
import { buildSection, placeholderValues } from './create-draft';
import type { Translate } from './messages';
import type { Template, TemplateSection } from './schema';

export type DetailsFields = Pick<Draft, 'title' | 'submitter' | 'issuingBody' | 'forum' | 'date'> & { government?: string };

export interface RefreshedDetails {
  draft: Draft;
  /** Sections whose text or heading was filled again from the new details. */
  refreshed: string[];
  /** Headings of sections filled from the details that the user edited: they keep the old wording. */
  edited: string[];
}

const sameContent = (a: Section['content'], b: Section['content']) => JSON.stringify(a) === JSON.stringify(b);

export function refreshDetails(draft: Draft, details: DetailsFields, template: Template | undefined, translate: Translate | undefined): RefreshedDetails {
  const next: Draft = { ...draft, ...details };
  if (details.government === undefined) delete next.government;
  if (!template) return { draft: next, refreshed: [], edited: [] };
  const before = placeholderValues(draft, translate);
  const after = placeholderValues(next, translate);
  // Template sections by slot, in order, as changeTemplate matches them.
  const slots = new Map<string, TemplateSection[]>();
  for (const slot of template.sections) {
    const key = `${slot.kind}:${slot.norm ?? ''}`;
    slots.set(key, [...(slots.get(key) ?? []), slot]);
  }
  const refreshed: string[] = [];
  const edited: string[] = [];
  next.sections = draft.sections.map((section) => {
    const slot = slots.get(`${section.kind}:${section.norm ?? ''}`)?.shift();
    if (!slot) return section;
    const env = { newId: () => section.id, translate };
    const old = buildSection(slot, before, env);
    const fresh = buildSection(slot, after, env);
    let result = section;
    if (section.heading === old.heading && fresh.heading !== old.heading) result = { ...result, heading: fresh.heading };
    if (!sameContent(old.content, fresh.content)) {
      if (sameContent(section.content, old.content)) result = { ...result, content: fresh.content };
      else edited.push(section.heading);
    }
    if (result !== section) refreshed.push(section.id);
    return result;
  });
  return { draft: next, refreshed, edited };
}
