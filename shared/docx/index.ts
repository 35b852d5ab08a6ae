// The DOCX writer's public surface.
export { exportDocx, exportInternalDocx } from './export-docx';
export { defaultExportOptions, parseExportOptions, MAX_HEADER_LINE_CHARS } from './options';
export type { DocxExportEnv, DocxExportOptions } from './options';
export { parseOfficialTexts, type OfficialTexts } from './official-texts';
export { handleExportRequest } from './worker-protocol';
export type { ExportMessage, ExportRequest } from './worker-protocol';
