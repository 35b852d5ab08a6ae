// zod schemas for drafts: what a .normdraft file, a backup or storage may hold. Strict objects
// (unknown keys rejected), bounded strings, real calendar dates, validated editor content.
import { z } from './zod';
import type { Draft, DraftFields, Section } from './draft';
import { BUILT_IN_FIELDS, FIELD_ID_PATTERN, FIELD_VALUE_CHARS, MAX_TEMPLATE_FIELDS } from './fields';
import { liftDetailsIntoFields } from './legacy-details';
import { LANGUAGES } from './languages';
export { editorStateSchema } from './editor-schema';

export {
  DRAFT_LIMITS,
  idSchema,
  isoDateSchema,
  messageKeySchema,
  epochMsSchema,
  sectionSchema,
} from './section-schema';
import { DRAFT_LIMITS, epochMsSchema, idSchema, isoDateSchema, sectionSchema } from './section-schema';
import { clearanceSchema, collaborationSchema, contributionTicketSchema } from '../collab/schema';
import { reviewSchema } from '../review/schema';
import { contactsSchema } from './contacts';
import { editionLinkSchema } from './edition';

/** The fields' values; whether they suit the draft's template is checkFields' job (draft-fields.ts). */
export const draftFieldsSchema = z.lazy(() =>
  z
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
    }),
);

const currentDraftSchema = z.lazy(() =>
  z
    .strictObject({
      id: idSchema,
      templateId: idSchema,
      submitterKind: z.enum(['state', 'stakeholder']),
      language: z.enum(LANGUAGES),
      fields: draftFieldsSchema,
      createdAt: epochMsSchema,
      updatedAt: epochMsSchema,
      sections: z.array(sectionSchema).max(DRAFT_LIMITS.sections),
      collaboration: collaborationSchema.optional(),
      contribution: contributionTicketSchema.optional(),
      clearance: clearanceSchema.optional(),
      review: reviewSchema.optional(),
      contacts: contactsSchema.optional(),
      edition: editionLinkSchema.optional(),
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
    }),
);

/** A draft as stored or carried in a file; drafts written before fields existed are read with their details moved into `fields`. */
export const draftSchema = z.lazy(() => z.preprocess(liftDetailsIntoFields, currentDraftSchema));

// The TypeScript types in draft.ts are the contract; these lines fail to compile if the schemas
// drift from them in either direction.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sectionAgrees: Same<z.output<typeof sectionSchema>, Section> = true;
const draftAgrees: Same<z.output<typeof draftSchema>, Draft> = true;
const fieldsAgree: Same<z.output<typeof draftFieldsSchema>, DraftFields> = true;
void sectionAgrees;
void draftAgrees;
void fieldsAgree;
