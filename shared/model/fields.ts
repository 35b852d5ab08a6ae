// Fields: the values a draft's text is filled from (title, submitter, forum, date...). The built-in
// ones are the same for every template; a template may declare more in its data. A field's label
// is an i18n key in namespace `templates`. The schema of a template's own fields is in
// templates/schema.ts; `draft-fields.ts` changes and checks a draft's values.

/** text: typed as is; date: YYYY-MM-DD, written out in the document language; monthYear: a date field as month and year. */
export const FIELD_KINDS = ['text', 'date', 'monthYear'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

export interface FieldDefinition {
  id: string;
  /** i18n key in namespace `templates`. */
  labelKey: string;
  kind: FieldKind;
  required: boolean;
  /** For a field shown from another one (monthYear): the field holding the value. */
  of?: string;
}

/** Field ids: a letter then letters and digits, as they appear in `{placeholders}`. */
export const FIELD_ID_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,39}$/;

/** The fields every draft has, whatever its template: the placeholders templates could always use. */
export const BUILT_IN_FIELDS = [
  { id: 'title', labelKey: 'field.title', kind: 'text', required: true },
  { id: 'submitter', labelKey: 'field.submitter', kind: 'text', required: true },
  { id: 'issuingBody', labelKey: 'field.issuingBody', kind: 'text', required: false },
  { id: 'forum', labelKey: 'field.forum', kind: 'text', required: false },
  { id: 'date', labelKey: 'field.date', kind: 'date', required: true },
  { id: 'monthYear', labelKey: 'field.monthYear', kind: 'monthYear', required: false, of: 'date' },
  { id: 'government', labelKey: 'field.government', kind: 'text', required: false },
] as const satisfies readonly FieldDefinition[];

export type BuiltInFieldId = (typeof BUILT_IN_FIELDS)[number]['id'];
export const BUILT_IN_FIELD_IDS: readonly BuiltInFieldId[] = BUILT_IN_FIELDS.map((field) => field.id);

export function isBuiltInField(id: string): id is BuiltInFieldId {
  return (BUILT_IN_FIELD_IDS as readonly string[]).includes(id);
}

/** At most this many fields a template may add to the built-in ones. */
export const MAX_TEMPLATE_FIELDS = 20;
/** Characters of one field's value a user may type (a date is 10). */
export const FIELD_VALUE_CHARS = 500;
