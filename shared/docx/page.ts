// Page furniture: A4 with 2.5 cm margins, page numbers centred in the footer, an optional
// header line (e.g. "Non-paper", "Unclassified").
import type { ISectionOptions } from 'docx';
import { Footer, Header, PageNumber, TextRun } from 'docx';
import { paragraph } from './blocks';
import type { RenderContext } from './context';
import { textRuns } from './inline';
import { STYLE } from './styles';

const A4 = { width: 11906, height: 16838 };
const MARGIN = 1417; // 2.5 cm
const HEADER_DISTANCE = 709; // 1.25 cm

export function pageSetup(headerLine: string, ctx: RenderContext): Omit<ISectionOptions, 'children'> {
  const header = headerLine.trim();
  const pageNumber = new TextRun({ children: [PageNumber.CURRENT], language: ctx.profile.runLanguage, font: ctx.profile.runFonts });
  return {
    properties: {
      page: {
        size: A4,
        margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: HEADER_DISTANCE, footer: HEADER_DISTANCE },
      },
    },
    headers: header ? { default: new Header({ children: [paragraph(ctx, { style: STYLE.header, children: textRuns(header, {}, ctx) }, header)] }) } : undefined,
    footers: { default: new Footer({ children: [paragraph(ctx, { style: STYLE.footer, children: [pageNumber] }, '')] }) },
  };
}
