// Suggesting inside a section's editor: the bar above the text and the card of one suggestion.
// Rendered inside the editor (SectionEditor's children). A decision on one suggestion is an edit
// of the editor that holds it (body or footnote text), so Ctrl+Z takes it back.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { getNearestEditorFromDOMNode } from 'lexical';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { BREAK_ATTRIBUTE, repaintBreak, watchBreakSuggestions } from '../../editor/review/break-marks';
import { $decideSuggestion } from '../../editor/review/decide';
import { paintSuggestion, SuggestionNode } from '../../editor/review/suggestion-node';
import { SuggestionPopover, type PopoverTarget } from './SuggestionPopover';
import { SuggestionsBar } from './SuggestionsBar';
import type { Suggesting } from './use-suggesting';
import './suggesting.css';

interface SuggestionToolsProps {
  suggesting: Suggesting;
  sectionId: string;
  /** The section's stored text held suggestions when it opened (footnotes included). */
  initiallySuggested: boolean;
}

function targetOf(node: EventTarget | Node | null, focus: boolean): PopoverTarget | null {
  const element = node instanceof Element ? node : node instanceof Node ? node.parentElement : null;
  const found = element?.closest<HTMLElement>('[data-suggestion]');
  if (found?.dataset.suggestion) {
    const kind = found.classList.contains('nd-suggestion-delete') ? 'delete' : 'insert';
    return { element: found, suggestionId: found.dataset.suggestion, kind, focus };
  }
  // A suggested paragraph break: a click on its block beside the words (its pilcrow), or the
  // keyboard or a right-click anywhere in the block.
  const block = focus
    ? element?.closest<HTMLElement>(`[${BREAK_ATTRIBUTE}]`)
    : element?.hasAttribute(BREAK_ATTRIBUTE)
      ? (element as HTMLElement)
      : null;
  const id = block?.getAttribute(BREAK_ATTRIBUTE);
  if (!block || !id) return null;
  const kind = block.getAttribute('data-break-kind') === 'delete' ? 'delete' : 'insert';
  return { element: block, suggestionId: id, kind, focus, paragraphBreak: true };
}

/** Whether the section body holds a suggestion now (suggested words or paragraph breaks). */
function useBodySuggestions(): boolean {
  const [editor] = useLexicalComposerContext();
  const [count, setCount] = useState(0);
  const [breaks, setBreaks] = useState(0);
  useEffect(() => {
    const keys = new Set<string>();
    const stopWords = editor.registerMutationListener(
      SuggestionNode,
      (mutations) => {
        for (const [key, mutation] of mutations) {
          if (mutation === 'destroyed') keys.delete(key);
          else keys.add(key);
        }
        setCount(keys.size);
      },
      { skipInitialization: false },
    );
    const stopBreaks = watchBreakSuggestions(editor, setBreaks);
    return () => {
      stopWords();
      stopBreaks();
    };
  }, [editor]);
  return count + breaks > 0;
}

export function SuggestionTools({ suggesting, sectionId, initiallySuggested }: SuggestionToolsProps) {
  const [editor] = useLexicalComposerContext();
  const { session, records, decideAll } = suggesting;
  const on = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const inBody = useBodySuggestions();
  const [target, setTarget] = useState<PopoverTarget | null>(null);

  useEffect(() => {
    let page: HTMLElement | null = null;
    const onClick = (event: MouseEvent) => setTarget(targetOf(event.target, false));
    const onContextMenu = (event: MouseEvent) => {
      const found = targetOf(event.target, true);
      if (!found) return;
      event.preventDefault();
      setTarget(found);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') return setTarget(null);
      if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return;
      const found = targetOf(document.getSelection()?.anchorNode ?? null, true);
      if (!found) return;
      event.preventDefault();
      setTarget(found);
    };
    const detach = () => {
      page?.removeEventListener('click', onClick);
      page?.removeEventListener('contextmenu', onContextMenu);
      page?.removeEventListener('keydown', onKeyDown);
    };
    const unregister = editor.registerRootListener((root) => {
      detach();
      // The page holds the body and the footnotes' texts.
      page = root?.closest<HTMLElement>('.nd-editor__page') ?? root;
      page?.addEventListener('click', onClick);
      page?.addEventListener('contextmenu', onContextMenu);
      page?.addEventListener('keydown', onKeyDown);
    });
    return () => {
      unregister();
      detach();
    };
  }, [editor]);

  // The records may arrive after the text is on screen (a draft being opened): colour and
  // describe the suggestions again whenever they change.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const page = editor.getRootElement()?.closest('.nd-editor__page');
      for (const element of page?.querySelectorAll<HTMLElement>('[data-suggestion]') ?? [])
        paintSuggestion(element, getNearestEditorFromDOMNode(element) ?? editor);
      for (const element of page?.querySelectorAll<HTMLElement>(`[${BREAK_ATTRIBUTE}]`) ?? [])
        repaintBreak(element, getNearestEditorFromDOMNode(element) ?? editor);
    });
    return () => cancelAnimationFrame(frame);
  }, [editor, records]);

  const decide = (accept: boolean) => {
    if (!target) return;
    const owner = getNearestEditorFromDOMNode(target.element) ?? editor;
    owner.update(() => {
      $decideSuggestion(target.suggestionId, accept);
    });
    setTarget(null);
    owner.focus();
  };

  const hasSuggestions = inBody || initiallySuggested;
  return (
    <>
      {(on || hasSuggestions) && (
        <SuggestionsBar sectionId={sectionId} suggesting={on} hasSuggestions={hasSuggestions} onDecide={decideAll} />
      )}
      {target && target.element.isConnected && (
        <SuggestionPopover
          target={target}
          record={records.get(target.suggestionId)}
          onDecide={decide}
          onClose={() => {
            setTarget(null);
            (getNearestEditorFromDOMNode(target.element) ?? editor).focus();
          }}
        />
      )}
    </>
  );
}
