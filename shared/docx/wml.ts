// WordprocessingML for paragraphs and runs, written directly as text: the same XML the docx
// library writes for them, byte for byte, at a fraction of the cost. Building docx's object
// model for a 60,000-word draft and serialising it took about three quarters of the export time
// (see bench/); docx still writes the package around the body (styles, numbering, page setup).
import { escapeXml } from '../ooxml/xml/escape';
import type { LanguageProfile } from './language';

export interface RunMarks {
  style?: string;
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  strike?: boolean;
  superScript?: boolean;
  subScript?: boolean;
}

function attributes(pairs: Array<[string, string | undefined]>): string {
  return pairs.map(([key, value]) => (value === undefined ? '' : ` ${key}="${escapeXml(value)}"`)).join('');
}

/** The language (and, for Chinese, font) elements every run of the document carries. */
export function runLanguageXml(profile: LanguageProfile): { fonts: string; lang: string } {
  const f = profile.runFonts;
  const fonts = f
    ? `<w:rFonts${attributes([
        ['w:ascii', f.ascii],
        ['w:cs', f.cs],
        ['w:eastAsia', f.eastAsia],
        ['w:hAnsi', f.hAnsi],
        ['w:hint', f.hint],
      ])}/>`
    : '';
  const l = profile.runLanguage;
  const lang = `<w:lang${attributes([
    ['w:val', l.value],
    ['w:eastAsia', l.eastAsia],
    ['w:bidi', l.bidirectional],
  ])}/>`;
  return { fonts, lang };
}

/** w:rPr in docx's element order. */
export function runPropertiesXml(marks: RunMarks, language: { fonts: string; lang: string }, rtl: boolean): string {
  let xml = marks.style ? `<w:rStyle w:val="${escapeXml(marks.style)}"/>` : '';
  xml += language.fonts;
  if (marks.bold) xml += '<w:b/><w:bCs/>';
  if (marks.italics) xml += '<w:i/><w:iCs/>';
  if (marks.strike) xml += '<w:strike/>';
  if (marks.underline) xml += '<w:u w:val="single"/>';
  if (marks.subScript) xml += '<w:vertAlign w:val="subscript"/>';
  if (marks.superScript) xml += '<w:vertAlign w:val="superscript"/>';
  if (rtl) xml += '<w:rtl/>';
  xml += language.lang;
  return xml ? `<w:rPr>${xml}</w:rPr>` : '';
}

export const textRunXml = (properties: string, text: string) =>
  `<w:r>${properties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
export const breakRunXml = (properties: string) => `<w:r>${properties}<w:br/></w:r>`;
export const tabRunXml = (properties: string) => `<w:r>${properties}<w:tab/></w:r>`;
export const footnoteReferenceXml = (id: number) =>
  `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
/** The number mark at the start of a footnote's own text. */
export const FOOTNOTE_MARK_XML = '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>';

export function hyperlinkXml(relationshipId: string, anchor: string | undefined, runs: string): string {
  const open = `<w:hyperlink w:history="1"${anchor === undefined ? '' : ` w:anchor="${escapeXml(anchor)}"`} r:id="${relationshipId}"`;
  return runs ? `${open}>${runs}</w:hyperlink>` : `${open}/>`;
}

export type Alignment = 'center' | 'both' | 'left' | 'right' | 'end';

export interface ParagraphProperties {
  style?: string;
  numbering?: { numId: number; level: number };
  bidirectional?: boolean;
  indentLeft?: number;
  alignment?: Alignment;
  /** The paragraph mark's tracked changes (w:ins, w:del), written only for review. */
  markChanges?: string;
}

/** The attributes of a tracked change (w:ins, w:del): its annotation id, author and date. */
export const changeAttributesXml = (change: { id: number; author: string; date: string }) =>
  `w:id="${change.id}" w:author="${escapeXml(change.author)}" w:date="${escapeXml(change.date)}"`;

// As docx does: in a right-to-left paragraph "left" and "right" are swapped so that they keep
// meaning the physical side the user chose.
const RIGHT_TO_LEFT: Partial<Record<Alignment, Alignment>> = { left: 'right', right: 'left' };

/** w:p with its properties in docx's element order. */
export function paragraphXml(props: ParagraphProperties, children: string): string {
  let pPr = props.style ? `<w:pStyle w:val="${escapeXml(props.style)}"/>` : '';
  if (props.numbering)
    pPr += `<w:numPr><w:ilvl w:val="${props.numbering.level}"/><w:numId w:val="${props.numbering.numId}"/></w:numPr>`;
  if (props.bidirectional) pPr += '<w:bidi/>';
  if (props.indentLeft !== undefined) pPr += `<w:ind w:left="${props.indentLeft}"/>`;
  if (props.alignment)
    pPr += `<w:jc w:val="${(props.bidirectional && RIGHT_TO_LEFT[props.alignment]) || props.alignment}"/>`;
  if (props.markChanges) pPr += `<w:rPr>${props.markChanges}</w:rPr>`;
  const content = (pPr ? `<w:pPr>${pPr}</w:pPr>` : '') + children;
  return content ? `<w:p>${content}</w:p>` : '<w:p/>';
}

/**
 * The paragraph with its style's keep-with-next turned off (w:keepNext comes right after
 * w:pStyle in w:pPr); a paragraph without a style is returned as it is.
 */
export function withoutKeepNext(paragraph: string): string {
  const style = /^<w:p><w:pPr><w:pStyle w:val="[^"]*"\/>/.exec(paragraph);
  return style ? `${style[0]}<w:keepNext w:val="0"/>${paragraph.slice(style[0].length)}` : paragraph;
}

/** Puts runs at the start of a paragraph's content (after its properties). */
export function prependRuns(paragraph: string, runs: string): string {
  if (paragraph === '<w:p/>') return `<w:p>${runs}</w:p>`;
  const at = paragraph.startsWith('<w:p><w:pPr>') ? paragraph.indexOf('</w:pPr>') + '</w:pPr>'.length : '<w:p>'.length;
  return paragraph.slice(0, at) + runs + paragraph.slice(at);
}
