// A new section's structured fields: those its template declares, unanswered, and for a norm
// section the practical-action checklist of that norm (every template gets it).
import type { NormLetter } from '../model/draft';
import type { SectionField } from '../model/section-fields';
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
