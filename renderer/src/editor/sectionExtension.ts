// The section editor without its React shell: every node, command, guard and import rule. Inline
// content (node classes, rich text, undo, safe links) is the extension it shares with footnotes.
// SectionEditor.tsx adds React and the initial content; tests build it directly.
import { ListExtension, WordListImportExtension } from '@lexical/list';
import { defineExtension } from 'lexical';
import { BlocksExtension } from './blocks/BlocksExtension';
import { ContentFitExtension } from './limits/ContentFitExtension';
import { FootnoteExtension } from './footnote/FootnoteExtension';
import { InlineContentExtension } from './inlineContent';
import { ListAutoformatExtension } from './lists/ListAutoformatExtension';
import { ListsExtension } from './lists/ListsExtension';
import { ListTabExtension } from './lists/ListTabExtension';
import { EDITOR_NODES } from './nodes';
import { pasteExtension } from './paste/PasteExtension';
import { ShortcutsExtension } from './ShortcutsExtension';
import { SubheadingExtension } from './subheadings/SubheadingExtension';
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
  ],
});
