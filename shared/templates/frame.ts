// One body of work, several frames: a draft is written in one template (its own sections) and can
// be exported "in the frame of" another, e.g. a survey's norm answers as a national non-paper.
// The frame is computed at export time from the stored draft by the same placement rule as a
// template change, and never stored: the norm's text exists once, so the two documents cannot
// drift apart. Pure and deterministic (no clock, no random ids).
import type { Draft } from '../model/draft';
import { changeTemplate } from './change-template';
import type { Translate } from './messages';
import type { Template } from './schema';

/** Thrown when a frame is asked for by an id no template has. */
export class UnknownFrameError extends Error {
  override readonly name = 'UnknownFrameError';
  constructor(
    readonly frameId: string,
    readonly validIds: readonly string[],
  ) {
    super(`There is no template "${frameId}" to write the draft in; the templates are: ${validIds.join(', ')}`);
  }
}

/** The template named `frameId`, or a clear error listing the ids there are. */
export function findFrame(templates: readonly Template[], frameId: string): Template {
  const found = templates.find((template) => template.id === frameId);
  if (!found)
    throw new UnknownFrameError(
      frameId,
      templates.map((template) => template.id),
    );
  return found;
}

/**
 * The draft as it reads in `frame`'s sections; the draft itself is left as it is. In its own
 * template it is returned unchanged. Sections the frame lacks are added empty (an export leaves
 * them out unless asked), sections it has no place for are kept at the end under their heading.
 */
export function draftInFrame(draft: Draft, frame: Template, translate?: Translate): Draft {
  if (frame.id === draft.templateId) return draft;
  const used = new Set(draft.sections.map((section) => section.id));
  let next = 0;
  // Ids for the frame's added sections only; they live as long as this one export.
  const newId = (): string => {
    let id: string;
    do id = `frame-${++next}`;
    while (used.has(id));
    return id;
  };
  return changeTemplate(draft, frame, {
    now: draft.updatedAt,
    newId,
    ...(translate ? { translate } : {}),
  }).draft;
}
