// Real Word footnotes, numbered 1..N in the order the writer meets them (document order).
import type { Paragraph } from 'docx';
import { TextRun } from 'docx';
import type { SerializedEditorState } from '../model/lexical-json';
import { blockParagraphs, paragraph } from './blocks';
import type { FootnoteSink, RenderContext } from './context';
import { STYLE } from './styles';

export type FootnoteMap = Record<number, { children: Paragraph[] }>;

export class FootnoteCollector implements FootnoteSink {
  readonly notes: FootnoteMap = {};
  private count = 0;

  constructor(private readonly ctx: Omit<RenderContext, 'footnotes' | 'paragraphStyle'>) {}

  get total(): number {
    return this.count;
  }

  add(note: SerializedEditorState): number {
    const id = ++this.count;
    this.notes[id] = { children: this.render(note) };
    return id;
  }

  private render(note: SerializedEditorState): Paragraph[] {
    const ctx: RenderContext = { ...this.ctx, footnotes: null, paragraphStyle: STYLE.footnoteText };
    const out: Paragraph[] = [];
    blockParagraphs(note?.root?.children ?? [], ctx, out);
    // Word puts a space between the footnote number and its text.
    const space = new TextRun({ text: ' ', language: ctx.profile.runLanguage, font: ctx.profile.runFonts });
    const first = out[0];
    if (first) first.addRunToFront(space);
    else out.push(paragraph(ctx, { style: STYLE.footnoteText, children: [space] }, ''));
    return out;
  }
}
