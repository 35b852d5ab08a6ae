// The schema must accept exactly what the editor writes: build content with Lexical itself
// (headless, no DOM) and validate its JSON.
import { describe, expect, it } from 'vitest';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
  createEditor,
} from 'lexical';
import { $createHeadingNode, $createQuoteNode, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createListItemNode, $createListNode, ListItemNode, ListNode } from '@lexical/list';
import { $createAutoLinkNode, $createLinkNode, AutoLinkNode, LinkNode } from '@lexical/link';
import { validateEditorState } from './editor-schema';

describe('editor content written by Lexical 0.52', () => {
  it('passes validation', () => {
    const editor = createEditor({
      nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode],
      onError: (error) => {
        throw error;
      },
    });
    editor.update(
      () => {
        const heading = $createHeadingNode('h2').append($createTextNode('Critical sectors'));
        const bold = $createTextNode('Regulatory framework: ').toggleFormat('bold');
        const paragraph = $createParagraphNode().append(
          bold,
          $createTextNode('see'),
          $createTabNode(),
          $createLineBreakNode(),
          $createLinkNode('https://laws.examplia.example').append($createTextNode('the Act')),
        );
        const auto = $createParagraphNode().append(
          $createAutoLinkNode('https://cert.examplia.example').append($createTextNode('https://cert.examplia.example')),
        );
        const inner = $createListNode('bullet').append($createListItemNode().append($createTextNode('water')));
        const list = $createListNode('number').append(
          $createListItemNode().append($createTextNode('energy')),
          $createListItemNode().append(inner),
        );
        const checks = $createListNode('check').append($createListItemNode(true).append($createTextNode('done')));
        $getRoot().append(
          heading,
          paragraph,
          auto,
          $createQuoteNode().append($createTextNode('quoted')),
          list,
          checks,
          $createParagraphNode(),
        );
      },
      { discrete: true },
    );
    expect(validateEditorState(JSON.parse(JSON.stringify(editor.getEditorState().toJSON())))).toEqual([]);
  });
});
