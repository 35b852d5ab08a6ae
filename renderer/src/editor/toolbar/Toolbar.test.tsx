// @vitest-environment jsdom
// The toolbar acts on the editor that has the caret, the body or a footnote's text: what the body
// alone offers is unavailable in a footnote, a press formats the text where the caret is, even
// after the caret moved (each button keeps one handler across those moves), and names and
// tooltips follow the interface language.
import i18next from 'i18next';
import { $getRoot, $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { act } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import editorEn from '../../../../locales/en/editor.json';
import editorFr from '../../../../locales/fr/editor.json';
import { createNoteEditor } from '../footnote/note-editor';
import { createTestEditor, selectText } from '../testing';
import { Toolbar } from './Toolbar';
import { testRoot } from '../../ui/test-root';

const view = testRoot();

const i18n = i18next.createInstance();
let body: LexicalEditor;
let note: LexicalEditor;

beforeEach(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { editor: editorEn }, fr: { editor: editorFr } },
    defaultNS: 'editor',
    interpolation: { escapeValue: false },
  });
  body = createTestEditor().editor;
  note = body.getEditorState().read(createNoteEditor, { editor: body });
  note.setRootElement(document.createElement('div'));
  selectText(body, 'National strategy');
  selectText(note, 'See the annex');
});

function show(activeEditor: LexicalEditor) {
  act(() =>
    view.root.render(
      <I18nextProvider i18n={i18n}>
        <Toolbar sectionEditor={body} activeEditor={activeEditor} readOnly={false} onLink={() => {}} />
      </I18nextProvider>,
    ),
  );
}

const button = (name: string) => {
  const found = view.host.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
};

const selectionIsBold = (editor: LexicalEditor) =>
  editor.read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) && selection.hasFormat('bold');
  });

describe('formatting toolbar', () => {
  it('offers in a footnote only what applies there, and everything again back in the body', () => {
    show(body);
    expect(button('Insert footnote').getAttribute('aria-disabled')).toBeNull();
    expect(button('Heading').getAttribute('aria-disabled')).toBeNull();
    show(note);
    expect(button('Insert footnote').getAttribute('aria-disabled')).toBe('true');
    expect(button('Heading').getAttribute('aria-disabled')).toBe('true');
    expect(button('Bold').getAttribute('aria-disabled')).toBeNull();
    show(body);
    expect(button('Insert footnote').getAttribute('aria-disabled')).toBeNull();
  });

  it('formats the text where the caret is, after the caret moved into a footnote and back', async () => {
    show(body);
    show(note);
    await act(async () => button('Bold').click());
    expect(selectionIsBold(note)).toBe(true);
    expect(selectionIsBold(body)).toBe(false);
    expect(button('Bold').getAttribute('aria-pressed')).toBe('true');
    show(body);
    expect(button('Bold').getAttribute('aria-pressed')).toBe('false');
    await act(async () => button('Bold').click());
    expect(selectionIsBold(body)).toBe(true);
    expect(body.read(() => $getRoot().getTextContent())).toBe('National strategy');
  });

  it('names each button and its shortcut in the interface language', async () => {
    show(body);
    const tooltip = () => button('Bold').parentElement?.querySelector('.nd-tooltip')?.textContent ?? '';
    expect(tooltip()).toMatch(/^Bold \(\u2066.+B\u2069\)$/);
    await act(() => i18n.changeLanguage('fr'));
    const bold = editorFr.toolbar.bold;
    expect(button(bold).parentElement?.querySelector('.nd-tooltip')?.textContent).toMatch(
      new RegExp(`^${bold} \\(\u2066.+B\u2069\\)$`),
    );
    expect(view.host.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe(editorFr.toolbar.label);
  });
});
