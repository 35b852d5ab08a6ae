// The comments pane's view of the editor: which comments the section's words carry now (followed
// as they are added, edited, undone or removed), and the commented words on the page: resolved
// threads' words lose their highlight, the active thread's words are marked, and clicking
// commented words (or moving the caret into them) makes their thread the active one.
import { COMMAND_PRIORITY_LOW, SELECTION_CHANGE_COMMAND } from 'lexical';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { EditorHandle } from '../../editor';
import { $commentsAtSelection } from '../../editor/review/comment-commands';
import { readSectionReview, watchSectionReview, type SectionReview } from '../../editor/review/section-comments';

const NONE: SectionReview = { comments: [], suggestions: 0 };
const nothing = () => () => {};
const none = () => NONE;

function sectionReviewStore({ editor, registry }: EditorHandle) {
  let value: SectionReview | null = null;
  return {
    subscribe(notify: () => void): () => void {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Several changes in a row (an undo touching many ranges) are read once.
      const stop = watchSectionReview(editor, registry, () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          value = null;
          notify();
        }, 50);
      });
      return () => {
        stop();
        clearTimeout(timer);
      };
    },
    get: (): SectionReview => (value ??= readSectionReview(editor, registry)),
  };
}

export function useSectionReview(handle: EditorHandle | null): SectionReview {
  const store = useMemo(() => (handle ? sectionReviewStore(handle) : null), [handle]);
  return useSyncExternalStore(store?.subscribe ?? nothing, store?.get ?? none);
}

const MARK = 'mark.nd-comment-range';
const idsOf = (mark: HTMLElement) => (mark.dataset.comments ?? '').split(' ').filter((id) => id !== '');

/** `openIds`: the open threads' ids, space-separated (the others' words are not highlighted). */
export function useCommentMarks(
  handle: EditorHandle | null,
  openIds: string,
  active: string | null,
  onActivate: (id: string) => void,
): void {
  const onActivateRef = useRef(onActivate);
  useEffect(() => {
    onActivateRef.current = onActivate;
  });
  useEffect(() => {
    const page = handle?.editor.getRootElement()?.closest<HTMLElement>('.nd-editor__page');
    if (!handle || !page) return;
    const open = new Set(openIds.split(' '));
    const isOpen = (id: string) => open.has(id);
    const apply = () => {
      for (const mark of page.querySelectorAll<HTMLElement>(MARK)) {
        const ids = idsOf(mark);
        mark.classList.toggle('nd-comment-range--resolved', !ids.some((id) => isOpen(id)));
        mark.classList.toggle('nd-comment-range--active', active !== null && open.has(active) && ids.includes(active));
      }
    };
    apply();
    // The editor creates and drops these elements as the text changes (footnotes too).
    const observer = new MutationObserver(apply);
    observer.observe(page, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-comments'] });
    const activate = (ids: readonly string[]) => {
      const id = ids.filter(isOpen).at(-1);
      if (id) onActivateRef.current(id);
    };
    const onClick = (event: MouseEvent) => {
      const mark = (event.target as Element | null)?.closest?.<HTMLElement>(MARK);
      if (mark) activate(idsOf(mark));
    };
    page.addEventListener('click', onClick);
    const offSelection = handle.editor.registerCommand(
      SELECTION_CHANGE_COMMAND,
      () => {
        activate(handle.editor.getEditorState().read($commentsAtSelection));
        return false;
      },
      COMMAND_PRIORITY_LOW,
    );
    return () => {
      observer.disconnect();
      page.removeEventListener('click', onClick);
      offSelection();
    };
  }, [handle, openIds, active]);
}
