// Real Word footnotes, numbered 1..N in the order the writer meets them (document order). Their
// text is written after the body, as docx did, so lists in footnotes number after the body's.
import type { SerializedEditorState } from '../model/lexical-json';
import { blockParagraphs, paragraph } from './blocks';
import type { FootnoteSink, RenderContext } from './context';
import { STYLE } from './styles';
import { FOOTNOTE_MARK_XML, prependRuns, runPropertiesXml, textRunXml } from './wml';

export class FootnoteCollector implements FootnoteSink {
  private readonly notes: SerializedEditorState[] = [];

  /** `ctx` renders footnote text: its links belong to the footnotes part. */
  constructor(private readonly ctx: Omit<RenderContext, 'footnotes' | 'paragraphStyle'>) {}

  get total(): number {
    return this.notes.length;
  }

  add(note: SerializedEditorState): number {
    this.notes.push(note);
    return this.notes.length;
  }

  /** The <w:footnote> elements, ids 1..N. */
  xml(): string {
    let xml = '';
    this.notes.forEach((note, index) => {
      xml += `<w:footnote w:id="${index + 1}">${this.render(note).join('')}</w:footnote>`;
    });
    return xml;
  }

  private render(note: SerializedEditorState): string[] {
    const ctx: RenderContext = { ...this.ctx, footnotes: null, paragraphStyle: STYLE.footnoteText };
    const out: string[] = [];
    blockParagraphs(note?.root?.children ?? [], ctx, out);
    // Word puts a space between the footnote number and its text.
    const space = textRunXml(runPropertiesXml({}, ctx.language, false), ' ');
    const first = out[0];
    if (first !== undefined) out[0] = prependRuns(first, FOOTNOTE_MARK_XML + space);
    else out.push(prependRuns(paragraph(ctx, { style: STYLE.footnoteText }, space, ''), FOOTNOTE_MARK_XML));
    return out;
  }
}
