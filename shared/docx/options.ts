// The choices the Export dialog and the CLI offer; remembered per draft by the app.
export interface DocxExportOptions {
  /** Keep norm sections that have no text yet (heading only). */
  includeEmptyNorms: boolean;
  /** 'official': the norm's official text after "Norm N (...) –"; 'short': the section's short title. */
  headingForm: 'official' | 'short';
  /** A line at the top of every page, e.g. "Non-paper" or "Unclassified"; empty for none. */
  headerLine: string;
  /** Author and last-modified-by: the submitter as typed, or nothing. */
  authorMode: 'submitter' | 'empty';
  /** Created/modified dates in the file's properties: the export time, or none. */
  timestamps: 'export-time' | 'omit';
}

export function defaultExportOptions(): DocxExportOptions {
  return { includeEmptyNorms: true, headingForm: 'official', headerLine: '', authorMode: 'submitter', timestamps: 'export-time' };
}

export interface DocxExportEnv {
  now: Date;
  onProgress?: (done: number, total: number) => void;
}
