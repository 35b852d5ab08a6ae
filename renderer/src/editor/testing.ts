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
} from 'lexical';
import { FootnoteExtension } from './footnote/footnote-extension';
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
