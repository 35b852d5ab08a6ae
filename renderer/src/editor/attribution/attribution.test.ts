// @vitest-environment jsdom
// "Show who wrote what" reads each block's author from its NodeState and marks only the DOM:
// names appear while shown, follow edits, disappear when hidden, and the content is unchanged.
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import { MARK_KEYS } from '../../../../shared/collab/marks';
import { paragraphNode, rootState, textNode } from '../../../../shared/model/empty';
import { $loadContent, createTestEditor } from '../testing';
import { registerAttribution, type AuthorLookup } from './attribution';

const AUTHORS: Record<string, { name: string; colour: string }> = {
  cert: { name: 'Quillon Ardent', colour: '#1d5fc9' },
  lead: { name: 'Vesna Marlow', colour: '#51606b' },
};
const authorOf: AuthorLookup = (id) => AUTHORS[id] ?? null;

function load(editor: LexicalEditor): void {
  const byCert = paragraphNode([textNode('The CERT shares incident data.')]);
  byCert.$ = { [MARK_KEYS.by]: 'cert', [MARK_KEYS.change]: 'change-1' };
  const byLead = paragraphNode([textNode('The ministry coordinates.')]);
  byLead.$ = { [MARK_KEYS.by]: 'lead' };
  const unmarked = paragraphNode([textNode('Nobody is named here.')]);
  editor.update(() => void $loadContent(rootState([byCert, byLead, unmarked])), { discrete: true });
}

const shown = (editor: LexicalEditor) =>
  [...editor.getRootElement()!.children].map((el) => [
    el.getAttribute('data-author'),
    (el as HTMLElement).style.getPropertyValue('--nd-author-colour'),
  ]);

describe('attribution in the section editor', () => {
  it('shows the name and colour of each block’s author, and nothing on blocks without one', () => {
    const { editor } = createTestEditor();
    load(editor);
    const stop = registerAttribution(editor, authorOf);
    expect(shown(editor)).toEqual([
      ['Quillon Ardent', '#1d5fc9'],
      ['Vesna Marlow', '#51606b'],
      [null, ''],
    ]);
    stop();
  });

  it('is off until registered and removes every mark when stopped, leaving the content as it was', () => {
    const { editor } = createTestEditor();
    load(editor);
    expect(shown(editor).every(([name]) => name === null)).toBe(true);
    const before = JSON.stringify(editor.getEditorState().toJSON());
    const stop = registerAttribution(editor, authorOf);
    stop();
    expect(shown(editor).every(([name, colour]) => name === null && colour === '')).toBe(true);
    expect(JSON.stringify(editor.getEditorState().toJSON())).toBe(before);
    expect(before).toContain('"collab:by":"cert"');
  });

  it('follows the text: a new paragraph typed by the lead has no contributor’s name', () => {
    const { editor } = createTestEditor();
    load(editor);
    const stop = registerAttribution(editor, authorOf);
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('Added now.'))), {
      discrete: true,
    });
    expect(shown(editor).at(-1)).toEqual([null, '']);
    expect(shown(editor)[0]![0]).toBe('Quillon Ardent');
    stop();
  });
});
