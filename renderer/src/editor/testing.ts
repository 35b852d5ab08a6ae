// Test support: a section editor without React, attached to a detached DOM element so Lexical
// reconciles (mutation listeners, and so footnote numbering, only run against a DOM).
import { buildEditorFromExtensions } from '@lexical/extension';
import { getExtensionDependencyFromEditor } from '@lexical/extension';
import type { LexicalEditorWithDispose } from 'lexical';
import { FootnoteExtension } from './footnote/FootnoteExtension';
import type { FootnoteRegistry } from './footnote/registry';
import { ContentFitExtension } from './limits/ContentFitExtension';
import type { FitNoticeLog } from './limits/notices';
import { SectionCoreExtension } from './sectionExtension';

export function createTestEditor(): { editor: LexicalEditorWithDispose; registry: FootnoteRegistry; notices: FitNoticeLog } {
  const editor = buildEditorFromExtensions(SectionCoreExtension);
  if (typeof document !== 'undefined') editor.setRootElement(document.createElement('div'));
  const { registry } = getExtensionDependencyFromEditor(editor, FootnoteExtension).output;
  const { notices } = getExtensionDependencyFromEditor(editor, ContentFitExtension).output;
  return { editor, registry, notices };
}
