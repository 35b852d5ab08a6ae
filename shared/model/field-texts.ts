// What a field node in the text shows: the draft's current value of that field, dates written out
// in the document language. The editor, the Word export, the print layout, the comparison and
// plain text (search, word counts) all read a field's text from here, so changing a field in
// Details changes it everywhere without rewriting a section.
import type { Draft } from './draft';
import { formatLongDate, formatMonthYear, isIsoDate } from './dates';

/** The text each field shows, by field id. */
export type FieldTexts = Readonly<Record<string, string>>;

/** The built-in fields a template's text may hold as field nodes (government has a translated default, so stays text). */
export const FIELD_NODE_IDS: readonly string[] = ['title', 'submitter', 'issuingBody', 'forum', 'date', 'monthYear'];

// Typing asks again for every change of a section: the texts are kept per fields object (a change
// of details makes a new one) and language.
const known = new WeakMap<Draft['fields'], { language: Draft['language']; texts: FieldTexts }>();

/** Every field's text for this draft: values as typed, the date and month-year written out. */
export function fieldTexts(draft: Pick<Draft, 'fields' | 'language'>): FieldTexts {
  const cached = known.get(draft.fields);
  if (cached?.language === draft.language) return cached.texts;
  const texts = computeFieldTexts(draft);
  known.set(draft.fields, { language: draft.language, texts });
  return texts;
}

function computeFieldTexts(draft: Pick<Draft, 'fields' | 'language'>): FieldTexts {
  const out: Record<string, string> = {};
  for (const [id, value] of Object.entries(draft.fields)) if (value !== undefined) out[id] = value.trim();
  const date = draft.fields.date;
  const valid = isIsoDate(date);
  // Written out when first read: a page's first date formatter costs tens of milliseconds (the
  // browser loads its calendar data), which opening a section that shows no date need not pay.
  writtenOnRead(out, 'date', () => (valid ? formatLongDate(date, draft.language) : ''));
  writtenOnRead(out, 'monthYear', () => (valid ? formatMonthYear(date, draft.language) : ''));
  return out;
}

/** An ordinary enumerable property whose value is computed on its first read, then kept. */
function writtenOnRead(target: Record<string, string>, key: string, compute: () => string): void {
  let value: string | undefined;
  Object.defineProperty(target, key, { enumerable: true, get: () => (value ??= compute()) });
}

/**
 * A field's text; where no draft is at hand (e.g. deciding whether a section holds anything) the
 * field reads as its placeholder, so a line made of a field is never taken for empty.
 */
export function fieldText(fieldId: string, texts: FieldTexts | undefined): string {
  if (texts === undefined) return `{${fieldId}}`;
  return Object.hasOwn(texts, fieldId) ? texts[fieldId]! : '';
}
