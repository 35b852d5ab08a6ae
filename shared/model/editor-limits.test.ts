// The limits the editor fits its content to are derived from the schema's own and are exact:
// the deepest list it allows is stored with the deepest content an item can hold, one level more
// is refused; the usage count agrees with the validator's.
import { describe, expect, it } from 'vitest';
import { bullets, doc, link, note, para } from '../../test/fixtures/content';
import { EDITOR_LIMITS, MAX_LIST_INDENT } from './editor-nodes';
import { validateEditorState } from './editor-schema';
import { contentUsage, usedShare } from './editor-usage';
import type { SerializedList, SerializedListItem } from './lexical-json';
import { textNode } from './empty';

/** A bullet list nested `indent` levels deep, as Lexical nests it (an item holding the inner list). */
function nestedList(indent: number): SerializedList {
  let list = bullets([
    'Deepest measure of the Republic of Examplia',
    note('See ', link('https://www.examplia.example/gazette')),
  ]);
  for (let level = 0; level < indent; level++) {
    const outer = bullets([]);
    (outer.children[0] as SerializedListItem).children = [list];
    list = outer;
  }
  return list;
}

describe('editor limits', () => {
  it('stores a list at the deepest indentation the editor allows, holding a footnote with a link', () => {
    expect(MAX_LIST_INDENT).toBeGreaterThanOrEqual(8); // Word's own lists go nine levels deep
    expect(validateEditorState(doc(nestedList(MAX_LIST_INDENT)))).toEqual([]);
  });

  it('refuses one level more, so the cap is the schema’s and not a second, stricter number', () => {
    expect(validateEditorState(doc(nestedList(MAX_LIST_INDENT + 1))).map((issue) => issue.message)).toContain(
      `Content is nested too deeply (more than ${EDITOR_LIMITS.maxDepth} levels)`,
    );
  });

  it('counts nodes and characters as the validator does', () => {
    const content = doc(para('Examplia ', link('https://www.examplia.example', 'site'), note('Gazette')));
    // root, paragraph, text, link, link text, footnote, note root, note paragraph, note text
    expect(contentUsage(content)).toEqual({
      nodes: 9,
      chars: 'Examplia '.length + 'https://www.examplia.example'.length + 'site'.length + 'Gazette'.length,
    });

    const runs = Math.ceil(EDITOR_LIMITS.maxTotalChars / EDITOR_LIMITS.maxTextNodeChars);
    const full = doc(...Array.from({ length: runs }, () => para('x'.repeat(EDITOR_LIMITS.maxTextNodeChars))));
    expect(contentUsage(full).chars).toBe(EDITOR_LIMITS.maxTotalChars);
    expect(usedShare(contentUsage(full))).toBe(1);
    expect(validateEditorState(full)).toEqual([]);
    full.root.children.push(para(textNode('x')));
    expect(validateEditorState(full).map((issue) => issue.message)).toEqual([
      `Content is too long (more than ${EDITOR_LIMITS.maxTotalChars} characters)`,
    ]);
  });
});
