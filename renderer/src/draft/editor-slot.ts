// The section editor (renderer/src/editor/) as the draft view mounts it.
export { SectionEditor } from '../editor';
export type { SectionEditorProps } from '../editor';
