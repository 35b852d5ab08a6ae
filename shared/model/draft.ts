// The draft: what the user writes, stored in IndexedDB, saved as .normdraft, exported to DOCX.
import type { Language } from './languages';
import type { SerializedEditorState } from './lexical-json';
import type { Clearance, Collaboration, ContributionTicket } from '../collab/model';
import type { Review } from '../review/model';
import type { Contact } from './contacts';
import type { EditionLink } from './edition';
import type { SectionField } from './section-fields';

export const NORM_LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'] as const;
export type NormLetter = (typeof NORM_LETTERS)[number];

export const SECTION_KINDS = ['title', 'summary', 'approach', 'norm', 'general', 'closing', 'other'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** 'update': carried into a new edition, to be brought up to date (shared/edition/). */
export const SECTION_STATUSES = ['empty', 'drafting', 'review', 'final', 'update'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

export type SubmitterKind = 'state' | 'stakeholder';

export interface Section {
  id: string;
  kind: SectionKind;
  /** The norm letter for norm sections, null otherwise. */
  norm: NormLetter | null;
  /** The section's heading as the user sees and exports it (norm sections: the short title). */
  heading: string;
  status: SectionStatus;
  content: SerializedEditorState;
  /** i18n keys (namespace `templates`) of the guidance prompts the template gives this section. */
  guidanceKeys?: string[];
  /** i18n keys (namespace `templates`) of sub-headings the user can insert with one click. */
  subheadingKeys?: string[];
  /** Structured answers beside the text (choices, short texts, dates, checklists), as the template declared them. */
  fields?: SectionField[];
}

/**
 * The values of a draft's fields: the built-in ones (shared/model/fields.ts) and those its
 * template declares. The text shows them where the template placed them; the library card, the
 * export's file name and the Word author follow them.
 */
export interface DraftFields {
  title: string;
  /** As the user typed it, e.g. "Republic of Examplia"; also the DOCX author. */
  submitter: string;
  /** Issuing ministry or body for the title block; may be empty. */
  issuingBody: string;
  forum: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  /** Stakeholder contributions: the government whose views the contribution does not represent. */
  government?: string;
  /** Fields the draft's template adds. */
  [id: string]: string | undefined;
}

export interface Draft {
  id: string;
  templateId: string;
  submitterKind: SubmitterKind;
  language: Language;
  /** Read and written through shared/model/draft-fields.ts. */
  fields: DraftFields;
  /** Epoch milliseconds. */
  createdAt: number;
  updatedAt: number;
  sections: Section[];
  /** The lead's contributors, merges and conflicts; absent until the draft is shared out. */
  collaboration?: Collaboration;
  /** Present on a contributor's copy: whose draft it is and what is asked. */
  contribution?: ContributionTicket;
  /** Who cleared each section at which step. */
  clearance?: Clearance;
  /** Comment threads and who suggested which change (shared/review/); the text marks where. */
  review?: Review;
  /** Points of contact, private: never in a normal export (shared/model/contacts.ts). */
  contacts?: Contact[];
  /** Set on a new edition of an earlier submission: what it was made from. */
  edition?: EditionLink;
}
