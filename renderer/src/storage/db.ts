// The browser-side store. Two tables so that a keystroke rewrites one section, never the draft:
// `drafts` holds metadata plus a small derived summary (for the library and the outline),
// `sections` holds one row per section with its content and search terms.
import { Dexie, type EntityTable } from 'dexie';
import type { Lineage } from '../../../shared/format/normdraft';
import type { Draft, NormLetter, Section } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import type { SectionOverview } from '../../../shared/model/summary';
import { DATABASE_NAME } from './database-name';
import { snapshotBeforeUpgrade } from './upgrade-snapshot';
import { liftStoredDetails } from './upgrade-fields';

// Dexie turns its debug mode on by itself when the page's address is localhost or 127.0.0.1 (the
// web build served locally, the bench, the tests): a console task for every table call, and every
// promise callback run through it. The desktop app's own scheme never had it on: with it off
// everywhere, what the bench measures is what users get.
Dexie.debug = false;

export { DATABASE_NAME };

/** What the outline, coverage view and library need about a section, without its content. */
export interface SectionSummary extends SectionOverview {
  heading: string;
}

export interface DraftRow extends Omit<Draft, 'sections'> {
  /** Sections in document order, without content. */
  outline: SectionSummary[];
  words: number;
  footnotes: number;
  normsWritten: number;
  normsTotal: number;
  /** Folded title and submitter, for search. */
  searchLabel: string;
  /** Epoch ms when moved to the trash; null while in the library. */
  deletedAt: number | null;
  /** The Export dialog's last choices for this draft (not indexed, so no schema change); read leniently. */
  exportOptions?: unknown;
  /** For a draft opened from a .normdraft file: the draft it is a copy of and the state it came from (not indexed). */
  lineage?: Lineage;
}

/** A section as stored: the section itself plus its place and derived figures. */
export interface SectionRow extends Section {
  draftId: string;
  order: number;
  words: number;
  footnotes: number;
  /** Distinct folded words of the section (multi-entry index). */
  terms: string[];
}

/** An official norm text the user pasted in a language other than English (only English ships). */
export interface NormTextRow {
  language: Language;
  norm: NormLetter;
  text: string;
  updatedAt: number;
}

/** Why a version (snapshot) of a draft was taken. */
export type VersionReason =
  | 'manual'
  | 'editing'
  | 'import'
  | 'restore'
  | 'template'
  | 'upgrade'
  | 'conflict'
  | 'backup'
  | 'details'
  | 'clearance'
  | 'merge'
  | 'suggestions';

/** A version of a draft, without its content (listed in the versions panel). */
export interface VersionRow {
  id: string;
  draftId: string;
  createdAt: number;
  reason: VersionReason;
  /** The user's name for a version they saved; empty for automatic ones. */
  name: string;
  /** What the reason refers to, e.g. the name of the version being restored. */
  detail: string;
  title: string;
  words: number;
  /** Hash of the content, so an unchanged draft is not stored twice in a row. */
  fingerprint: string;
}

/** A version's content, in its own table so that listing versions never reads whole drafts. */
export interface VersionDataRow {
  id: string;
  draft: Draft;
}

/**
 * Schema versions. Never edit a released version: add the next one with its upgrade, and a test
 * that upgrades a database of every earlier version.
 */
export const SCHEMA = {
  1: {
    drafts: 'id, updatedAt',
    sections: '[draftId+id], draftId, *terms',
  },
  /** Adds the user's official norm texts, one row per language and norm. */
  2: {
    drafts: 'id, updatedAt',
    sections: '[draftId+id], draftId, *terms',
    normTexts: '[language+norm], language',
  },
  /** Adds versions of drafts (meta and content apart) and an index of the trash (null = not in it). */
  3: {
    drafts: 'id, updatedAt, deletedAt',
    sections: '[draftId+id], draftId, *terms',
    normTexts: '[language+norm], language',
    versions: 'id, [draftId+createdAt]',
    versionData: 'id',
  },
  /** Drafts and versions hold their details (title, submitter, forum, date...) in `fields`; no index changes. */
  4: {
    drafts: 'id, updatedAt, deletedAt',
    sections: '[draftId+id], draftId, *terms',
    normTexts: '[language+norm], language',
    versions: 'id, [draftId+createdAt]',
    versionData: 'id',
  },
} as const;

export class DrafterDb extends Dexie {
  drafts!: EntityTable<DraftRow, 'id'>;
  sections!: Dexie.Table<SectionRow, [string, string]>;
  normTexts!: Dexie.Table<NormTextRow, [Language, NormLetter]>;
  versions!: EntityTable<VersionRow, 'id'>;
  versionData!: EntityTable<VersionDataRow, 'id'>;

  constructor(name = DATABASE_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    // Strict durability: a transaction reports success only once the data is flushed to disk,
    // so "Saved" in the UI means saved even if the machine loses power a moment later.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores(SCHEMA[1]);
    // A new, empty table: existing drafts and sections are kept as they are.
    this.version(2).stores(SCHEMA[2]);
    // From here on every upgrade first keeps a version of each draft as it was (once per upgrade).
    this.version(3)
      .stores(SCHEMA[3])
      .upgrade((tx) => snapshotBeforeUpgrade(tx, 3));
    this.version(4)
      .stores(SCHEMA[4])
      .upgrade(async (tx) => {
        await snapshotBeforeUpgrade(tx, 4);
        await liftStoredDetails(tx);
      });
  }
}
