// Points of contact: the people behind a submission (policy or technical), kept with the draft for
// the delegation's own use. They are private: the public projection drops them
// (shared/collab/public-draft.ts) and only the internal export writes them.
import { z } from './zod';
import { DRAFT_LIMITS, idSchema } from './section-schema';

export const CONTACT_KINDS = ['policy', 'technical'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface Contact {
  id: string;
  name: string;
  position: string;
  institution: string;
  /** May be empty; when given, one address. */
  email: string;
  kind: ContactKind;
}

export const MAX_CONTACTS = 50;
const EMAIL_CHARS = 254;

/** One address, no spaces, something on both sides of a single "@" and a dot in the domain. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

export type ContactProblem = 'name-missing' | 'email-invalid' | 'too-long';

/** What is wrong with a contact as typed, for the form to say in the user's language. */
export function contactProblems(contact: Omit<Contact, 'id'>): ContactProblem[] {
  const problems: ContactProblem[] = [];
  if (!contact.name.trim()) problems.push('name-missing');
  const email = contact.email.trim();
  if (email && (!EMAIL.test(email) || email.length > EMAIL_CHARS)) problems.push('email-invalid');
  if ([contact.name, contact.position, contact.institution].some((text) => text.length > DRAFT_LIMITS.nameChars))
    problems.push('too-long');
  return problems;
}

export const contactSchema = z.lazy(() =>
  z.strictObject({
    id: idSchema,
    name: z
      .string()
      .max(DRAFT_LIMITS.nameChars)
      .refine((name) => name.trim() !== '', 'A contact needs a name'),
    position: z.string().max(DRAFT_LIMITS.nameChars),
    institution: z.string().max(DRAFT_LIMITS.nameChars),
    email: z.union([z.literal(''), z.string().max(EMAIL_CHARS).regex(EMAIL, 'Invalid email address')]),
    kind: z.enum(CONTACT_KINDS),
  }),
);

export const contactsSchema = z.lazy(() => z.array(contactSchema).max(MAX_CONTACTS));
