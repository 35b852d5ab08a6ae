// @vitest-environment jsdom
// The references in the body are plain DOM numbered by the registry: what the reader sees and
// what a screen reader announces follow document order, the section's first number and the
// interface language, and a click opens the footnote's text.
import { $getNodeByKey, $getRoot, type LexicalEditor } from 'lexical';
import { $generateHtmlFromNodes } from '@lexical/html';
import { describe, expect, it } from 'vitest';
import { createTestEditor, footnoteAtEndOf, setParagraphs } from '../testing';

function buttons(editor: LexicalEditor): HTMLButtonElement[] {
  return [...(editor.getRootElement()?.querySelectorAll<HTMLButtonElement>('button.nd-footnote-ref') ?? [])];
}

const shown = (editor: LexicalEditor) =>
  buttons(editor).map((b) => `${b.dataset.number}|${b.getAttribute('aria-label')}`);

function setup() {
  const test = createTestEditor();
  test.registry.setNumbering({ start: 4, label: (n) => `Footnote ${n}` });
  setParagraphs(test.editor, ['One.', 'Two.', 'Three.']);
  return test;
}

describe('footnote references in the body', () => {
  it('show their numbers in document order from the section start, renumbered on insertion and deletion', () => {
    const { editor } = setup();
    const last = footnoteAtEndOf(editor, 2);
    expect(shown(editor)).toEqual(['4|Footnote 4']);
    footnoteAtEndOf(editor, 0);
    footnoteAtEndOf(editor, 1);
    expect(shown(editor)).toEqual(['4|Footnote 4', '5|Footnote 5', '6|Footnote 6']);
    editor.update(() => $getRoot().getFirstChild()?.remove(), { discrete: true });
    expect(shown(editor)).toEqual(['4|Footnote 4', '5|Footnote 5']);
    expect(buttons(editor).every((b) => b.type === 'button' && b.tabIndex === -1)).toBe(true);
    expect(editor.read(() => $getNodeByKey(last)?.getTextContent())).toBe('');
  });

  it('follow a new first number and a new interface language', () => {
    const { editor, registry } = setup();
    footnoteAtEndOf(editor, 0);
    footnoteAtEndOf(editor, 1);
    registry.setNumbering({ start: 1, label: (n) => `Note de bas de page ${n}` });
    expect(shown(editor)).toEqual(['1|Note de bas de page 1', '2|Note de bas de page 2']);
  });

  it('open the footnote text when clicked', () => {
    const { editor, registry } = setup();
    footnoteAtEndOf(editor, 0);
    const second = footnoteAtEndOf(editor, 1);
    const entry = registry.getEntries().find((e) => e.key === second);
    expect(entry?.note.built()).toBeNull();
    buttons(editor)[1]?.click();
    // Its editor is built, and the footnote list is asked to put the caret in it.
    expect(entry?.note.built()).not.toBeNull();
    expect(registry.takeFocusRequest(second)).toBe(true);
  });
});

describe('a footnote reference copied as HTML', () => {
  it('is an empty superscript, without the number shown in this section', () => {
    const { editor } = setup();
    footnoteAtEndOf(editor, 0);
    const html = editor.read(() => $generateHtmlFromNodes(editor, null));
    expect(html).toContain('<sup class="nd-footnote-ref-host"></sup>');
    expect(html).not.toContain('button');
  });
});
