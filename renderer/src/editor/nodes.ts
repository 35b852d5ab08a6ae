// Every node class the section editor can hold: the registry tests and the editor share.
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { FootnoteNode } from './footnote/FootnoteNode';
import { INLINE_NODES } from './inline-content';

export const EDITOR_NODES: readonly Klass<LexicalNode>[] = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  ...INLINE_NODES,
  FootnoteNode,
];
