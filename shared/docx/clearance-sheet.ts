// The clearance sheet as a small Word document for the ministry's file: a title, the draft's
// title, and one table (section, step, cleared by, date, a "changed since cleared" note) in the
// house styles, with the language profile's fonts and direction. An internal document: it holds
// names and is never part of the draft's export.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { SheetRow } from '../clearance/sheet';
import type { Language } from '../model/languages';
import { languageProfile, type LanguageProfile } from './language';
import { pageSetup } from './page';
import { markSectionRightToLeft } from './section-bidi';
import { STYLE } from './style-names';
import { houseStyles } from './styles';
import { directionSegments, hasRightToLeftText, isLeftToRightOnly } from './text';
import { xmlSafe } from '../ooxml/xml/escape';

export interface ClearanceSheetTexts {
  /** "Clearance sheet". */
  heading: string;
  /** The draft's title (document text). */
  draftTitle: string;
  /** "Prepared on …" or similar line under the title; may be empty. */
  preparedLine: string;
  section: string;
  step: string;
  by: string;
  date: string;
  note: string;
  /** Shown in the note column of a section edited after its latest clearance. */
  changed: string;
  /** Shown for a step nobody cleared the section at. */
  notCleared: string;
  formatDate(ms: number): string;
}

/**
 * One line of the sheet: split into direction runs where it holds Arabic text, and right-to-left
 * in a right-to-left sheet unless it is all left-to-right (a name typed in Latin letters, a date),
 * as the export's header line is.
 */
function paragraph(profile: LanguageProfile, raw: string, style?: string, bold = false): Paragraph {
  const text = xmlSafe(raw);
  const base = { language: profile.runLanguage, font: profile.runFonts, bold: bold || undefined };
  const children = !text
    ? []
    : !profile.rtl && !hasRightToLeftText(text)
      ? [new TextRun({ ...base, text })]
      : directionSegments(text).map(
          (segment) => new TextRun({ ...base, text: segment.text, rightToLeft: segment.rtl || undefined }),
        );
  const bidirectional = profile.rtl && !isLeftToRightOnly(text);
  return new Paragraph({ style, children, bidirectional: bidirectional || undefined });
}

const cell = (profile: LanguageProfile, text: string, bold = false) =>
  new TableCell({ children: [paragraph(profile, text, undefined, bold)] });

function rows(profile: LanguageProfile, sheet: readonly SheetRow[], texts: ClearanceSheetTexts): TableRow[] {
  const header = new TableRow({
    tableHeader: true,
    children: [texts.section, texts.step, texts.by, texts.date, texts.note].map((t) => cell(profile, t, true)),
  });
  const body = sheet.flatMap((row) =>
    row.steps.map(
      (step, index) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(profile, index === 0 ? row.section : ''),
            cell(profile, step.step),
            cell(profile, step.at === null ? texts.notCleared : step.by),
            cell(profile, step.at === null ? '' : texts.formatDate(step.at)),
            cell(profile, index === 0 && row.changed ? texts.changed : '', true),
          ],
        }),
    ),
  );
  return [header, ...body];
}

/** Writes the sheet in `language` (the language its texts are in). */
export async function clearanceSheetDocx(
  sheet: readonly SheetRow[],
  texts: ClearanceSheetTexts,
  language: Language,
): Promise<Uint8Array> {
  const profile = languageProfile(language);
  const doc = new Document({
    title: texts.heading,
    creator: '',
    styles: houseStyles(profile),
    sections: [
      {
        ...pageSetup('', profile),
        children: [
          paragraph(profile, texts.heading, STYLE.title),
          paragraph(profile, texts.draftTitle, STYLE.subtitle),
          ...(texts.preparedLine ? [paragraph(profile, texts.preparedLine)] : []),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            visuallyRightToLeft: profile.rtl || undefined,
            rows: rows(profile, sheet, texts),
          }),
        ],
      },
    ],
  });
  if (profile.rtl) markSectionRightToLeft(doc);
  return Packer.pack(doc, 'uint8array');
}
