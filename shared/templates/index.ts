// Templates: the schema and loading (schema.ts), drafts created from them (create-draft.ts) and
// their texts (messages.ts).
export * from './schema';
export * from './create-draft';
export * from './messages';
export * from './guidance';
