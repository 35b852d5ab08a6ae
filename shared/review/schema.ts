// zod schema of the review block stored with a draft (model.ts): strict, bounded, and checked
// against the TypeScript types at compile time like the collaboration schema.
import { z } from '../model/zod';
import { DRAFT_LIMITS, epochMsSchema, idSchema } from '../model/section-schema';
import type { Review, ReviewComment, ReviewReply, ReviewSuggestion } from './model';

export const REVIEW_LIMITS = {
  comments: 20_000,
  replies: 500,
  suggestions: 50_000,
  commentChars: 20_000,
} as const;

const name = z.string().max(DRAFT_LIMITS.nameChars);
const commentText = z.string().max(REVIEW_LIMITS.commentChars);

const replySchema = z.lazy(() => z.strictObject({ id: idSchema, author: name, at: epochMsSchema, text: commentText }));

const commentSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    author: name,
    at: epochMsSchema,
    text: commentText,
    replies: z.array(replySchema).max(REVIEW_LIMITS.replies),
    resolved: z.strictObject({ by: name, at: epochMsSchema }).nullable(),
    sectionId: idSchema.optional(),
  }),
);

const suggestionSchema = z.lazy(() => z.strictObject({ id: idSchema, author: name, at: epochMsSchema }));

export const reviewSchema = z.lazy(() =>
  z.strictObject({
    comments: z.array(commentSchema).max(REVIEW_LIMITS.comments),
    suggestions: z.array(suggestionSchema).max(REVIEW_LIMITS.suggestions),
    suggesting: z.boolean().optional(),
  }),
);

// The types in model.ts are the contract; these fail to compile if a schema drifts from them.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: [
  Same<z.output<typeof replySchema>, ReviewReply>,
  Same<z.output<typeof commentSchema>, ReviewComment>,
  Same<z.output<typeof suggestionSchema>, ReviewSuggestion>,
  Same<z.output<typeof reviewSchema>, Review>,
] = [true, true, true, true];
void agree;
