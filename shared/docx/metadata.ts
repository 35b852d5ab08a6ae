// The file's properties, written by us rather than by docx (which always adds times and a
// "Un-named" last author): title = draft title, author and last-modified-by = the submitter as
// typed or nothing, times = the export time or nothing, and the document language. Nothing else.
import type { Draft } from '../model/draft';
import type { LanguageProfile } from './language';
import type { DocxExportEnv, DocxExportOptions } from './options';
import { escapeXml } from '../ooxml/xml/escape';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const CORE_NAMESPACES =
  'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

function element(name: string, value: string, attributes = ''): string {
  return value ? `<${name}${attributes}>${escapeXml(value)}</${name}>` : '';
}

/** W3C date-time without milliseconds, as Word writes it (core properties, comments, tracked changes). */
export function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function corePropertiesXml(
  draft: Draft,
  options: DocxExportOptions,
  env: Pick<DocxExportEnv, 'now'>,
  profile: LanguageProfile,
): string {
  const author = options.authorMode === 'submitter' ? draft.fields.submitter.trim() : '';
  const time = options.timestamps === 'export-time' && !Number.isNaN(env.now.getTime()) ? w3cdtf(env.now) : '';
  const timeType = ' xsi:type="dcterms:W3CDTF"';
  return (
    `${DECLARATION}<cp:coreProperties ${CORE_NAMESPACES}>` +
    element('dc:title', draft.fields.title.trim()) +
    element('dc:creator', author) +
    element('cp:lastModifiedBy', author) +
    element('dc:language', profile.tag) +
    element('dcterms:created', time, timeType) +
    element('dcterms:modified', time, timeType) +
    '</cp:coreProperties>'
  );
}

/** Extended properties: empty, so no template name, company, manager or application details. */
export function appPropertiesXml(): string {
  return (
    `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>'
  );
}
