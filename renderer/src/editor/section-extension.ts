// The section editor without its React shell: every node, command, guard and import rule. Inline
// content (node classes, rich text, undo, safe links) is the extension it shares with footnotes.
// SectionEditor.tsx adds React and the initial content; tests build it directly.
import { ListExtension, WordListImportExtension } from '@lexical/list';
import { defineExtension } from 'lexical';
import { BlocksExtension } from './blocks/blocks-extension';
import { ContentFitExtension } from './limits/content-fit-extension';
import { FootnoteExtension } from './footnote/footnote-extension';
import { InlineContentExtension } from './inline-content';
import { ListAutoformatExtension } from './lists/list-autoformat-extension';
import { ListsExtension } from './lists/lists-extension';
import { ListTabExtension } from './lists/list-tab-extension';
import { EDITOR_NODES } from './nodes';
import { pasteExtension } from './paste/paste-extension';
import { ShortcutsExtension } from './shortcuts-extension';
import { SuggestingExtension } from './review/suggesting-extension';
import { SubheadingExtension } from './subheadings/subheading-extension';
import { editorTheme } from './theme';

export const SECTION_NAMESPACE = 'norms-drafter/section';

export const SectionCoreExtension = defineExtension({
  name: 'norms-drafter/section-core',
  namespace: SECTION_NAMESPACE,
  theme: editorTheme,
  nodes: () => [...EDITOR_NODES],
  dependencies: [
    InlineContentExtension,
    BlocksExtension,
    ListExtension,
    WordListImportExtension,
    ListsExtension,
    ListTabExtension,
    ListAutoformatExtension,
    FootnoteExtension,
    SubheadingExtension,
    pasteExtension('section'),
    ShortcutsExtension,
    ContentFitExtension,
    SuggestingExtension,
  ],
});
