// zod schemas of a draft's sections and of the small values (ids, dates, text keys) other
// schemas share; the draft's own schema (schema.ts) and the collaboration data build on them.
import { z } from './zod';
import { NORM_LETTERS, SECTION_KINDS, SECTION_STATUSES } from './draft';
import { isIsoDate } from './dates';
import { editorStateSchema } from './editor-schema';
import { sectionFieldsSchema } from './section-fields-schema';

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

export const epochMsSchema = z.int().min(0).max(8_640_000_000_000_000);

export const sectionSchema = z.lazy(() =>
  z
    .strictObject({
      id: idSchema,
      kind: z.enum(SECTION_KINDS),
      norm: z.enum(NORM_LETTERS).nullable(),
      heading: z.string().max(DRAFT_LIMITS.headingChars),
      status: z.enum(SECTION_STATUSES),
      content: editorStateSchema,
      guidanceKeys: z.array(messageKeySchema).max(DRAFT_LIMITS.keysPerSection).optional(),
      subheadingKeys: z.array(messageKeySchema).max(DRAFT_LIMITS.keysPerSection).optional(),
      fields: sectionFieldsSchema.optional(),
    })
    .superRefine((section, ctx) => {
      if (section.kind === 'norm' && section.norm === null) {
        ctx.addIssue({ code: 'custom', path: ['norm'], message: 'A norm section needs its norm letter (a to k)' });
      }
      if (section.kind !== 'norm' && section.norm !== null) {
        ctx.addIssue({ code: 'custom', path: ['norm'], message: 'Only norm sections carry a norm letter' });
      }
    }),
);
