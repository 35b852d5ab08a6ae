// The superscript number in the body. Clicking it puts the caret in the footnote's text.
import type { NodeKey } from 'lexical';
import { useSyncExternalStore } from 'react';
import { useFootnotes } from './context';

export function FootnoteReference({ nodeKey }: { nodeKey: NodeKey }) {
  const { registry, start, t } = useFootnotes();
  const index = useSyncExternalStore(registry.subscribe, () => registry.indexOf(nodeKey));
  if (index < 0) return null;
  const number = start + index;
  return (
    <button
      type="button"
      className="nd-footnote-ref"
      tabIndex={-1}
      aria-label={t('editor:footnotes.reference', { number })}
      onClick={() => registry.focusNote(nodeKey)}
    >
      {number}
    </button>
  );
}
