// Many hands on one draft: who is asked for what, what came back and how it was merged, and who
// cleared each section. Plain data stored with the draft (never in a public export: see
// public-draft.ts). How a change travels (a file, a Word document, later the network) is not
// part of it: a change knows its author and its place, not its carrier.
import type { SerializedEditorState } from '../model/lexical-json';
import type { Section } from '../model/draft';

/** A person as typed by the user (no accounts). */
export interface Person {
  name: string;
  /** May be empty. */
  organisation: string;
}

/** The author key of the lead's own text in marks and records. */
export const LEAD_AUTHOR = 'lead';

/** Someone asked to write part of the draft. */
export interface Contributor extends Person {
  id: string;
  /** Ids of the sections this contributor is asked for. */
  sections: string[];
  /** What is asked, in the lead's words; may be empty. */
  request: string;
  /** ISO date (YYYY-MM-DD) the contribution is due; empty when none. */
  due: string;
}

/** What travels in a contribution file beside the draft: whose draft, what is asked, and the exact base. */
export interface ContributionTicket {
  /** One per contribution sent; a returned file is recognised by it. */
  id: string;
  /** The lead's draft this contribution belongs to. */
  draftId: string;
  /** Who sent it. */
  from: Person;
  /** Whom it is for (the contributor's id in the lead's list). */
  to: Person & { contributorId: string };
  request: string;
  due: string;
  /** Epoch milliseconds. */
  sentAt: number;
  /** Ids of the sections the contributor writes; other sections in the file are for reading only. */
  sections: string[];
  /** Whether the sections not asked for travel for context (read-only) or were left out. */
  others: 'read-only' | 'omitted';
  /** The asked sections as they were when sent: every merge compares against this, never against the sender's versions. */
  base: Section[];
  /**
   * A fingerprint of each section sent for reading only, as sent: a returned copy is known to
   * have left it untouched even after the lead has edited it since. Absent in older files.
   */
  readOnly?: { sectionId: string; fingerprint: string }[];
  /** Set when the contributor returned it (epoch milliseconds). */
  returnedAt?: number;
}

/** A contribution the lead sent, to know what came back. */
export interface SentContribution {
  ticketId: string;
  contributorId: string;
  sentAt: number;
  sections: string[];
  /** 'word' when it went out as a .docx. */
  medium: 'normdraft' | 'word';
}

/** Per section of a merge: how many changes applied and how many conflicts were kept. */
export interface MergedSectionCount {
  sectionId: string;
  applied: number;
  conflicts: number;
}

/** One returned contribution merged: who, when, and what it did per section. */
export interface MergeRecord {
  id: string;
  ticketId: string;
  contributor: Person;
  /** Fingerprint of the returned sections: the same file merged twice is recognised. */
  fingerprint: string;
  at: number;
  sections: MergedSectionCount[];
}

/**
 * A contributor's change applied by a merge. The blocks it put in the section carry its id in
 * their marks (marks.ts); `before` is what the base had there, so rejecting puts it back.
 */
export interface MergeChange {
  id: string;
  mergeId: string;
  sectionId: string;
  /** Contributor id (see Collaboration.contributors). */
  author: string;
  /** The base's blocks the change replaced, as a small editor state; empty root for an insertion. */
  before: SerializedEditorState;
  /** Fingerprint of the blocks the change put in, as merged: a reject leaves them alone once edited. */
  fingerprint?: string;
  /** Block index in the base where the change began: deletions restored at one place keep their order. */
  at?: number;
  status: 'pending' | 'accepted' | 'rejected';
}

/** One side of a conflict: its author (a contributor id or LEAD_AUTHOR) and its blocks. */
export interface ConflictSide {
  author: string;
  blocks: SerializedEditorState;
}

/**
 * Two people changed the same paragraph. The section keeps `ours` (marked with the conflict's
 * id) until the user takes one side, both, or an edited text.
 */
export interface MergeConflict {
  id: string;
  mergeId: string;
  sectionId: string;
  base: SerializedEditorState;
  ours: ConflictSide;
  theirs: ConflictSide;
  status: 'open' | 'resolved';
}

/** The lead's side of collaboration on a draft. */
export interface Collaboration {
  /** The lead, as shown beside the lead's own text; defaults to the draft's submitter. */
  lead: Person;
  contributors: Contributor[];
  sent: SentContribution[];
  merges: MergeRecord[];
  changes: MergeChange[];
  conflicts: MergeConflict[];
}

/** A step of the clearance path (Drafting, Legal review, …). */
export interface ClearanceStep {
  id: string;
  /** As the user named it; empty for a built-in step shown in the UI language (its id names it). */
  name: string;
}

/** A section cleared at a step by a named person, tied to a named version. */
export interface ClearanceRecord {
  sectionId: string;
  stepId: string;
  /** Who cleared it, as typed. */
  by: string;
  at: number;
  /** The named version taken when it was cleared; null when versions were unavailable. */
  versionId: string | null;
  /** The section's text as cleared: "changed since cleared" and its diff compare against it. */
  content: SerializedEditorState;
}

export interface Clearance {
  steps: ClearanceStep[];
  records: ClearanceRecord[];
}
