// What goes into the Word file and in what order: the title block (from the draft's fields, or
// the title section), the sections the export keeps with their heading lines, and the closing
// date line. The DOCX writer and the print layout both walk this outline, so the page view cannot
// show a section, heading or date the file would not have. Pure and free of the docx library.
import { fieldTexts, type FieldTexts } from '../model/field-texts';
import type { PublicDraft } from '../collab/public-draft';
import type { ReviewDraft } from '../review/review-draft';
import type { InternalDraft } from '../internal/internal-draft';
import type { NormLetter, Section } from '../model/draft';
import { directionOf, type Language } from '../model/languages';
import type { SerializedEditorState } from '../model/lexical-json';
import { sectionWordCount } from '../model/words';
import { normLabelSeparator } from '../norms/labels';
import { normHeadingLine, normLabel } from '../norms/official';
import { languageProfile, type LanguageProfile } from './language';
import type { OfficialTexts } from './official-texts';
import { outlineLine, type OutlineLine } from './outline-line';
import type { DocxExportOptions } from './options';
import { STYLE } from './style-names';
import { isLeftToRightOnly, LEFT_TO_RIGHT_MARK } from './text';
import { sectionsToExport } from './empty-sections';
import { closingDateLines, missingForumLines, titleBlockLines } from './title-block';

export type { OutlineLine };

export interface OutlineSection {
  section: Section;
  /** The norm's heading line, a section's Heading 1, or null (title and closing sections). */
  heading: OutlineLine | null;
  /** The title section: its headings are written in the Title style. */
  titleBlock: boolean;
  /** Lines written after the section's text: the forum line under a title section that lacks it. */
  after: OutlineLine[];
}

export interface DocumentOutline {
  profile: LanguageProfile;
  /** The line at the top of every page; empty for none. */
  headerLine: string;
  /** Built from the draft's fields, only when no title section has words. */
  titleBlock: OutlineLine[];
  sections: OutlineSection[];
  /** The date line, unless the closing section says something itself. */
  closing: OutlineLine[];
  /** The draft's field texts: what each field node in the sections shows. */
  fields: FieldTexts;
}

/** A section counts as empty exactly when the app shows it as empty: no words in body or footnotes. */
export function hasWords(content: SerializedEditorState | undefined): boolean {
  return content?.root ? sectionWordCount(content) > 0 : false;
}

/**
 * The norm's heading line: the label in the document's language, then its short title or its
 * official text (the user's, in the draft's language, when provided; else the English one).
 */
export function normHeadingText(
  section: Section,
  options: DocxExportOptions,
  officialTexts: OfficialTexts = {},
  language: Language = 'en',
): string {
  if (!section.norm) return section.heading;
  const short = section.heading.trim();
  if (options.headingForm === 'short' && short) return normHeadingLine(section.norm, short, language);
  return normHeadingLine(section.norm, officialTexts[section.norm] || undefined, language);
}

/**
 * A norm heading in a right-to-left draft: an official text written left to right (the English
 * one) goes between left-to-right marks, so it is one left-to-right run with its full stop and
 * brackets, which Word, LibreOffice and the page view then keep at its end, not the line's other end.
 */
export function normHeadingForDirection(text: string, letter: NormLetter, language: Language): string {
  if (directionOf(language) !== 'rtl') return text;
  const label = normLabel(letter, language) + normLabelSeparator(language);
  const rest = text.slice(label.length);
  if (!text.startsWith(label) || !isLeftToRightOnly(rest)) return text;
  return `${label}${LEFT_TO_RIGHT_MARK}${rest}${LEFT_TO_RIGHT_MARK}`;
}

function sectionHeading(
  section: Section,
  options: DocxExportOptions,
  officialTexts: OfficialTexts | undefined,
  language: Language,
): OutlineLine | null {
  if (section.kind === 'norm') {
    const text = normHeadingText(section, options, officialTexts, language);
    const written = section.norm ? normHeadingForDirection(text, section.norm, language) : text;
    return outlineLine(written, STYLE.normHeading)[0] ?? null;
  }
  if (section.kind === 'title' || section.kind === 'closing') return null;
  return outlineLine(section.heading, STYLE.headings[0])[0] ?? null;
}

export function documentOutline(
  draft: PublicDraft | ReviewDraft | InternalDraft,
  options: DocxExportOptions,
  officialTexts?: OfficialTexts,
): DocumentOutline {
  const profile = languageProfile(draft.language);
  const kept = sectionsToExport(draft.sections, options.includeEmptySections);
  // The title block is the title section as the user edits it in the draft view; the block built
  // from the draft's fields is only for a draft without one (or with it emptied), never both.
  const titleSection = kept.find((s) => s.kind === 'title' && hasWords(s.content));
  const closingSection = kept.some((s) => s.kind === 'closing' && hasWords(s.content));
  return {
    profile,
    fields: fieldTexts(draft),
    headerLine: options.headerLine.trim(),
    titleBlock: titleSection ? [] : titleBlockLines(draft, profile),
    sections: kept.map((section) => ({
      section,
      heading: sectionHeading(section, options, officialTexts, profile.language),
      titleBlock: section.kind === 'title',
      after: section === titleSection ? missingForumLines(draft, section, profile) : [],
    })),
    closing: closingSection ? [] : closingDateLines(draft, profile),
  };
}
