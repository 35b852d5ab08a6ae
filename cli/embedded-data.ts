// The repository data the command line needs (templates, template texts). Running from source
// this is null and repo-files.ts reads the folders; the bundled CLI (vite.cli.config.ts)
// replaces this module with the same JSON read at build time, so the bundle is self-contained.
export interface EmbeddedRepoData {
  /** templates/*.template.json by file name. */
  templates: Record<string, unknown>;
  /** locales/<language>/templates.json by language. */
  templateTexts: Record<string, unknown>;
}

export const EMBEDDED_REPO_DATA: EmbeddedRepoData | null = null;
