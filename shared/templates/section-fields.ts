// A new section's structured fields: those its template declares, unanswered, and for a norm
// section the practical-action checklist of that norm (every template gets it).
import type { NormLetter } from '../model/draft';
import { isAnswered, type SectionField } from '../model/section-fields';
import { checklistFile, normChecklist, PRACTICAL_ACTIONS, PRACTICAL_ACTIONS_FIELD } from './checklists';
import type { TemplateSectionField } from './schema';

function newField(field: TemplateSectionField, norm: NormLetter | undefined): SectionField | null {
  const internal = field.internal ?? false;
  switch (field.kind) {
    case 'choice': {
      const options = field.options.map(({ id, labelKey }) => ({ id, labelKey }));
      return {
        id: field.id,
        kind: 'choice',
        labelKey: field.labelKey,
        multiple: field.multiple,
        options,
        value: [],
        internal,
      };
    }
    case 'checklist': {
      if (field.source !== undefined) {
        const file = checklistFile(field.source);
        const built = file && norm ? normChecklist(field.id, file, norm) : null;
        return built && { ...built, labelKey: field.labelKey, internal };
      }
      const items = (field.items ?? []).map((item) => ({
        id: item.id,
        labelKey: item.labelKey,
        status: 'notStarted' as const,
        leadAgency: '',
        evidence: '',
        note: '',
        internal: false,
      }));
      return { id: field.id, kind: 'checklist', labelKey: field.labelKey, items, internal };
    }
    default:
      return { id: field.id, kind: field.kind, labelKey: field.labelKey, value: '', internal };
  }
}

export function newSectionFields(
  fields: readonly TemplateSectionField[] | undefined,
  norm: NormLetter | undefined,
): SectionField[] {
  const out = (fields ?? []).flatMap((field) => newField(field, norm) ?? []);
  const file = checklistFile(PRACTICAL_ACTIONS);
  const actions = norm && file ? normChecklist(PRACTICAL_ACTIONS_FIELD, file, norm) : null;
  if (actions) out.push(actions);
  return out;
}

function carried(fresh: SectionField, old: SectionField): SectionField {
  if (fresh.kind === 'checklist' && old.kind === 'checklist') {
    const before = new Map(old.items.map((item) => [item.id, item]));
    const items = fresh.items.map((item) => {
      const was = before.get(item.id);
      return was
        ? {
            ...item,
            status: was.status,
            leadAgency: was.leadAgency,
            evidence: was.evidence,
            note: was.note,
            internal: was.internal,
          }
        : item;
    });
    return { ...fresh, items, internal: old.internal };
  }
  if (fresh.kind === 'choice' && old.kind === 'choice') {
    const known = new Set(fresh.options.map((option) => option.id));
    const value = old.value.filter((id) => known.has(id)).slice(0, fresh.multiple ? undefined : 1);
    return { ...fresh, value, internal: old.internal };
  }
  if ((fresh.kind === 'shortText' || fresh.kind === 'date') && fresh.kind === old.kind)
    return { ...fresh, value: old.value, internal: old.internal };
  return fresh;
}

/**
 * A section's fields under another template: the new template's fields, answered as before where
 * the same field (id and kind) or checklist item is there; answered fields it lacks are kept
 * after them, so changing the template never loses an answer.
 */
export function carryFieldAnswers(
  fresh: readonly SectionField[] | undefined,
  old: readonly SectionField[] | undefined,
): SectionField[] {
  const before = new Map((old ?? []).map((field) => [field.id, field]));
  const out = (fresh ?? []).map((field) => {
    const was = before.get(field.id);
    return was ? carried(field, was) : field;
  });
  const ids = new Set(out.map((field) => field.id));
  for (const field of old ?? []) if (!ids.has(field.id) && isAnswered(field)) out.push(field);
  return out;
}
