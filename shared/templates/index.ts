// Templates: the schema and loading (schema.ts), drafts created from them (create-draft.ts),
// their texts (messages.ts), and moving a draft onto another template (change-template.ts).
export * from './schema';
export * from './create-draft';
export * from './messages';
export * from './guidance';
export * from './change-template';
export * from './frame';
export * from './refresh-details';
export * from './placement';
