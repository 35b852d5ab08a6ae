// What every editor of stored text shares, the section's and each footnote's: the inline node
// classes (text, tab and line break are Lexical's own; links), rich text with undo, and links
// only to safe addresses whichever way they arrive. The section editor adds blocks, lists and
// footnotes around it (section-extension.ts); a footnote's editor adds only its nesting.
import { HistoryExtension } from '@lexical/history';
import { AutoLinkNode, LinkExtension, LinkNode } from '@lexical/link';
import { RichTextExtension } from '@lexical/rich-text';
import { configExtension, defineExtension, type Klass, type LexicalNode } from 'lexical';
import { FieldNode } from './field/FieldNode';
import { isSafeLink } from './link/is-safe-link';
import { LinkSafetyExtension } from './link/link-safety';
import { CommentRangeNode } from './review/comment-range-node';
import { SuggestionNode } from './review/suggestion-node';

/**
 * The inline node classes beyond Lexical's own (links, draft fields, suggestions and comment
 * ranges); the section editor adds the footnote. These
 * editors never make an autolink, but storage accepts one (a file written elsewhere may hold it),
 * so the class is registered: without it such a section would not open.
 */
export const INLINE_NODES: readonly Klass<LexicalNode>[] = [
  LinkNode,
  AutoLinkNode,
  FieldNode,
  SuggestionNode,
  CommentRangeNode,
];

export const InlineContentExtension = defineExtension({
  name: 'norms-drafter/inline-content',
  nodes: () => [...INLINE_NODES],
  dependencies: [
    RichTextExtension,
    HistoryExtension,
    configExtension(LinkExtension, { validateUrl: isSafeLink }),
    LinkSafetyExtension,
  ],
});
