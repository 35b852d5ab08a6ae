// Moving a draft onto another template (a "Norms only" draft becoming a national non-paper, a
// non-paper becoming a stakeholder contribution). The user's text is never lost: each section
// goes where the target has a place for it (norms by letter, the others by kind, in order), the
// target's new sections are added as a new draft would have them, and sections that fit nowhere
// are kept at the end under their own heading. Pure: ids and time come from the host.
import type { Draft, Section } from '../model/draft';
import { countFootnotes } from '../model/footnotes';
import { draftSchema } from '../model/schema';
import { sectionPlainText } from '../model/text';
import { formatPath } from '../model/forbidden-keys';
import { buildSection, placeholderValues } from './create-draft';
import { carryFieldAnswers } from './section-fields';
import type { Translate } from './messages';
import type { Template } from './schema';
import { placeInSections, sectionWish } from './placement';

export interface ChangeTemplateEnv {
  now: number;
  newId: () => string;
  /** Template texts in the document language; English is used for any key it lacks. */
  translate?: Translate;
}

export interface ChangeTemplateReport {
  /** Sections placed in a section of the target template, text and status unchanged. */
  kept: number;
  /** Headings of the sections the target has no place for, kept at the end of the draft. */
  moved: string[];
  /** Sections of the target the draft did not have, added as a new draft has them. */
  added: number;
}

/** Thrown when the changed draft would break a limit of the draft format; nothing is changed. */
export class TemplateChangeError extends Error {
  override readonly name = 'TemplateChangeError';
}

/** A section with no text, no footnote and no status of its own holds nothing to keep. */
function holdsNothing(section: Section): boolean {
  return (
    section.status === 'empty' &&
    countFootnotes(section.content) === 0 &&
    sectionPlainText(section.content).trim() === ''
  );
}

export function changeTemplate(
  draft: Draft,
  target: Template,
  env: ChangeTemplateEnv,
): { draft: Draft; report: ChangeTemplateReport } {
  // Each section of the draft gets a section of its own in the target, in order.
  const targets = placeInSections(target.sections, draft.sections.map(sectionWish), 'next');
  const sourceOf = new Map<number, Section>();
  draft.sections.forEach((section, at) => {
    if (targets[at]! >= 0) sourceOf.set(targets[at]!, section);
  });
  const placed = new Set<string>();
  const values = placeholderValues(draft.fields, draft.language, env.translate, target);
  let added = 0;

  const sections = target.sections.map((slot, index): Section => {
    const source = sourceOf.get(index);
    if (!source) {
      added += 1;
      return buildSection(slot, values, env);
    }
    placed.add(source.id);
    // The target's heading, guidance and sub-headings; the user's text, footnotes, status and answers.
    const frame = buildSection(slot, values, { newId: () => source.id, translate: env.translate });
    const fields = carryFieldAnswers(frame.fields, source.fields);
    return { ...frame, content: source.content, status: source.status, ...(fields.length > 0 ? { fields } : {}) };
  });

  const moved: string[] = [];
  for (const section of draft.sections) {
    if (placed.has(section.id) || holdsNothing(section)) continue;
    const kept: Section = { ...section, kind: 'other', norm: null };
    sections.push(kept);
    moved.push(section.heading);
  }

  const changed: Draft = {
    ...draft,
    templateId: target.id,
    submitterKind: target.submitterKind === 'any' ? draft.submitterKind : target.submitterKind,
    updatedAt: env.now,
    sections,
  };
  const checked = draftSchema.safeParse(changed);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new TemplateChangeError(
      `The draft cannot take the template "${target.id}": ${formatPath(issue.path)}: ${issue.message}`,
    );
  }
  return { draft: changed, report: { kept: placed.size, moved, added } };
}
