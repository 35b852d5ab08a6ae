// zod schemas of a section's structured fields as a draft stores them (section-fields.ts).
import { z } from './zod';
import { CHECKLIST_STATUSES, SECTION_FIELD_ID_PATTERN, SECTION_FIELD_LIMITS } from './section-fields';
import { isIsoDate } from './dates';

const LIMITS = SECTION_FIELD_LIMITS;
/** The i18n key pattern of section-schema.ts' messageKeySchema (kept here to avoid an import cycle). */
const keySchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'Invalid text key');

export const sectionFieldIdSchema = z
  .string()
  .regex(SECTION_FIELD_ID_PATTERN, 'Field id: a letter, then letters, digits and "-" (at most 40)');

const itemTextSchema = z.string().max(LIMITS.itemChars);

export const checklistItemSchema = z.lazy(() =>
  z
    .strictObject({
      id: sectionFieldIdSchema,
      labelKey: keySchema.optional(),
      text: z.string().min(1).max(LIMITS.textChars).optional(),
      status: z.enum(CHECKLIST_STATUSES),
      leadAgency: itemTextSchema,
      evidence: itemTextSchema,
      note: itemTextSchema,
      internal: z.boolean(),
    })
    .refine((item) => (item.labelKey === undefined) !== (item.text === undefined), {
      message: 'A checklist item needs exactly one of "labelKey" or "text"',
    }),
);

// Keys in the order the app builds these objects: a draft read back from a file is then the same
// JSON as the draft written, and so has the same fingerprint (its lineage).

const choiceFieldSchema = z.lazy(() =>
  z
    .strictObject({
      id: sectionFieldIdSchema,
      kind: z.literal('choice'),
      labelKey: keySchema,
      multiple: z.boolean(),
      options: z
        .array(z.strictObject({ id: sectionFieldIdSchema, labelKey: keySchema }))
        .min(1)
        .max(LIMITS.options),
      value: z.array(sectionFieldIdSchema).max(LIMITS.options),
      internal: z.boolean(),
    })
    .superRefine((field, ctx) => {
      const known = new Set(field.options.map((option) => option.id));
      if (field.value.some((id) => !known.has(id)))
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'A chosen option is not one of the field’s options' });
      if (!field.multiple && field.value.length > 1)
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'Only one option may be chosen' });
    }),
);

const textFieldSchema = z.lazy(() =>
  z
    .strictObject({
      id: sectionFieldIdSchema,
      kind: z.enum(['shortText', 'date']),
      labelKey: keySchema,
      value: z.string().max(LIMITS.textChars),
      internal: z.boolean(),
    })
    .refine((field) => field.kind !== 'date' || field.value === '' || isIsoDate(field.value), {
      message: 'Invalid date: expected a real date written YYYY-MM-DD',
      path: ['value'],
    }),
);

const checklistFieldSchema = z.lazy(() =>
  z.strictObject({
    id: sectionFieldIdSchema,
    kind: z.literal('checklist'),
    labelKey: keySchema,
    source: sectionFieldIdSchema.optional(),
    items: z.array(checklistItemSchema).max(LIMITS.items),
    internal: z.boolean(),
  }),
);

export const sectionFieldSchema = z.lazy(() => z.union([choiceFieldSchema, textFieldSchema, checklistFieldSchema]));

export const sectionFieldsSchema = z.lazy(() =>
  z
    .array(sectionFieldSchema)
    .max(LIMITS.fieldsPerSection)
    .superRefine((fields, ctx) => {
      const seen = new Set<string>();
      fields.forEach((field, index) => {
        if (seen.has(field.id))
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Field "${field.id}" appears twice` });
        seen.add(field.id);
        if (field.kind !== 'checklist') return;
        const items = new Set<string>();
        field.items.forEach((item, at) => {
          if (items.has(item.id))
            ctx.addIssue({
              code: 'custom',
              path: [index, 'items', at, 'id'],
              message: `Item "${item.id}" appears twice`,
            });
          items.add(item.id);
        });
      });
    }),
);
