// Structured answers beside a section's rich text: a choice, a short text, a date, or a checklist
// of practical actions with statuses. A template declares them as data (templates/schema.ts); a
// new draft carries each one with its labels (i18n keys in namespace `templates`) and its value,
// so the draft alone is enough to show, fill and export them. Anything marked `internal` stays
// out of every public document (shared/collab/public-draft.ts).

export const SECTION_FIELD_KINDS = ['choice', 'shortText', 'date', 'checklist'] as const;
export type SectionFieldKind = (typeof SECTION_FIELD_KINDS)[number];

export const CHECKLIST_STATUSES = ['notStarted', 'inProgress', 'implemented', 'notApplicable'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

export interface ChoiceOption {
  id: string;
  labelKey: string;
}

export interface ChecklistItem {
  id: string;
  /** The action, as an i18n key (a list written for this app) or as text (an official list quoted as published). */
  labelKey?: string;
  text?: string;
  status: ChecklistStatus;
  leadAgency: string;
  /** A reference (document, law) or a link. */
  evidence: string;
  note: string;
  internal: boolean;
}

interface FieldBase {
  /** Unique within its section; `fieldPath` makes it unique in the draft. */
  id: string;
  labelKey: string;
  internal: boolean;
}

export interface ChoiceField extends FieldBase {
  kind: 'choice';
  multiple: boolean;
  options: ChoiceOption[];
  /** Ids of the options chosen (at most one unless `multiple`). */
  value: string[];
}

export interface TextField extends FieldBase {
  kind: 'shortText' | 'date';
  /** A date is YYYY-MM-DD; '' when not answered. */
  value: string;
}

export interface ChecklistField extends FieldBase {
  kind: 'checklist';
  /** The checklist data file the items came from (templates/checklists/<source>.json). */
  source?: string;
  items: ChecklistItem[];
}

export type SectionField = ChoiceField | TextField | ChecklistField;

export const SECTION_FIELD_LIMITS = {
  fieldsPerSection: 40,
  options: 20,
  items: 40,
  textChars: 2_000,
  /** Lead agency, evidence and note of an item. */
  itemChars: 1_000,
} as const;

/** Field, option and item ids: a letter, then letters, digits and "-" (they appear in CLI ids). */
export const SECTION_FIELD_ID_PATTERN = /^[A-Za-z][A-Za-z0-9-]{0,39}$/;

/** How far a checklist has come: items done (implemented or not applicable) of all items. */
export function checklistProgress(fields: readonly SectionField[] | undefined): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const field of fields ?? []) {
    if (field.kind !== 'checklist') continue;
    for (const item of field.items) {
      total += 1;
      if (item.status === 'implemented' || item.status === 'notApplicable') done += 1;
    }
  }
  return { done, total };
}

/** Whether the field holds an answer (a checklist: any item moved from "not started" or annotated). */
export function isAnswered(field: SectionField): boolean {
  switch (field.kind) {
    case 'choice':
      return field.value.length > 0;
    case 'checklist':
      return field.items.some(
        (item) => item.status !== 'notStarted' || item.leadAgency !== '' || item.evidence !== '' || item.note !== '',
      );
    default:
      return field.value.trim() !== '';
  }
}
