// The house style, defined once as Word styles so a user can restyle the document in Word.
// Sizes are in half-points, spacing and indents in twentieths of a point.
import type {
  IParagraphStyleOptions,
  IParagraphStylePropertiesOptions,
  IRunStylePropertiesOptions,
  IStylesOptions,
} from 'docx';
import { AlignmentType, UnderlineType } from 'docx';
import type { LanguageProfile } from './language';
import { STYLE } from './style-names';

export { STYLE };

/** Styles whose paragraphs keep with the next one (a heading stays with its first lines). */
export const KEEP_WITH_NEXT_STYLES: readonly string[] = [
  STYLE.title,
  STYLE.subtitle,
  ...STYLE.headings,
  STYLE.normHeading,
];

const BODY_SIZE = 22;
const keep = { keepNext: true, keepLines: true } as const;

function paragraphStyle(
  id: string,
  name: string,
  run: IRunStylePropertiesOptions,
  paragraph: IParagraphStylePropertiesOptions,
): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', next: 'Normal', quickFormat: true, run, paragraph };
}

export function houseStyles(profile: LanguageProfile): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: profile.fonts, size: BODY_SIZE, sizeComplexScript: BODY_SIZE, language: profile.runLanguage },
        paragraph: { spacing: { after: 160, line: 264 } },
      },
      title: {
        run: { bold: true, size: 30 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 240 }, ...keep },
      },
      heading1: {
        run: { bold: true, size: 26 },
        paragraph: { outlineLevel: 0, spacing: { before: 360, after: 160 }, ...keep },
      },
      heading2: {
        run: { bold: true, size: 24 },
        paragraph: { outlineLevel: 1, spacing: { before: 240, after: 120 }, ...keep },
      },
      heading3: {
        run: { bold: true, italics: true, size: BODY_SIZE },
        paragraph: { outlineLevel: 2, spacing: { before: 200, after: 80 }, ...keep },
      },
      listParagraph: { paragraph: { spacing: { after: 120 } } },
      hyperlink: { run: { color: '0563C1', underline: { type: UnderlineType.SINGLE } } },
      footnoteReference: { run: { superScript: true } },
      footnoteText: { run: { size: 18 }, paragraph: { spacing: { after: 40, line: 240 } } },
    },
    paragraphStyles: [
      paragraphStyle(STYLE.issuingBody, 'Issuing Body', { bold: true }, { spacing: { after: 480 } }),
      paragraphStyle(
        STYLE.subtitle,
        'Subtitle',
        { bold: true },
        { alignment: AlignmentType.CENTER, spacing: { after: 120 }, ...keep },
      ),
      paragraphStyle(STYLE.forum, 'Forum', {}, { alignment: AlignmentType.CENTER, spacing: { after: 480 } }),
      // The bold lead-in of each norm block; an outline level puts it in Word's navigation pane.
      paragraphStyle(
        STYLE.normHeading,
        'Norm Heading',
        { bold: true },
        { outlineLevel: 1, spacing: { before: 280, after: 160 }, ...keep },
      ),
      paragraphStyle(STYLE.quote, 'Quote', {}, { indent: { left: 567, right: 567 }, spacing: { after: 160 } }),
      paragraphStyle(STYLE.dateLine, 'Date Line', {}, { spacing: { before: 480 } }),
      paragraphStyle(STYLE.header, 'Header', { size: 18 }, { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
      paragraphStyle(STYLE.footer, 'Footer', { size: 18 }, { alignment: AlignmentType.CENTER, spacing: { after: 0 } }),
    ],
  };
}
