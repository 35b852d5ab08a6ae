export { SectionEditor, type SectionEditorProps } from './SectionEditor';
export type { ContentReader } from './use-change-emitter';
export { contentCounts, type SectionCounts } from './block-counts';
export type { AuthorLookup, BlockAuthor } from './attribution/attribution';
export type { EditorHandle } from './EditorShell';
