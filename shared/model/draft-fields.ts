// Reading and writing a draft's fields, and checking them against its template's definitions:
// the one place the New draft and Details forms, the repository, refreshDetails and the outputs
// go through, instead of each naming title, submitter, forum... by hand.
import type { Draft, DraftFields } from './draft';
import { isIsoDate } from './dates';
import { FIELD_VALUE_CHARS, isBuiltInField, type FieldDefinition } from './fields';

/** A field's value, '' when the draft has none. */
export function fieldValue(fields: DraftFields, id: string): string {
  return Object.hasOwn(fields, id) ? (fields[id] ?? '') : '';
}

/** Every value as a form hands it over, trimmed. */
export function trimmedFields(fields: DraftFields): DraftFields {
  const out = { ...fields };
  for (const [id, value] of Object.entries(fields)) if (value !== undefined) out[id] = value.trim();
  return out;
}

/** The draft with these fields changed; a field set to undefined is removed (e.g. a government no longer named). */
export function withFields(draft: Draft, changes: Partial<DraftFields>): Draft {
  const fields: DraftFields = { ...draft.fields };
  for (const [id, value] of Object.entries(changes)) {
    if (value === undefined) delete fields[id];
    else fields[id] = value;
  }
  return { ...draft, fields };
}

export type FieldProblemKind = 'required' | 'date' | 'too-long' | 'unknown';

export interface FieldProblem {
  field: string;
  problem: FieldProblemKind;
}

/**
 * The first field whose value does not suit the template's definitions: a required field empty, a
 * date that is not a real date, a value too long, or a field the template does not have.
 * Derived fields (monthYear) are never stored, so never checked.
 */
export function checkFields(fields: DraftFields, definitions: readonly FieldDefinition[]): FieldProblem | null {
  const stored = definitions.filter((definition) => definition.of === undefined);
  for (const definition of stored) {
    const value = fieldValue(fields, definition.id).trim();
    if (definition.kind === 'date' && value !== '' && !isIsoDate(value))
      return { field: definition.id, problem: 'date' };
    if (definition.required && value === '') return { field: definition.id, problem: 'required' };
    // The built-in fields' own limits are the schema's (DRAFT_LIMITS).
    if (!isBuiltInField(definition.id) && value.length > FIELD_VALUE_CHARS)
      return { field: definition.id, problem: 'too-long' };
  }
  const known = new Set(stored.map((definition) => definition.id));
  const unknown = Object.keys(fields).find((id) => !known.has(id));
  return unknown === undefined ? null : { field: unknown, problem: 'unknown' };
}

/** For the CLI and errors thrown to hosts; the forms show their own translated messages. */
export function describeFieldProblem({ field, problem }: FieldProblem): string {
  switch (problem) {
    case 'required':
      return `The field "${field}" must not be empty.`;
    case 'date':
      return `The field "${field}" must be a real date written YYYY-MM-DD.`;
    case 'too-long':
      return `The field "${field}" is too long (at most ${FIELD_VALUE_CHARS} characters).`;
    case 'unknown':
      return `The draft's template has no field "${field}"; remove it or choose a template that has it.`;
  }
}
