// The DOCX writer's public surface.
export { exportDocx } from './export-docx';
export { defaultExportOptions } from './options';
export type { DocxExportEnv, DocxExportOptions } from './options';
