// A section's structured fields as a public document may show them: a field marked internal is
// left out whole, and so is an internal item of a checklist.
import type { SectionField } from '../model/section-fields';

export function publicFields(fields: SectionField[] | undefined): SectionField[] | undefined {
  if (!fields) return fields;
  let changed = false;
  const kept: SectionField[] = [];
  for (const field of fields) {
    if (field.internal) {
      changed = true;
      continue;
    }
    if (field.kind === 'checklist' && field.items.some((item) => item.internal)) {
      changed = true;
      kept.push({ ...field, items: field.items.filter((item) => !item.internal) });
    } else kept.push(field);
  }
  return changed ? kept : fields;
}
