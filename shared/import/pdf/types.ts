// What the PDF reader takes from pdf.js (extract.ts) and the layout analysis works on
// (layout.ts): positioned pieces of text and link areas per page, in PDF units (1/72 inch) with
// the origin at the bottom left, as in the file. Nothing here depends on pdf.js.

export interface PdfTextItem {
  text: string;
  /** Left end of the text and its baseline. */
  x: number;
  y: number;
  width: number;
  /** Font size (the text's height). */
  size: number;
  bold: boolean;
  italic: boolean;
}

/** A link annotation with a web address (internal links carry none and are not kept). */
export interface PdfLinkArea {
  url: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPageContent {
  width: number;
  height: number;
  items: PdfTextItem[];
  links: PdfLinkArea[];
}
