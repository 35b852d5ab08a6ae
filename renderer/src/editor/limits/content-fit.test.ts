// @vitest-environment jsdom
// Whatever the user does in the editor, what it serialises passes the strict stored-content
// schema: Tab held in a list, indentation in a footnote's text, oversize pastes of every kind.
import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { $createListItemNode, $createListNode, $isListItemNode, $isListNode } from '@lexical/list';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  type ElementNode,
  INDENT_CONTENT_COMMAND,
  KEY_TAB_COMMAND,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { EDITOR_LIMITS, MAX_LIST_INDENT } from '../../../../shared/model/editor-nodes';
import { validateEditorState } from '../../../../shared/model/editor-schema';
import { contentUsage } from '../../../../shared/model/editor-usage';
import { toStoredContent } from '../content';
import { $insertFootnote } from '../footnote/footnote-extension';
import { TOGGLE_LIST_COMMAND } from '../lists/list-kinds';
import { createTestEditor } from '../testing';

function stored(editor: LexicalEditor) {
  return toStoredContent(JSON.parse(JSON.stringify(editor.getEditorState().toJSON())));
}

function schemaIssues(editor: LexicalEditor): string[] {
  return validateEditorState(stored(editor)).map((issue) => issue.message);
}

/** One paragraph holding `text`, with the caret at its end. */
function startWith(editor: LexicalEditor, text: string): void {
  editor.update(
    () => {
      const node = $createTextNode(text);
      $getRoot().clear().append($createParagraphNode().append(node));
      node.selectEnd();
    },
    { discrete: true },
  );
}

function paste(editor: LexicalEditor, data: Record<string, string>): void {
  const transfer = { types: Object.keys(data), getData: (type: string) => data[type] ?? '' } as unknown as DataTransfer;
  editor.update(() => $insertDataTransferForRichText(transfer, $getSelection()!), { discrete: true });
}

function pressTab(editor: LexicalEditor): void {
  const event = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
  editor.update(() => editor.dispatchCommand(KEY_TAB_COMMAND, event), { discrete: true });
}

const listItemIndent = (editor: LexicalEditor) =>
  editor.read(() => {
    const item = ($getRoot().getLastDescendant() as TextNode).getParent();
    return $isListItemNode(item) ? item.getIndent() : -1;
  });

describe('the editor fits its content to the stored-content limits', () => {
  it('stops Tab in a list at the deepest level storage accepts, and says so', () => {
    const { editor, notices } = createTestEditor();
    startWith(editor, 'Measures of the Republic of Examplia');
    editor.update(() => editor.dispatchCommand(TOGGLE_LIST_COMMAND, 'bullet'), { discrete: true });
    for (let i = 0; i < 25; i++) pressTab(editor);

    expect(schemaIssues(editor)).toEqual([]);
    expect(listItemIndent(editor)).toBe(MAX_LIST_INDENT);
    expect(notices.getNotice()?.kind).toBe('indentCap');
    // Holding the deepest content an item can have (a footnote with a link) still fits.
    editor.update(
      () => {
        ($getRoot().getLastDescendant() as TextNode).selectEnd();
        $insertFootnote()
          .getNote()
          .update(
            () => {
              $getRoot().getFirstChildOrThrow<ElementNode>().append($createTextNode('Examplia Gazette'));
            },
            { discrete: true },
          );
      },
      { discrete: true },
    );
    expect(schemaIssues(editor)).toEqual([]);
  });

  it('stops indentation in a footnote’s text at the stored limit', () => {
    const { editor } = createTestEditor();
    startWith(editor, 'A claim.');
    let note: LexicalEditor | null = null;
    editor.update(
      () => {
        note = $insertFootnote().getNote();
      },
      { discrete: true },
    );
    const footnote = note as unknown as LexicalEditor;
    footnote.update(
      () => $getRoot().getFirstChildOrThrow<ElementNode>().append($createTextNode('Examplia Gazette')).selectEnd(),
      { discrete: true },
    );
    for (let i = 0; i < 25; i++)
      footnote.update(() => footnote.dispatchCommand(INDENT_CONTENT_COMMAND, undefined), { discrete: true });
    expect(schemaIssues(editor)).toEqual([]);
  });

  it('splits a run pasted into a footnote’s text too, and tells the section', () => {
    const { editor, notices } = createTestEditor();
    startWith(editor, 'A claim.');
    let note: LexicalEditor | null = null;
    editor.update(
      () => {
        note = $insertFootnote().getNote();
      },
      { discrete: true },
    );
    const footnote = note as unknown as LexicalEditor;
    footnote.update(() => $getRoot().selectEnd(), { discrete: true });
    const run = 'source '.repeat(40_000);
    paste(footnote, { 'text/plain': run });
    expect(schemaIssues(editor)).toEqual([]);
    expect(
      footnote.read(() =>
        $getRoot()
          .getChildren()
          .map((block) => block.getTextContent())
          .join(''),
      ),
    ).toBe(run);
    expect(notices.getNotice()?.kind).toBe('runSplit');
  });

  it('splits a pasted run too long for one stored text into paragraphs, keeping every character', () => {
    const { editor, notices } = createTestEditor();
    startWith(editor, 'Before: ');
    const run = Array.from({ length: 90_000 }, (_, i) => `w${i}`).join(' ');
    expect(run.length).toBeGreaterThan(2 * EDITOR_LIMITS.maxTextNodeChars);
    paste(editor, { 'text/plain': run });

    expect(schemaIssues(editor)).toEqual([]);
    const paragraphs = editor.read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent()),
    );
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs.join('')).toBe(`Before: ${run}`);
    expect(paragraphs.slice(0, -1).every((text) => text.endsWith(' '))).toBe(true); // cut between words
    expect(notices.getNotice()?.kind).toBe('runSplit');
  });

  it('moves pasted list items nested deeper than storage accepts up to the deepest level, keeping them all', () => {
    const { editor, notices } = createTestEditor();
    startWith(editor, '');
    const depth = 100;
    const html = `${'<ul><li>'.repeat(depth).replace(/<li>/g, (_m, offset: number) => `<li>Level ${offset}`)}${'</li></ul>'.repeat(depth)}`;
    paste(editor, { 'text/html': html });

    expect(schemaIssues(editor)).toEqual([]);
    const text = editor.read(() => $getRoot().getTextContent());
    expect(text.match(/Level \d+/g)).toHaveLength(depth);
    expect(notices.getNotice()?.kind).toBe('listFlattened');
  });

  it('refuses a paste that would take the section past its size limit, changing nothing', () => {
    const { editor, notices } = createTestEditor();
    const run = 'x'.repeat(EDITOR_LIMITS.maxTextNodeChars);
    const blocks = EDITOR_LIMITS.maxTotalChars / EDITOR_LIMITS.maxTextNodeChars - 1;
    editor.update(
      () => {
        $getRoot()
          .clear()
          .append(...Array.from({ length: blocks }, () => $createParagraphNode().append($createTextNode(run))));
        $getRoot().selectEnd();
      },
      { discrete: true },
    );
    const before = JSON.stringify(stored(editor));

    paste(editor, { 'text/plain': `${run} and more` });
    expect(JSON.stringify(stored(editor))).toBe(before);
    expect(notices.getNotice()?.kind).toBe('pasteRefused');

    paste(editor, { 'text/html': `<p>${run} and more</p>`, 'text/plain': `${run} and more` });
    expect(JSON.stringify(stored(editor))).toBe(before);

    paste(editor, { 'text/plain': run.slice(1000) }); // what still fits goes in
    expect(schemaIssues(editor)).toEqual([]);
    expect(contentUsage(stored(editor)).chars).toBe(EDITOR_LIMITS.maxTotalChars - 1000);
  });

  it('keeps the numbers of a pasted numbered list within what storage accepts', () => {
    const { editor } = createTestEditor();
    startWith(editor, '');
    paste(editor, {
      'text/html': `<ol start="${EDITOR_LIMITS.maxListNumber + 5}"><li>Measure taken</li><li>Measure planned</li></ol><ol><li value="-3">Earlier measure</li></ol>`,
    });
    expect(schemaIssues(editor)).toEqual([]);
    expect(editor.read(() => $getRoot().getTextContent())).toContain('Measure planned');
  });

  // Building 50,000 nodes takes seconds (the limit itself is that large): these two editors are
  // not attached to a DOM, which would double it, and get a longer timeout.
  it(
    'joins paragraphs when there are more than a section may hold side by side, keeping every line',
    { timeout: 30_000 },
    () => {
      const { editor, notices } = createTestEditor();
      editor.setRootElement(null);
      const lines = Array.from({ length: EDITOR_LIMITS.maxChildren + 10 }, (_, i) => `Line ${i}`);
      editor.update(
        () => {
          $getRoot()
            .clear()
            .append(...lines.map((line) => $createParagraphNode().append($createTextNode(line))));
        },
        { discrete: true },
      );
      expect(schemaIssues(editor)).toEqual([]);
      expect(editor.read(() => $getRoot().getChildrenSize())).toBe(EDITOR_LIMITS.maxChildren);
      expect(editor.read(() => $getRoot().getTextContent()).split(/\n+/)).toEqual(lines);
      expect(notices.getNotice()?.kind).toBe('blocksJoined');
    },
  );

  it(
    'continues a numbered list with more items than a list may hold in a second list, numbering on',
    { timeout: 30_000 },
    () => {
      const { editor } = createTestEditor();
      editor.setRootElement(null);
      const count = EDITOR_LIMITS.maxChildren + 5;
      editor.update(
        () => {
          const list = $createListNode('number');
          list.append(
            ...Array.from({ length: count }, (_, i) =>
              $createListItemNode().append($createTextNode(`Measure ${i + 1}`)),
            ),
          );
          $getRoot().clear().append(list);
        },
        { discrete: true },
      );
      expect(schemaIssues(editor)).toEqual([]);
      const lists = editor.read(() =>
        $getRoot()
          .getChildren()
          .filter($isListNode)
          .map((list) => [list.getStart(), list.getChildrenSize()]),
      );
      expect(lists).toEqual([
        [1, EDITOR_LIMITS.maxChildren],
        [EDITOR_LIMITS.maxChildren + 1, 5],
      ]);
      expect(editor.read(() => $getRoot().getTextContent()).match(/Measure \d+/g)).toHaveLength(count);
    },
  );
});
