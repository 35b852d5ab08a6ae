// Test support: a section editor without React, attached to a detached DOM element so Lexical
// reconciles (mutation listeners, and so footnote numbering, only run against a DOM).
import { buildEditorFromExtensions } from '@lexical/extension';
import { getExtensionDependencyFromEditor } from '@lexical/extension';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type LexicalEditor,
  type LexicalEditorWithDispose,
  type NodeKey,
} from 'lexical';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { ContentLoad } from './content-load';
import { $insertFootnote, FootnoteExtension } from './footnote/footnote-extension';
import type { FootnoteRegistry } from './footnote/registry';
import { ContentFitExtension } from './limits/content-fit-extension';
import type { FitNoticeLog } from './limits/notices';
import { SectionCoreExtension } from './section-extension';

export function createTestEditor(): {
  editor: LexicalEditorWithDispose;
  registry: FootnoteRegistry;
  notices: FitNoticeLog;
} {
  const editor = buildEditorFromExtensions(SectionCoreExtension);
  if (typeof document !== 'undefined') editor.setRootElement(document.createElement('div'));
  const { registry } = getExtensionDependencyFromEditor(editor, FootnoteExtension).output;
  const { notices } = getExtensionDependencyFromEditor(editor, ContentFitExtension).output;
  return { editor, registry, notices };
}

/** Replaces the content with one paragraph of `text`, all of it selected. */
export function selectText(editor: LexicalEditor, text: string): void {
  editor.update(
    () => {
      const node = $createTextNode(text);
      $getRoot().clear().append($createParagraphNode().append(node));
      node.select(0, text.length);
    },
    { discrete: true },
  );
}

/** Replaces the content with one paragraph of `text`, the caret at its end. */
export function caretAfter(editor: LexicalEditor, text: string): void {
  editor.update(
    () => {
      const paragraph = $createParagraphNode().append($createTextNode(text));
      $getRoot().clear().append(paragraph);
      paragraph.selectEnd();
    },
    { discrete: true },
  );
}

/** Replaces the content with one paragraph per text. */
export function setParagraphs(editor: LexicalEditor, texts: string[]): void {
  editor.update(
    () =>
      $getRoot()
        .clear()
        .append(...texts.map((t) => $createParagraphNode().append($createTextNode(t)))),
    { discrete: true },
  );
}

/** Inserts a footnote at the end of paragraph `index` and returns its key. */
export function footnoteAtEndOf(editor: LexicalEditor, index: number): NodeKey {
  let key = '';
  editor.update(
    () => {
      $getRoot().getChildAtIndex(index)?.selectEnd();
      key = $insertFootnote().getKey();
    },
    { discrete: true },
  );
  return key;
}

/** Loads stored content whole into the (empty) editor; false when a block could not be read. */
export function $loadContent(content: SerializedEditorState): boolean {
  const load = new ContentLoad();
  load.$start(content, true);
  return load.complete;
}
