// Checklists of practical actions per norm, as data (templates/checklists/*.json). The shipped list
// was written for this app from what each norm asks; the format names its source, so an official
// list can be dropped in later as another file (its items quoted as `text`, its source named).
import { z } from '../model/zod';
import practicalActions from '../../templates/checklists/practical-actions.json';
import { NORM_LETTERS, type NormLetter } from '../model/draft';
import type { ChecklistField } from '../model/section-fields';
import { SECTION_FIELD_LIMITS } from '../model/section-fields';
import { messageKeySchema } from '../model/section-schema';
import { sectionFieldIdSchema } from '../model/section-fields-schema';

const itemSchema = z.lazy(() =>
  z
    .strictObject({
      id: sectionFieldIdSchema,
      labelKey: messageKeySchema.optional(),
      text: z.string().min(1).max(SECTION_FIELD_LIMITS.textChars).optional(),
    })
    .refine((item) => (item.labelKey === undefined) !== (item.text === undefined), {
      message: 'An item needs exactly one of "labelKey" or "text"',
    }),
);

export const checklistFileSchema = z.lazy(() =>
  z.strictObject({
    id: sectionFieldIdSchema,
    version: z.int().min(1),
    source: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('written-for-this-app'), descriptionKey: messageKeySchema }),
      /** A published list: its title and document symbol or address, as the publisher gives them. */
      z.strictObject({
        kind: z.literal('official'),
        title: z.string().min(1).max(500),
        reference: z.string().max(500),
      }),
    ]),
    labelKey: messageKeySchema,
    norms: z.partialRecord(z.enum(NORM_LETTERS), z.array(itemSchema).max(SECTION_FIELD_LIMITS.items)),
  }),
);

export type ChecklistFile = z.output<typeof checklistFileSchema>;

/** The checklist files the app ships, by id; validated by the tests (checklists.test.ts). */
const SHIPPED: Record<string, ChecklistFile> = {
  [practicalActions.id]: practicalActions as ChecklistFile,
};

export const PRACTICAL_ACTIONS = practicalActions.id;
/** Every norm section gets this checklist, whatever its template. */
export const PRACTICAL_ACTIONS_FIELD = 'practicalActions';

export function checklistFile(id: string): ChecklistFile | undefined {
  return Object.hasOwn(SHIPPED, id) ? SHIPPED[id] : undefined;
}

/** A new, unanswered checklist for one norm from a checklist file; null when the file has no items for it. */
export function normChecklist(fieldId: string, file: ChecklistFile, norm: NormLetter): ChecklistField | null {
  const items = file.norms[norm];
  if (!items?.length) return null;
  return {
    id: fieldId,
    kind: 'checklist',
    labelKey: file.labelKey,
    source: file.id,
    items: items.map((item) => ({
      id: item.id,
      ...(item.labelKey !== undefined ? { labelKey: item.labelKey } : { text: item.text! }),
      status: 'notStarted',
      leadAgency: '',
      evidence: '',
      note: '',
      internal: false,
    })),
    internal: false,
  };
}
