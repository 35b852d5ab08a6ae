// "Show who wrote what": each block of the section (paragraph, heading, quote, list item) shows
// the name and colour of its author, read from the `collab:by` mark in its NodeState. Registered
// only while shown, so typing with it off costs nothing; when on, only the blocks Lexical reports
// as created or changed are looked at again. It touches the DOM only, never the content.
import { ListItemNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $getNodeByKey, $getState, createState, ParagraphNode, type LexicalEditor, type NodeKey } from 'lexical';
import { MARK_KEYS } from '../../../../shared/collab/marks';

export interface BlockAuthor {
  name: string;
  colour: string;
}

/** Finds the author shown for a `collab:by` value; null leaves the block unmarked. */
export type AuthorLookup = (id: string) => BlockAuthor | null;

const byState = createState(MARK_KEYS.by, { parse: (value) => (typeof value === 'string' ? value : '') });

export const AUTHOR_ATTRIBUTE = 'data-author';
export const AUTHOR_COLOUR_PROPERTY = '--nd-author-colour';

function unmark(element: HTMLElement): void {
  element.removeAttribute(AUTHOR_ATTRIBUTE);
  element.style.removeProperty(AUTHOR_COLOUR_PROPERTY);
}

/** Marks the blocks' DOM with their authors until the returned function is called. */
export function registerAttribution(editor: LexicalEditor, authorOf: AuthorLookup): () => void {
  const marked = new Set<HTMLElement>();
  const show = (keys: NodeKey[]) =>
    editor.getEditorState().read(() => {
      for (const key of keys) {
        const node = $getNodeByKey(key);
        const element = editor.getElementByKey(key);
        if (!node || !element) continue;
        const id = $getState(node, byState);
        const author = id ? authorOf(id) : null;
        if (!author) {
          unmark(element);
          continue;
        }
        element.setAttribute(AUTHOR_ATTRIBUTE, author.name);
        element.style.setProperty(AUTHOR_COLOUR_PROPERTY, author.colour);
        marked.add(element);
      }
    });
  const stops = [ParagraphNode, HeadingNode, QuoteNode, ListItemNode].map((klass) =>
    editor.registerMutationListener(
      klass,
      (mutations) => show([...mutations].filter(([, mutation]) => mutation !== 'destroyed').map(([key]) => key)),
      { skipInitialization: false },
    ),
  );
  return () => {
    for (const stop of stops) stop();
    for (const element of marked) unmark(element);
    marked.clear();
  };
}
