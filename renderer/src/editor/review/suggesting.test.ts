// @vitest-environment jsdom
// Suggesting mode without React: typing, deleting and pasting recorded as suggestions in the
// section editor, as Word's Track Changes records them, and undone like any edit.
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  DELETE_CHARACTER_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  PASTE_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  $getSelection,
  type ElementNode,
  type LexicalEditor,
  type RangeSelection,
  type TextNode,
} from 'lexical';
import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { describe, expect, it } from 'vitest';
import type { SerializedNode } from '../../../../shared/model/lexical-json';
import { editorStateSchema } from '../../../../shared/model/schema';
import { $insertFootnote } from '../footnote/footnote-extension';
import { $isFootnoteNode } from '../footnote/FootnoteNode';
import { toStoredContent } from '../content';
import { createTestEditor } from '../testing';
import { paragraphMarkOf } from '../../../../shared/review/paragraph-marks';
import { $setBreakMarks, watchBreakSuggestions } from './break-marks';
import { $decideSuggestion } from './decide';
import { $markComposed } from './suggest-edits';
import { suggestingSessionOf } from './suggesting-extension';

/** A suggesting editor whose ids are s1, s2, … (records "stored" as they are handed out). */
function suggesting(on = true) {
  const { editor } = createTestEditor();
  const issued: string[] = [];
  const session = suggestingSessionOf(editor);
  session.source = {
    take: () => {
      issued.push(`s${issued.length + 1}`);
      return issued[issued.length - 1]!;
    },
    isOwn: (id) => issued.includes(id),
  };
  session.setOn(on);
  return { editor, issued, session };
}

/**
 * The text with insertions as [+…], deletions as [-…], footnote references as ^ and paragraphs
 * split by |; a suggested paragraph mark ends its block as [+¶] or [-¶].
 */
function shown(editor: LexicalEditor): string {
  const stored = toStoredContent(editor.getEditorState().toJSON());
  expect(editorStateSchema.safeParse(stored).success).toBe(true);
  const write = (node: SerializedNode): string => {
    if (node.type === 'text') return node.text;
    if (node.type === 'footnote') return '^';
    const inner = 'children' in node ? (node.children as SerializedNode[]).map(write).join('') : '';
    if (node.type === 'suggestion') return node.kind === 'insert' ? `[+${inner}]` : `[-${inner}]`;
    const inserted = paragraphMarkOf(node, 'insert') ? '[+¶]' : '';
    const deleted = paragraphMarkOf(node, 'delete') ? '[-¶]' : '';
    return inner + inserted + deleted;
  };
  return stored.root.children.map(write).join('|');
}

/** One paragraph per text, the caret `at` characters into the first. */
function start(editor: LexicalEditor, texts: string[], at: number): void {
  editor.update(
    () => {
      const root = $getRoot().clear();
      for (const text of texts) root.append($createParagraphNode().append($createTextNode(text)));
      ($getRoot().getFirstDescendant() as TextNode).select(at, at);
    },
    { discrete: true },
  );
}

/** Runs a command as a key would, committed at once. */
const run = (editor: LexicalEditor, command: () => void) => editor.update(command, { discrete: true });
const type = (editor: LexicalEditor, text: string) => {
  for (const char of text) run(editor, () => editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, char));
};
const backspace = (editor: LexicalEditor, times = 1) => {
  for (let i = 0; i < times; i++) run(editor, () => editor.dispatchCommand(DELETE_CHARACTER_COMMAND, true));
};
const enter = (editor: LexicalEditor) => run(editor, () => editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined));
/** The DOM element of the section's block at `index`. */
const blockElement = (editor: LexicalEditor, index: number): HTMLElement =>
  editor.getEditorState().read(() => editor.getElementByKey($getRoot().getChildAtIndex(index)!.getKey())!);
const del = (editor: LexicalEditor, times = 1) => {
  for (let i = 0; i < times; i++) run(editor, () => editor.dispatchCommand(DELETE_CHARACTER_COMMAND, false));
};

describe('suggesting mode', () => {
  it('records typed words as one insertion by the reviewer', () => {
    const { editor, issued } = suggesting();
    start(editor, ['The CERT reports.'], 4);
    type(editor, 'national ');
    expect(shown(editor)).toBe('The [+national ]CERT reports.');
    expect(issued).toEqual(['s1']);
  });

  it('marks removed words deleted, keeps them, and moves the caret past them', () => {
    const { editor } = suggesting();
    start(editor, ['The old CERT.'], 7);
    backspace(editor, 4);
    expect(shown(editor)).toBe('The[- old] CERT.');
    // The caret is before the deleted words: what is typed next goes there.
    type(editor, ' new');
    expect(shown(editor)).toBe('The[+ new][- old] CERT.');
    // Delete steps over the deleted words and marks the next ones, in the same deletion.
    del(editor, 2);
    expect(shown(editor)).toBe('The[+ new][- old C]ERT.');
  });

  it('extends one deletion while the reviewer keeps deleting', () => {
    const { editor, issued } = suggesting();
    start(editor, ['Ministry of Defence'], 11);
    backspace(editor, 3);
    del(editor, 9);
    expect(shown(editor)).toBe('Ministry[- of Defence]');
    expect(issued).toEqual(['s1']);
  });

  it('removes words of the reviewer’s own pending insertion instead of marking them', () => {
    const { editor } = suggesting();
    start(editor, ['Agency.'], 6);
    type(editor, ' stuff');
    backspace(editor, 5);
    expect(shown(editor)).toBe('Agency[+ ].');
    backspace(editor);
    expect(shown(editor)).toBe('Agency.');
  });

  it('records typing over a selection as a deletion followed by an insertion', () => {
    const { editor } = suggesting();
    start(editor, ['An old law.'], 0);
    editor.update(() => ($getRoot().getFirstDescendant() as TextNode).select(3, 6), { discrete: true });
    type(editor, 'new');
    expect(shown(editor)).toBe('An [-old][+new] law.');
  });

  it('marks a selection across paragraphs deleted in each, keeping both paragraphs', () => {
    const { editor, issued } = suggesting();
    start(editor, ['First part here.', 'Second part here.'], 0);
    editor.update(
      () => {
        const [first, second] = $getRoot().getChildren();
        if (!$isElementNode(first) || !$isElementNode(second)) throw new Error('no paragraphs');
        const selection = (first.getFirstChild() as TextNode).select(6, 6);
        selection.focus.set(second.getFirstChildOrThrow().getKey(), 7, 'text');
      },
      { discrete: true },
    );
    del(editor);
    // The paragraph break between them is deleted too, in the same suggestion.
    expect(shown(editor)).toBe('First [-part here.][-¶]|[-Second ]part here.');
    expect(issued).toEqual(['s1']);
    run(editor, () => $decideSuggestion('s1', true));
    expect(shown(editor)).toBe('First part here.');
  });

  it('marks a deleted footnote reference as deleted and keeps its note', () => {
    const { editor } = suggesting();
    start(editor, ['A claim'], 7);
    editor.update(() => $insertFootnote().getNote(), { discrete: true });
    editor.update(() => $getRoot().selectEnd(), { discrete: true });
    backspace(editor);
    expect(shown(editor)).toBe('A claim[-^]');
    editor.getEditorState().read(() => {
      const deletion = $getRoot().getFirstDescendant()?.getNextSibling();
      expect($isElementNode(deletion) && $isFootnoteNode(deletion.getFirstChild())).toBe(true);
    });
  });

  it('records pasted paragraphs as one insertion, links keeping their words inside', () => {
    const { editor, issued } = suggesting();
    start(editor, ['Before. After.'], 8);
    run(editor, () => {
      const link = $createLinkNode('https://www.examplia.example/act').append($createTextNode('the Act'));
      const pasted = [$createTextNode('See '), link, $createTextNode(' here. ')];
      $insertGeneratedNodes(editor, pasted, $getSelection() as RangeSelection);
    });
    expect(shown(editor)).toBe('Before. [+See ][+the Act][+ here. ]After.');
    expect(issued).toEqual(['s1']);
  });

  it('records typing in a footnote’s text as a suggestion too', () => {
    const { editor } = suggesting();
    start(editor, ['A claim'], 7);
    let note: LexicalEditor | null = null;
    editor.update(() => (note = $insertFootnote().getNote()), { discrete: true });
    const noteEditor = note!;
    noteEditor.update(
      () => {
        ($getRoot().getFirstChildOrThrow() as ElementNode).append($createTextNode('Gazette')).selectEnd();
      },
      { discrete: true },
    );
    run(noteEditor, () => noteEditor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, ' No. 4'));
    const stored = JSON.stringify(noteEditor.getEditorState().toJSON());
    expect(stored).toMatch(/"type":"suggestion".*" No\. 4"|" No\. 4".*"type":"suggestion"/);
  });

  it('marks text composed with an input method as an insertion once composed, joined to the reviewer’s own', () => {
    const { editor, issued, session } = suggesting();
    start(editor, ['网络安全法。'], 5);
    // While composing, the browser and Lexical put the text in as it is (no suggestion yet).
    const composed = (text: string) => {
      run(editor, () => ($getSelection() as RangeSelection).insertRawText(text));
      run(editor, () => void $markComposed(text, session.source!));
    };
    composed('修订');
    expect(shown(editor)).toBe('网络安全法[+修订]。');
    composed('草案');
    expect(shown(editor)).toBe('网络安全法[+修订草案]。');
    expect(issued).toEqual(['s1']);
  });

  it('is undone and redone like any edit', () => {
    const { editor } = suggesting();
    start(editor, ['The CERT.'], 8);
    editor.update(() => undefined, { discrete: true, tag: 'history-push' });
    type(editor, ' now');
    expect(shown(editor)).toBe('The CERT[+ now].');
    run(editor, () => editor.dispatchCommand(UNDO_COMMAND, undefined));
    expect(shown(editor)).toBe('The CERT.');
    run(editor, () => editor.dispatchCommand(REDO_COMMAND, undefined));
    expect(shown(editor)).toBe('The CERT[+ now].');
  });

  it('accepts or rejects one suggestion as an edit that can be undone', () => {
    const { editor } = suggesting();
    start(editor, ['An old law.'], 0);
    editor.update(() => ($getRoot().getFirstDescendant() as TextNode).select(3, 6), { discrete: true });
    type(editor, 'new');
    expect(shown(editor)).toBe('An [-old][+new] law.');
    run(editor, () => $decideSuggestion('s1', true));
    expect(shown(editor)).toBe('An [+new] law.');
    run(editor, () => $decideSuggestion('s2', false));
    expect(shown(editor)).toBe('An  law.');
    run(editor, () => editor.dispatchCommand(UNDO_COMMAND, undefined));
    expect(shown(editor)).toBe('An [+new] law.');
  });

  it('records Enter as an inserted paragraph break, joined again when rejected', () => {
    const { editor, issued, session } = suggesting();
    session.describe = (id, kind) => `${kind} ${id}`;
    start(editor, ['The CERT reports. It acts.'], 18);
    editor.update(() => undefined, { discrete: true, tag: 'history-push' });
    enter(editor);
    expect(shown(editor)).toBe('The CERT reports. [+¶]|It acts.');
    expect(issued).toEqual(['s1']);
    // Shown after the first paragraph's words, described for screen readers.
    const element = blockElement(editor, 0);
    expect(element.getAttribute('data-break-suggestion')).toBe('s1');
    expect(element.classList.contains('nd-break-insert')).toBe(true);
    expect(element.getAttribute('data-break-label')).toBe('break-insert s1');
    // Typing goes into the new paragraph.
    type(editor, 'Now');
    expect(shown(editor)).toBe('The CERT reports. [+¶]|[+Now]It acts.');
    run(editor, () => $decideSuggestion('s1', false));
    expect(shown(editor)).toBe('The CERT reports. [+Now]It acts.');
    expect(blockElement(editor, 0).hasAttribute('data-break-suggestion')).toBe(false);
    run(editor, () => editor.dispatchCommand(UNDO_COMMAND, undefined));
    expect(shown(editor)).toBe('The CERT reports. [+¶]|[+Now]It acts.');
    run(editor, () => $decideSuggestion('s1', true));
    expect(shown(editor)).toBe('The CERT reports. |[+Now]It acts.');
  });

  it('tells how many blocks end with a suggested paragraph break', () => {
    const { editor } = suggesting();
    const counts: number[] = [];
    const stop = watchBreakSuggestions(editor, (count) => counts.push(count));
    start(editor, ['One two three.'], 3);
    enter(editor);
    editor.update(() => ($getRoot().getLastChild() as ElementNode).selectEnd(), { discrete: true });
    del(editor);
    expect(counts[counts.length - 1]).toBe(1);
    editor.update(() => ($getRoot().getChildAtIndex(1) as ElementNode).selectStart(), { discrete: true });
    backspace(editor);
    expect(shown(editor)).toBe('One two three.');
    expect(counts[counts.length - 1]).toBe(0);
    stop();
  });

  it('records Enter at a paragraph’s start or end, and inside the reviewer’s own insertion', () => {
    const { editor } = suggesting();
    start(editor, ['The CERT.'], 0);
    enter(editor);
    expect(shown(editor)).toBe('[+¶]|The CERT.');
    run(editor, () => $decideSuggestion('s1', false));
    expect(shown(editor)).toBe('The CERT.');
    run(editor, () => $getRoot().selectEnd());
    enter(editor);
    expect(shown(editor)).toBe('The CERT.[+¶]|');
    run(editor, () => $decideSuggestion('s2', false));
    expect(shown(editor)).toBe('The CERT.');
    editor.update(() => ($getRoot().getFirstDescendant() as TextNode).select(4, 4), { discrete: true });
    type(editor, 'national');
    editor.update(
      () =>
        ($getRoot() as ElementNode)
          .getAllTextNodes()
          .find((node) => node.getTextContent() === 'national')!
          .select(4, 4),
      { discrete: true },
    );
    enter(editor);
    expect(shown(editor)).toBe('The [+nati][+¶]|[+onal]CERT.');
    backspace(editor);
    expect(shown(editor)).toBe('The [+nati][+onal]CERT.');
  });

  it('gives the second part of a split paragraph the mark the paragraph ended with', () => {
    const { editor } = suggesting();
    start(editor, ['One two', 'Three'], 3);
    del(editor, 5);
    expect(shown(editor)).toBe('One[- two][-¶]|Three');
    editor.update(() => ($getRoot().getFirstDescendant() as TextNode).select(1, 1), { discrete: true });
    enter(editor);
    expect(shown(editor)).toBe('O[+¶]|ne[- two][-¶]|Three');
  });

  it('records Backspace at a paragraph’s start and Delete at its end as a deleted paragraph break', () => {
    const { editor, issued } = suggesting();
    start(editor, ['First.', 'Second.', 'Third.'], 0);
    editor.update(() => ($getRoot().getChildAtIndex(1) as ElementNode).selectStart(), { discrete: true });
    backspace(editor);
    expect(shown(editor)).toBe('First.[-¶]|Second.|Third.');
    // The caret went on to the end of the first paragraph.
    type(editor, ' More');
    expect(shown(editor)).toBe('First.[+ More][-¶]|Second.|Third.');
    editor.update(() => ($getRoot().getChildAtIndex(1) as ElementNode).selectEnd(), { discrete: true });
    del(editor);
    expect(shown(editor)).toBe('First.[+ More][-¶]|Second.[-¶]|Third.');
    expect(issued).toEqual(['s1', 's2', 's3']);
    run(editor, () => $decideSuggestion('s1', true));
    expect(shown(editor)).toBe('First.[+ More]Second.[-¶]|Third.');
    run(editor, () => $decideSuggestion('s3', false));
    expect(shown(editor)).toBe('First.[+ More]Second.|Third.');
  });

  it('records a selection holding only a paragraph break as its deletion, the caret after it', () => {
    const { editor } = suggesting();
    start(editor, ['First.', 'Second.'], 6);
    editor.update(
      () => {
        const selection = $getSelection() as RangeSelection;
        const second = $getRoot().getChildAtIndex(1) as ElementNode;
        selection.focus.set(second.getFirstChildOrThrow().getKey(), 0, 'text');
      },
      { discrete: true },
    );
    del(editor);
    expect(shown(editor)).toBe('First.[-¶]|Second.');
    type(editor, 'New ');
    expect(shown(editor)).toBe('First.[-¶]|[+New ]Second.');
  });

  it('removes the reviewer’s own suggested break instead of marking it', () => {
    const { editor } = suggesting();
    start(editor, ['Before after.'], 7);
    enter(editor);
    expect(shown(editor)).toBe('Before [+¶]|after.');
    backspace(editor);
    expect(shown(editor)).toBe('Before after.');
    type(editor, 'X');
    expect(shown(editor)).toBe('Before [+X]after.');
  });

  it('records pasted lines as insertions with inserted paragraph breaks between them', () => {
    const { editor } = suggesting();
    start(editor, ['Before after.'], 7);
    const clipboardData = { types: ['text/plain'], getData: () => 'One\nTwo ' };
    run(editor, () => editor.dispatchCommand(PASTE_COMMAND, { clipboardData } as unknown as ClipboardEvent));
    expect(shown(editor)).toBe('Before [+One][+¶]|[+Two ]after.');
    const rejected = suggesting();
    start(rejected.editor, ['Before after.'], 7);
    run(rejected.editor, () =>
      rejected.editor.dispatchCommand(PASTE_COMMAND, { clipboardData } as unknown as ClipboardEvent),
    );
    for (const id of rejected.issued) run(rejected.editor, () => $decideSuggestion(id, false));
    expect(shown(rejected.editor)).toBe('Before after.');
  });

  it('records pasted paragraphs with the breaks they add as inserted', () => {
    const { editor } = suggesting();
    start(editor, ['Before after.'], 7);
    run(editor, () => {
      const pasted = [
        $createParagraphNode().append($createTextNode('One ')),
        $createParagraphNode().append($createTextNode('Two ')),
      ];
      $insertGeneratedNodes(editor, pasted, $getSelection() as RangeSelection);
    });
    expect(shown(editor)).toBe('Before [+One ][+¶]|[+Two ]after.');
    run(editor, () => $decideSuggestion('s1', false));
    expect(shown(editor)).toBe('Before after.');
  });

  it('leaves typing as it is when off', () => {
    const { editor, issued } = suggesting(false);
    start(editor, ['The CERT.'], 8);
    type(editor, ' now');
    expect(shown(editor)).toBe('The CERT now.');
    expect(issued).toEqual([]);
    editor.getEditorState().read(() => expect($isTextNode($getRoot().getFirstDescendant())).toBe(true));
  });
  it('joins across a list’s edge when a deleted paragraph break there is accepted, as accepting all does', () => {
    const { editor } = suggesting();
    editor.update(
      () => {
        const item = (text: string) => $createListItemNode().append($createTextNode(text));
        const before = $createParagraphNode().append($createTextNode('Examplia reports:'));
        const last = item('requests received.');
        $getRoot()
          .clear()
          .append(
            before,
            $createListNode('bullet').append(item('incidents;'), last),
            $createParagraphNode().append($createTextNode('Reports are public.')),
          );
        $setBreakMarks(before, { delete: 'w1' });
        $setBreakMarks(last, { delete: 'w2' });
      },
      { discrete: true },
    );
    expect(shown(editor)).toBe('Examplia reports:[-¶]|incidents;requests received.[-¶]|Reports are public.');
    run(editor, () => $decideSuggestion('w1', true));
    expect(shown(editor)).toBe('Examplia reports:incidents;|requests received.[-¶]|Reports are public.');
    run(editor, () => $decideSuggestion('w2', true));
    expect(shown(editor)).toBe('Examplia reports:incidents;|requests received.Reports are public.');
  });
});
