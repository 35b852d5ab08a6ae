// The choices the Export dialog and the CLI offer; remembered per draft by the app.
import type { OfficialTexts } from './official-texts';

export interface DocxExportOptions {
  /** Keep sections that have no text yet (heading and suggested sub-headings only); off by default. */
  includeEmptySections: boolean;
  /** 'official': the norm's official text after "Norm N (...) –"; 'short': the section's short title. */
  headingForm: 'official' | 'short';
  /** A line at the top of every page, e.g. "Non-paper" or "Unclassified"; empty for none. */
  headerLine: string;
  /** Author and last-modified-by: the submitter as typed, or nothing. */
  authorMode: 'submitter' | 'empty';
  /** Created/modified dates in the file's properties: the export time, or none. */
  timestamps: 'export-time' | 'omit';
  /** A new edition only: add the "Changes since the last edition" annex (shared/docx/changes-annex.ts). */
  changesAnnex?: boolean;
  /** The "Capacity needs" annex (shared/docx/capacity-annex.ts), written when a section has such answers; off only when false. */
  capacityAnnex?: boolean;
}

export function defaultExportOptions(): DocxExportOptions {
  return {
    includeEmptySections: false,
    headingForm: 'official',
    headerLine: '',
    authorMode: 'submitter',
    timestamps: 'export-time',
  };
}

export interface DocxExportEnv {
  now: Date;
  onProgress?: (done: number, total: number) => void;
  /** Official norm texts the user provided in the draft's language; English is used for the rest. */
  officialTexts?: OfficialTexts;
}

export const MAX_HEADER_LINE_CHARS = 200;

/**
 * Options as remembered per draft (or sent to the export worker) are read leniently: each field
 * that is missing or not one of its allowed values falls back to its default.
 */
export function parseExportOptions(raw: unknown): DocxExportOptions {
  const defaults = defaultExportOptions();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return defaults;
  const value = (key: keyof DocxExportOptions): unknown =>
    Object.hasOwn(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;
  const oneOf = <T extends string>(key: keyof DocxExportOptions, allowed: readonly T[], fallback: T): T => {
    const v = value(key);
    return allowed.includes(v as T) ? (v as T) : fallback;
  };
  // The older option `includeEmptyNorms` (on by default) is not carried over: the default changed
  // to leaving empty sections out, and a remembered default cannot be told from a choice.
  const include = value('includeEmptySections');
  const header = value('headerLine');
  const annex = value('changesAnnex');
  const capacity = value('capacityAnnex');
  return {
    includeEmptySections: typeof include === 'boolean' ? include : defaults.includeEmptySections,
    headingForm: oneOf('headingForm', ['official', 'short'], defaults.headingForm),
    headerLine:
      typeof header === 'string'
        ? header.replace(/\s+/g, ' ').trim().slice(0, MAX_HEADER_LINE_CHARS)
        : defaults.headerLine,
    authorMode: oneOf('authorMode', ['submitter', 'empty'], defaults.authorMode),
    timestamps: oneOf('timestamps', ['export-time', 'omit'], defaults.timestamps),
    ...(annex === true ? { changesAnnex: true } : {}),
    ...(capacity === false ? { capacityAnnex: false } : {}),
  };
}
