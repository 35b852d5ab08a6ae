// @vitest-environment jsdom
// Opening a long section in parts: all its blocks arrive, in order, without an undo step or a
// reported change, and input finds the whole section there.
import { getExtensionDependencyFromEditor } from '@lexical/extension';
import { HistoryExtension } from '@lexical/history';
import { $getRoot, UNDO_COMMAND } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { paragraphState } from '../../../shared/model/empty';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { CONTENT_LOAD_TAG, ContentLoad } from './content-load';
import { createTestEditor } from './testing';

function paragraphs(count: number): SerializedEditorState {
  const text = (n: number) => `Paragraph ${n}: ${'the measures taken to implement the norm '.repeat(5)}`;
  return paragraphState(Array.from({ length: count }, (_, n) => text(n + 1)));
}

const texts = (editor: ReturnType<typeof createTestEditor>['editor']) =>
  editor.getEditorState().read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent().split(':')[0]),
  );

const numbered = (count: number) => Array.from({ length: count }, (_, n) => `Paragraph ${n + 1}`);

/** Waits until the load has put in every block (each part is a task of its own). */
async function settled(load: ContentLoad): Promise<void> {
  for (let i = 0; i < 200 && load.pending; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

function opened(count: number) {
  const test = createTestEditor();
  const load = new ContentLoad();
  test.editor.update(() => load.$start(paragraphs(count)), { discrete: true, tag: 'history-merge' });
  const tags: string[][] = [];
  stops.push(test.editor.registerUpdateListener((update) => void tags.push([...update.tags])));
  return { ...test, load, tags };
}

describe('opening a section in parts', () => {
  it('shows the first screen at once and every block, in order, once the rest has followed', async () => {
    const { editor, load, tags } = opened(75);
    const first = texts(editor).length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(75);
    expect(texts(editor)).toEqual(numbered(first));
    stops.push(load.continueIn(editor));
    await settled(load);
    expect(texts(editor)).toEqual(numbered(75));
    expect(load.complete).toBe(true);
    // Every later part is marked as the section loading, so that it is not saved as a change.
    expect(tags.length).toBeGreaterThan(0);
    expect(tags.every((update) => update.includes(CONTENT_LOAD_TAG))).toBe(true);
  });

  it('leaves nothing to undo after opening', async () => {
    const { editor, load } = opened(75);
    stops.push(load.continueIn(editor));
    await settled(load);
    expect(getExtensionDependencyFromEditor(editor, HistoryExtension).output.canUndo.value).toBe(false);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    expect(texts(editor)).toEqual(numbered(75));
  });

  it('puts in the rest at once when the user presses a key before it has followed', () => {
    const { editor, load } = opened(75);
    stops.push(load.continueIn(editor));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(texts(editor)).toEqual(numbered(75));
    expect(load.pending).toBe(false);
  });

  it('makes the section read-only when a block further down cannot be read', () => {
    const content = paragraphs(75);
    (content.root.children as unknown[])[70] = { type: 'no-such-block', version: 1 };
    const { editor } = createTestEditor();
    const load = new ContentLoad();
    editor.update(() => load.$start(content), { discrete: true });
    expect(load.complete).toBe(true);
    stops.push(load.continueIn(editor));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(load.complete).toBe(false);
    expect(editor.isEditable()).toBe(false);
    expect(texts(editor)).toHaveLength(74);
  });

  it('loads a short section whole, with nothing left to follow', () => {
    const { editor, load } = opened(3);
    expect(texts(editor)).toEqual(numbered(3));
    expect(load.pending).toBe(false);
  });
});
