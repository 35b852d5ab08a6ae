// zod schemas of the collaboration data stored with a draft (model.ts): strict, bounded, and
// checked against the TypeScript types at compile time like the draft's own schema.
import { z } from '../model/zod';
import { editorStateSchema } from '../model/editor-schema';
import { DRAFT_LIMITS, epochMsSchema, idSchema, isoDateSchema, sectionSchema } from '../model/section-schema';
import type {
  Clearance,
  Collaboration,
  ContributionTicket,
  Contributor,
  MergeChange,
  MergeConflict,
  MergeRecord,
  Person,
} from './model';

export const COLLAB_LIMITS = {
  contributors: 200,
  sent: 2_000,
  merges: 2_000,
  changes: 20_000,
  conflicts: 5_000,
  requestChars: 4_000,
  clearanceSteps: 20,
  clearanceRecords: 20_000,
} as const;

const name = z.string().max(DRAFT_LIMITS.nameChars);
const personShape = { name, organisation: name };
export const personSchema = z.lazy(() => z.strictObject(personShape));
const sectionIds = z.lazy(() => z.array(idSchema).max(DRAFT_LIMITS.sections));
const optionalDate = z.lazy(() => z.union([z.literal(''), isoDateSchema]));
const request = z.string().max(COLLAB_LIMITS.requestChars);

export const contributorSchema = z.lazy(() =>
  z.strictObject({
    ...personShape,
    id: idSchema,
    sections: sectionIds,
    request,
    due: optionalDate,
  }),
);

export const contributionTicketSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    draftId: idSchema,
    from: personSchema,
    to: z.strictObject({ ...personShape, contributorId: idSchema }),
    request,
    due: optionalDate,
    sentAt: epochMsSchema,
    sections: sectionIds,
    others: z.enum(['read-only', 'omitted']),
    base: z.array(sectionSchema).max(DRAFT_LIMITS.sections),
    readOnly: z
      .array(z.strictObject({ sectionId: idSchema, fingerprint: z.string().max(64) }))
      .max(DRAFT_LIMITS.sections)
      .optional(),
    returnedAt: epochMsSchema.optional(),
  }),
);

const mergeRecordSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    ticketId: idSchema,
    contributor: personSchema,
    fingerprint: z.string().max(64),
    at: epochMsSchema,
    sections: z
      .array(
        z.strictObject({
          sectionId: idSchema,
          applied: z.int().min(0),
          conflicts: z.int().min(0),
        }),
      )
      .max(DRAFT_LIMITS.sections),
  }),
);

const mergeChangeSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    mergeId: idSchema,
    sectionId: idSchema,
    author: idSchema,
    before: editorStateSchema,
    fingerprint: z.string().max(64).optional(),
    at: z.int().min(0).optional(),
    status: z.enum(['pending', 'accepted', 'rejected']),
  }),
);

const conflictSide = z.lazy(() => z.strictObject({ author: idSchema, blocks: editorStateSchema }));

const mergeConflictSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    mergeId: idSchema,
    sectionId: idSchema,
    base: editorStateSchema,
    ours: conflictSide,
    theirs: conflictSide,
    status: z.enum(['open', 'resolved']),
  }),
);

export const collaborationSchema = z.lazy(() =>
  z.strictObject({
    lead: personSchema,
    contributors: z.array(contributorSchema).max(COLLAB_LIMITS.contributors),
    sent: z
      .array(
        z.strictObject({
          ticketId: idSchema,
          contributorId: idSchema,
          sentAt: epochMsSchema,
          sections: sectionIds,
          medium: z.enum(['normdraft', 'word']),
        }),
      )
      .max(COLLAB_LIMITS.sent),
    merges: z.array(mergeRecordSchema).max(COLLAB_LIMITS.merges),
    changes: z.array(mergeChangeSchema).max(COLLAB_LIMITS.changes),
    conflicts: z.array(mergeConflictSchema).max(COLLAB_LIMITS.conflicts),
  }),
);

export const clearanceSchema = z.lazy(() =>
  z.strictObject({
    steps: z
      .array(z.strictObject({ id: idSchema, name: z.string().max(DRAFT_LIMITS.nameChars) }))
      .min(1)
      .max(COLLAB_LIMITS.clearanceSteps),
    records: z
      .array(
        z.strictObject({
          sectionId: idSchema,
          stepId: idSchema,
          by: name,
          at: epochMsSchema,
          versionId: idSchema.nullable(),
          content: editorStateSchema,
        }),
      )
      .max(COLLAB_LIMITS.clearanceRecords),
  }),
);

// The types in model.ts are the contract; these fail to compile if a schema drifts from them.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: [
  Same<z.output<typeof personSchema>, Person>,
  Same<z.output<typeof contributorSchema>, Contributor>,
  Same<z.output<typeof contributionTicketSchema>, ContributionTicket>,
  Same<z.output<typeof mergeRecordSchema>, MergeRecord>,
  Same<z.output<typeof mergeChangeSchema>, MergeChange>,
  Same<z.output<typeof mergeConflictSchema>, MergeConflict>,
  Same<z.output<typeof collaborationSchema>, Collaboration>,
  Same<z.output<typeof clearanceSchema>, Clearance>,
] = [true, true, true, true, true, true, true, true];
void agree;
