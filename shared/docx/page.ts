// Page furniture: A4 with 2.5 cm margins, page numbers centred in the footer, an optional
// header line (e.g. "Non-paper", "Unclassified"). These few runs are docx objects: docx writes
// the header and footer parts.
import type { ISectionOptions } from 'docx';
import { Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { LanguageProfile } from './language';
import { A4, HEADER_DISTANCE, MARGIN } from './page-geometry';
import { STYLE } from './styles';
import { directionSegments, hasRightToLeftText, isLeftToRightOnly } from './text';
import { xmlSafe } from '../ooxml/xml/escape';

/** The header line as runs: one line, split into direction runs where it holds Arabic text. */
function headerParagraph(line: string, profile: LanguageProfile): Paragraph {
  const text = xmlSafe(line).replace(/\s+/g, ' ');
  const base = { language: profile.runLanguage, font: profile.runFonts };
  const runs =
    !profile.rtl && !hasRightToLeftText(text)
      ? [new TextRun({ ...base, text })]
      : directionSegments(text).map(
          (segment) => new TextRun({ ...base, text: segment.text, rightToLeft: segment.rtl || undefined }),
        );
  const bidirectional = profile.rtl ? !isLeftToRightOnly(text) : false;
  return new Paragraph({ style: STYLE.header, children: runs, bidirectional: bidirectional || undefined });
}

export function pageSetup(headerLine: string, profile: LanguageProfile): Omit<ISectionOptions, 'children'> {
  const header = headerLine.trim();
  const pageNumber = new TextRun({
    children: [PageNumber.CURRENT],
    language: profile.runLanguage,
    font: profile.runFonts,
  });
  // The footer holds only the page number: right-to-left in a right-to-left draft, as before.
  const footer = new Paragraph({
    style: STYLE.footer,
    children: [pageNumber],
    bidirectional: profile.rtl || undefined,
  });
  return {
    properties: {
      page: {
        size: A4,
        margin: {
          top: MARGIN,
          bottom: MARGIN,
          left: MARGIN,
          right: MARGIN,
          header: HEADER_DISTANCE,
          footer: HEADER_DISTANCE,
        },
      },
    },
    headers: header ? { default: new Header({ children: [headerParagraph(header, profile)] }) } : undefined,
    footers: { default: new Footer({ children: [footer] }) },
  };
}
