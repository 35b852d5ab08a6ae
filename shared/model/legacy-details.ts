// Drafts written before fields existed (.normdraft files, backups, stored rows and versions) held
// their details beside the sections: title, submitter, issuingBody, forum, date and government.
// Reading one moves them into `fields`; everything else is left for the schema to judge.

/** The details a draft held at its top level before `fields`. */
export const LEGACY_DETAIL_KEYS = ['title', 'submitter', 'issuingBody', 'forum', 'government', 'date'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The draft in the current shape when it is one of the older shape; any other value unchanged. */
export function liftDetailsIntoFields(raw: unknown): unknown {
  if (!isRecord(raw) || Object.hasOwn(raw, 'fields') || !LEGACY_DETAIL_KEYS.some((key) => Object.hasOwn(raw, key)))
    return raw;
  const lifted: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if ((LEGACY_DETAIL_KEYS as readonly string[]).includes(key)) fields[key] = value;
    else lifted[key] = value;
  }
  lifted.fields = fields;
  return lifted;
}
