// The draft as the screen holds it (with unsaved typing), as a plain Draft to compare or keep.
import type { Draft } from '../../../shared/model/draft';
import type { OpenDraft } from '../draft/draft-state';

export function onScreenDraft(open: OpenDraft): Draft {
  return {
    ...open.meta,
    sections: open.sections.map(({ words: _w, footnotes: _f, content, ...section }) => ({
      ...section,
      content: content(),
    })),
  };
}
