// Structured fields addressed from outside the app (the command line's `info` and `fill`): every
// field and checklist item gets an id unique in the draft, `<section>.<field>[.<item>]`, where
// <section> is `norm-a`…`norm-k` for a norm and `section-<position>` for any other section.
// Values are checked as the editor would check them; a refused value changes nothing.
import type { Draft, Section } from './draft';
import { isIsoDate } from './dates';
import {
  CHECKLIST_STATUSES,
  SECTION_FIELD_LIMITS,
  type ChecklistItem,
  type ChecklistStatus,
  type SectionField,
} from './section-fields';

export class FieldValueError extends Error {
  override readonly name = 'FieldValueError';
}

export function sectionRef(section: Pick<Section, 'norm'>, index: number): string {
  return section.norm ? `norm-${section.norm}` : `section-${index + 1}`;
}

export interface ListedItem {
  id: string;
  status: ChecklistStatus;
  leadAgency: string;
  evidence: string;
  note: string;
  internal: boolean;
}

export interface ListedField {
  id: string;
  kind: SectionField['kind'];
  value?: string | string[];
  internal: boolean;
  items?: ListedItem[];
}

/** A section's fields with their draft-wide ids, values and statuses. */
export function listedFields(section: Section, index: number): ListedField[] {
  const ref = sectionRef(section, index);
  return (section.fields ?? []).map((field) => {
    const id = `${ref}.${field.id}`;
    if (field.kind !== 'checklist') return { id, kind: field.kind, value: field.value, internal: field.internal };
    const items = field.items.map(({ id: item, status, leadAgency, evidence, note, internal }) => ({
      id: `${id}.${item}`,
      status,
      leadAgency,
      evidence,
      note,
      internal,
    }));
    return { id, kind: field.kind, internal: field.internal, items };
  });
}

const ITEM_TEXTS = ['leadAgency', 'evidence', 'note'] as const;

function parseBoolean(id: string, value: string): boolean {
  if (value === 'true' || value === 'false') return value === 'true';
  throw new FieldValueError(`"${id}" takes true or false, not "${value}".`);
}

function checkedText(id: string, value: string, limit: number): string {
  const text = value.trim();
  if (text.length > limit) throw new FieldValueError(`"${id}" is too long (at most ${limit} characters).`);
  return text;
}

function setFieldValue(field: SectionField, id: string, value: string): SectionField {
  switch (field.kind) {
    case 'choice': {
      const chosen = value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
      const known = field.options.map((option) => option.id);
      const unknown = chosen.find((option) => !known.includes(option));
      if (unknown !== undefined)
        throw new FieldValueError(`"${id}" has no option "${unknown}"; choose from: ${known.join(', ')}.`);
      if (!field.multiple && chosen.length > 1)
        throw new FieldValueError(`"${id}" takes one option only; choose one of: ${known.join(', ')}.`);
      return { ...field, value: [...new Set(chosen)] };
    }
    case 'date': {
      const date = value.trim();
      if (date !== '' && !isIsoDate(date))
        throw new FieldValueError(`"${id}" takes a real date written YYYY-MM-DD, not "${value}".`);
      return { ...field, value: date };
    }
    case 'shortText':
      return { ...field, value: checkedText(id, value, SECTION_FIELD_LIMITS.textChars) };
    case 'checklist':
      throw new FieldValueError(
        `"${id}" is a checklist: set its items, e.g. ${id}.${field.items[0]?.id ?? '<item>'}=implemented.`,
      );
  }
}

function setItemValue(item: ChecklistItem, id: string, part: string | undefined, value: string): ChecklistItem {
  if (part === undefined) {
    if (!(CHECKLIST_STATUSES as readonly string[]).includes(value))
      throw new FieldValueError(`"${id}" takes a status: ${CHECKLIST_STATUSES.join(', ')}; not "${value}".`);
    return { ...item, status: value as ChecklistStatus };
  }
  if (part === 'internal') return { ...item, internal: parseBoolean(`${id}.internal`, value) };
  if ((ITEM_TEXTS as readonly string[]).includes(part))
    return { ...item, [part]: checkedText(`${id}.${part}`, value, SECTION_FIELD_LIMITS.itemChars) };
  throw new FieldValueError(`"${id}.${part}" is unknown: an item has ${['internal', ...ITEM_TEXTS].join(', ')}.`);
}

function unknownId(id: string): FieldValueError {
  return new FieldValueError(`The draft has no field or checklist item "${id}"; \`info --json\` lists the ids.`);
}

function applyOne(field: SectionField, id: string, rest: string[], value: string): SectionField {
  const fieldId = `${id.split('.').slice(0, 2).join('.')}`;
  if (rest.length === 0) return setFieldValue(field, fieldId, value);
  if (rest.length === 1 && rest[0] === 'internal') return { ...field, internal: parseBoolean(id, value) };
  if (field.kind !== 'checklist' || rest.length > 2) throw unknownId(id);
  const at = field.items.findIndex((item) => item.id === rest[0]);
  if (at < 0) throw unknownId(id);
  const items = [...field.items];
  items[at] = setItemValue(items[at]!, `${fieldId}.${rest[0]}`, rest[1], value);
  return { ...field, items };
}

/** The draft with each `id=value` applied in order; throws FieldValueError (naming the id) and changes nothing. */
export function fillFields(draft: Draft, assignments: readonly { id: string; value: string }[]): Draft {
  const sections = draft.sections.map((section) => ({ ...section }));
  for (const { id, value } of assignments) {
    const [ref, fieldId, ...rest] = id.split('.');
    const index = draft.sections.findIndex((section, at) => sectionRef(section, at) === ref);
    const section = sections[index];
    const at = section?.fields?.findIndex((field) => field.id === fieldId) ?? -1;
    if (!section?.fields || at < 0) throw unknownId(id);
    const fields = [...section.fields];
    fields[at] = applyOne(fields[at]!, id, rest, value);
    sections[index] = { ...section, fields };
  }
  return { ...draft, sections };
}
