// Collects import warnings: each code once with its parameters, or counted (e.g. images dropped).
// The rule for every reader: whatever is not kept as it was in the file is listed here.

export const IMPORT_WARNING_CODES = [
  'image-dropped',
  'external-image-dropped',
  'external-reference-ignored',
  'unsafe-link-dropped',
  'internal-links-removed',
  'table-flattened',
  'embedded-objects-ignored',
  'footnote-missing',
  'footnote-unreferenced',
  'nested-footnote-flattened',
  'norm-repeated',
  'legacy-encoding',
  'endnotes-as-footnotes',
  'pdf-layout-rebuilt',
  'nesting-flattened',
  'unsupported-content-ignored',
  'headers-footers-ignored',
  'html-removed',
  'front-matter-ignored',
  'footnote-duplicate',
  // Placing: every guess, every heading joined or given a section of its own (map/place.ts).
  'norm-guessed',
  'norm-heading-joined',
  'heading-guessed',
  'heading-other-kind',
  'heading-joined',
  'heading-own-section',
] as const;

/** The notes that say a placement was a guess or changed the document's structure. */
export const PLACEMENT_NOTE_CODES: readonly ImportWarningCode[] = [
  'norm-guessed',
  'norm-heading-joined',
  'heading-guessed',
  'heading-other-kind',
  'heading-joined',
  'heading-own-section',
  'norm-repeated',
];
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

export interface ImportWarning {
  code: ImportWarningCode;
  params: Record<string, string | number>;
}

/** At most this many warnings of one code with different parameters are listed. */
const MAX_PER_CODE = 20;

export class WarningLog {
  private readonly items: ImportWarning[] = [];
  private readonly counts = new Map<ImportWarningCode, ImportWarning>();

  add(code: ImportWarningCode, params: Record<string, string | number> = {}): void {
    const key = JSON.stringify(params);
    const same = this.items.filter((item) => item.code === code);
    if (same.length >= MAX_PER_CODE || same.some((item) => JSON.stringify(item.params) === key)) return;
    this.items.push({ code, params });
  }

  /** Adds `by` to the `count` parameter of a counted warning. */
  count(code: ImportWarningCode, by = 1): void {
    if (by <= 0) return;
    const existing = this.counts.get(code);
    if (existing) existing.params.count = Number(existing.params.count) + by;
    else {
      const warning: ImportWarning = { code, params: { count: by } };
      this.counts.set(code, warning);
      this.items.push(warning);
    }
  }

  list(): ImportWarning[] {
    return this.items.map((item) => ({ code: item.code, params: { ...item.params } }));
  }
}
