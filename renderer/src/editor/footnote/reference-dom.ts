// A footnote reference in the body as plain DOM: the superscript host Lexical places, holding a
// button with the footnote's number. Not a React portal per reference (FootnoteNode.decorate
// returns null): a long section's dozens of references mount with the text, and inserting one
// renders nothing in React for it. The registry writes the numbers (registry.ts).
import { $getNearestNodeFromDOMNode, type LexicalEditor } from 'lexical';
import { $isNoteHolder } from './note-holder';
import type { FootnoteRegistry } from './registry';

export type ReferenceLabel = (number: number) => string;

const BUTTON_CLASS = 'nd-footnote-ref';

/** The host and its button; `number` is null while the footnote's place is not known yet. */
export function createReferenceDOM(doc: Document, number: number | null, label: ReferenceLabel): HTMLElement {
  const sup = doc.createElement('sup');
  sup.className = 'nd-footnote-ref-host';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = BUTTON_CLASS;
  button.tabIndex = -1;
  sup.append(button);
  if (number !== null) showReferenceNumber(sup, number, label);
  return sup;
}

/**
 * Shows `number` on a reference (its host element). Unchanged ones are not touched, nor is their
 * name translated again: a renumbering touches only the references after the change. The number
 * is an attribute the style sheet shows (footnote.css), not text: the editor watches its body's
 * text and children, and a number written as text made it run an update of its own that measured
 * the whole page's layout, in the middle of opening a section or inserting a footnote.
 */
export function showReferenceNumber(
  host: HTMLElement | null,
  number: number,
  label: ReferenceLabel,
  relabel = false,
): void {
  const button = host?.firstElementChild;
  if (!(button instanceof HTMLElement)) return;
  const text = String(number);
  if (button.dataset.number === text && !relabel) return;
  button.dataset.number = text;
  button.setAttribute('aria-label', label(number));
}

/**
 * A click on a reference puts the caret in its footnote's text. Listened for on the editor's
 * root, after the editor's own click handling, as a React handler would have been.
 */
export function registerReferenceClicks(editor: LexicalEditor, registry: FootnoteRegistry): () => void {
  const onClick = (event: MouseEvent) => {
    const target = event.target;
    const button = target instanceof Element ? target.closest(`.${BUTTON_CLASS}`) : null;
    if (!button) return;
    const key = editor.read(() => {
      const node = $getNearestNodeFromDOMNode(button);
      return $isNoteHolder(node) ? node.getKey() : null;
    });
    if (key !== null) registry.focusNote(key);
  };
  let root: HTMLElement | null = null;
  const off = editor.registerRootListener((next) => {
    root?.removeEventListener('click', onClick);
    root = next;
    root?.addEventListener('click', onClick);
  });
  return () => {
    off();
    root?.removeEventListener('click', onClick);
    root = null;
  };
}
