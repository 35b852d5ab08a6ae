// What the document says for a section's structured answers and for the capacity-needs annex,
// as plain texts in the document's language: each answered question with its answer, a checklist
// as a table (action, status, lead agency, evidence, note), the annex's rows. The Word writer
// (section-fields.ts, capacity-annex.ts) and the print layout both lay out these texts, so the page
// view cannot show an answer, item or row the file would not have. Pure; the draft the fields
// come from is a projection (publicDraft() has already removed internal fields and items).
import type { CapacityNeedRow } from '../capacity/capacity-needs';
import { formatLongDate } from '../model/dates';
import type { Section } from '../model/draft';
import { isAnswered, type ChecklistField, type ChecklistItem, type SectionField } from '../model/section-fields';
import { normHeadingLine } from '../norms/official';
import { documentTexts } from '../templates/document-texts';
import type { Translate } from '../templates/messages';
import { capacityAnnexWords } from './document-words';
import type { LanguageProfile } from './language';

type Profile = Pick<LanguageProfile, 'language' | 'listSeparator'>;

/** A table as the document writes it: column widths (twentieths of a point), a header row, rows of texts. */
export interface DocumentTable {
  widths: readonly number[];
  header: string[];
  rows: string[][];
}

/** One answered field: its question, then either its answer or its checklist table. */
export type AnswerEntry = { question: string; answer: string } | { question: string; table: DocumentTable };

/** The checklist's columns across the A4 text width: the action is widest. */
const CHECKLIST_WIDTHS: readonly number[] = [3000, 1300, 1500, 1700, 1526];
/** The capacity table's columns across the A4 text width: the need is widest. */
const CAPACITY_WIDTHS: readonly number[] = [2200, 3400, 1400, 2026];

function answerText(field: Exclude<SectionField, ChecklistField>, t: Translate, profile: Profile): string {
  if (field.kind === 'choice')
    return field.options
      .filter((option) => field.value.includes(option.id))
      .map((option) => t(option.labelKey))
      .join(profile.listSeparator);
  if (field.kind === 'date') return formatLongDate(field.value, profile.language);
  return field.value.trim();
}

function itemText(item: ChecklistItem, t: Translate): string {
  return item.text ?? t(item.labelKey ?? '');
}

function checklistTable(field: ChecklistField, t: Translate): DocumentTable {
  return {
    widths: CHECKLIST_WIDTHS,
    header: ['action', 'status', 'leadAgency', 'evidence', 'note'].map((column) => t(`checklist.column.${column}`)),
    rows: field.items.map((item) => [
      itemText(item, t),
      t(`checklist.status.${item.status}`),
      item.leadAgency,
      item.evidence,
      item.note,
    ]),
  };
}

/**
 * The section's answered fields in template order. Only answered fields are written: an untouched
 * checklist would print a column of "Not started" under every norm.
 */
export function answerEntries(fields: readonly SectionField[] | undefined, profile: Profile): AnswerEntry[] {
  const t = documentTexts(profile.language);
  return (fields ?? []).filter(isAnswered).map((field) => {
    const question = t(field.labelKey);
    return field.kind === 'checklist'
      ? { question, table: checklistTable(field, t) }
      : { question, answer: answerText(field, t, profile) };
  });
}

export interface CapacityAnnexTexts {
  heading: string;
  table: DocumentTable;
}

/** A section as an annex names it: a norm by its heading line, another section by its heading. */
export function annexSectionName(
  section: Pick<Section, 'heading' | 'norm'>,
  profile: Pick<Profile, 'language'>,
): string {
  const heading = section.heading.trim();
  return section.norm ? normHeadingLine(section.norm, heading || undefined, profile.language) : heading;
}

/**
 * The "Capacity needs" annex: its heading and table; null when no section has such an answer or
 * the export's options turn it off (it is written unless `capacityAnnex` is false).
 */
export function capacityAnnexTexts(
  rows: readonly CapacityNeedRow[],
  options: { capacityAnnex?: boolean },
  profile: Profile,
): CapacityAnnexTexts | null {
  if (rows.length === 0 || options.capacityAnnex === false) return null;
  const words = capacityAnnexWords(profile.language);
  const t = documentTexts(profile.language);
  return {
    heading: words.heading,
    table: {
      widths: CAPACITY_WIDTHS,
      header: [words.section, words.need, words.assistance, words.details],
      rows: rows.map((r) => [
        annexSectionName(r.section, profile),
        r.need,
        r.assistanceKeys.map((key) => t(key)).join(profile.listSeparator),
        r.details,
      ]),
    },
  };
}
