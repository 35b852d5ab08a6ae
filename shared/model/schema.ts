// zod schemas for drafts: what a .normdraft file, a backup or storage may hold. Strict objects
// (unknown keys rejected), bounded strings, real calendar dates, validated editor content.
import { z } from 'zod';
import { NORM_LETTERS, SECTION_KINDS, SECTION_STATUSES, type Draft, type DraftFields, type Section } from './draft';
import { BUILT_IN_FIELDS, FIELD_ID_PATTERN, FIELD_VALUE_CHARS, MAX_TEMPLATE_FIELDS } from './fields';
import { liftDetailsIntoFields } from './legacy-details';
import { LANGUAGES } from './languages';
import { isIsoDate } from './dates';
import { editorStateSchema } from './editor-schema';

export { editorStateSchema } from './editor-schema';

export const DRAFT_LIMITS = {
  idChars: 128,
  titleChars: 1_000,
  nameChars: 300,
  forumChars: 500,
  headingChars: 2_000,
  sections: 300,
  keysPerSection: 16,
  keyChars: 200,
} as const;

/** Ids are generated (UUIDs or similar); a conservative alphabet keeps them safe in any context. */
export const idSchema = z
  .string()
  .min(1)
  .max(DRAFT_LIMITS.idChars)
  .regex(/^[A-Za-z0-9_-]+$/, 'Invalid id: use letters, digits, "-" and "_" only');

export const isoDateSchema = z.string().refine(isIsoDate, 'Invalid date: expected a real date written YYYY-MM-DD');

/** An i18n key in namespace `templates`, e.g. `norm.g.guidance.1`. */
export const messageKeySchema = z
  .string()
  .max(DRAFT_LIMITS.keyChars)
  .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'Invalid text key');

const epochMs = z.int().min(0).max(8_640_000_000_000_000);

export const sectionSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(SECTION_KINDS),
    norm: z.enum(NORM_LETTERS).nullable(),
    heading: z.string().max(DRAFT_LIMITS.headingChars),
    status: z.enum(SECTION_STATUSES),
    content: editorStateSchema,
    guidanceKeys: z.array(messageKeySchema).max(DRAFT_LIMITS.keysPerSection).optional(),
    subheadingKeys: z.array(messageKeySchema).max(DRAFT_LIMITS.keysPerSection).optional(),
  })
  .superRefine((section, ctx) => {
    if (section.kind === 'norm' && section.norm === null) {
      ctx.addIssue({ code: 'custom', path: ['norm'], message: 'A norm section needs its norm letter (a to k)' });
    }
    if (section.kind !== 'norm' && section.norm !== null) {
      ctx.addIssue({ code: 'custom', path: ['norm'], message: 'Only norm sections carry a norm letter' });
    }
  });

/** The fields' values; whether they suit the draft's template is checkFields' job (draft-fields.ts). */
export const draftFieldsSchema = z
  .object({
    title: z.string().max(DRAFT_LIMITS.titleChars),
    submitter: z.string().max(DRAFT_LIMITS.nameChars),
    issuingBody: z.string().max(DRAFT_LIMITS.nameChars),
    forum: z.string().max(DRAFT_LIMITS.forumChars),
    date: isoDateSchema,
    government: z.string().max(DRAFT_LIMITS.nameChars).optional(),
  })
  .catchall(z.string().max(FIELD_VALUE_CHARS).optional())
  .superRefine((fields, ctx) => {
    const ids = Object.keys(fields);
    if (ids.length > BUILT_IN_FIELDS.length + MAX_TEMPLATE_FIELDS)
      ctx.addIssue({ code: 'custom', path: [], message: 'Too many fields' });
    for (const id of ids) {
      if (!FIELD_ID_PATTERN.test(id)) ctx.addIssue({ code: 'custom', path: [id], message: 'Invalid field id' });
      // Shown from the date, never stored.
      if (id === 'monthYear')
        ctx.addIssue({ code: 'custom', path: [id], message: 'monthYear is derived from the date' });
    }
  });

const currentDraftSchema = z
  .strictObject({
    id: idSchema,
    templateId: idSchema,
    submitterKind: z.enum(['state', 'stakeholder']),
    language: z.enum(LANGUAGES),
    fields: draftFieldsSchema,
    createdAt: epochMs,
    updatedAt: epochMs,
    sections: z.array(sectionSchema).max(DRAFT_LIMITS.sections),
  })
  .superRefine((draft, ctx) => {
    const seen = new Set<string>();
    draft.sections.forEach((section, index) => {
      if (seen.has(section.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', index, 'id'],
          message: `Duplicate section id "${section.id}"`,
        });
      }
      seen.add(section.id);
    });
  });

/** A draft as stored or carried in a file; drafts written before fields existed are read with their details moved into `fields`. */
export const draftSchema = z.preprocess(liftDetailsIntoFields, currentDraftSchema);

// The TypeScript types in draft.ts are the contract; these lines fail to compile if the schemas
// drift from them in either direction.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sectionAgrees: Same<z.output<typeof sectionSchema>, Section> = true;
const draftAgrees: Same<z.output<typeof draftSchema>, Draft> = true;
const fieldsAgree: Same<z.output<typeof draftFieldsSchema>, DraftFields> = true;
void sectionAgrees;
void draftAgrees;
void fieldsAgree;
