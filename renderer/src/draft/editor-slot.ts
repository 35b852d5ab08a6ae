// The section editor (renderer/src/editor/) as the draft view mounts it. Memoised: the draft
// view re-renders on every keystroke (live word counts), and the editor's props do not change
// then, so the editor subtree (toolbar, every footnote's editor) need not render again.
import { memo } from 'react';
import { SectionEditor as Editor } from '../editor';

export const SectionEditor = memo(Editor);
export type { SectionEditorProps } from '../editor';
