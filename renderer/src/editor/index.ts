export { SectionEditor, type SectionEditorProps } from './SectionEditor';
