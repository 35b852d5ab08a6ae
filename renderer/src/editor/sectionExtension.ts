// The section editor without its React shell: every node, command, guard and import rule.
// SectionEditor.tsx adds React and the initial content; tests build it directly.
import { HistoryExtension } from '@lexical/history';
import { LinkExtension } from '@lexical/link';
import { ListExtension, WordListImportExtension } from '@lexical/list';
import { RichTextExtension } from '@lexical/rich-text';
import { configExtension, defineExtension } from 'lexical';
import { BlocksExtension } from './blocks/BlocksExtension';
import { ContentFitExtension } from './limits/ContentFitExtension';
import { FootnoteExtension } from './footnote/FootnoteExtension';
import { isSafeLink } from './link/isSafeLink';
import { LinkSafetyExtension } from './link/linkSafety';
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
    RichTextExtension,
    HistoryExtension,
    BlocksExtension,
    ListExtension,
    WordListImportExtension,
    ListsExtension,
    ListTabExtension,
    ListAutoformatExtension,
    configExtension(LinkExtension, { validateUrl: isSafeLink }),
    LinkSafetyExtension,
    FootnoteExtension,
    SubheadingExtension,
    pasteExtension('section'),
    ShortcutsExtension,
    ContentFitExtension,
  ],
});
