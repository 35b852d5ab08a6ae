// Reading what the app wrote, with real tools: pandoc for a Word document, unzip for its parts.
// Files the tests create or download live in a temporary folder removed by the caller.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `norms-drafter-e2e-${prefix}-`));
}

/** The document as pandoc reads it: Markdown with footnotes as [^n] definitions (standalone: with the title). */
export function pandocMarkdown(docx: string, { standalone = false } = {}): string {
  const args = [
    '--from',
    'docx',
    '--to',
    'markdown-smart',
    '--wrap=none',
    ...(standalone ? ['--standalone'] : []),
    docx,
  ];
  return execFileSync('pandoc', args, { encoding: 'utf8', timeout: 60_000 });
}

/** Writes a Word document from Markdown with pandoc (an outside writer, not the app's own). */
export function pandocDocx(markdownFile: string, docxFile: string): void {
  execFileSync('pandoc', [markdownFile, '-o', docxFile], { timeout: 60_000 });
}

export function zipPart(file: string, name: string): string {
  return execFileSync('unzip', ['-p', file, name], { encoding: 'utf8' });
}

/** The names of the parts in a zip package (a .docx). */
export function zipEntries(file: string): string[] {
  return execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** The drafts listed in the library (the page must show the library). */
export function libraryCards(page: Page) {
  return page.getByRole('main').getByRole('list').first().getByRole('listitem');
}

/** Number of drafts in IndexedDB outside the trash: what the library really holds. */
export async function storedDraftCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('norms-drafter');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ deletedAt: number | null }[]>((resolve, reject) => {
      const request = db.transaction('drafts').objectStore('drafts').getAll();
      request.onsuccess = () => resolve(request.result as { deletedAt: number | null }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.filter((row) => row.deletedAt === null).length;
  });
}

/** Types a footnote at the caret with Word's shortcut, as a user would. */
export async function insertFootnote(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+Alt+F');
  await expect(
    page
      .getByRole('main')
      .getByRole('textbox', { name: /^Text of footnote \d+$/ })
      .last(),
  ).toBeFocused();
  await page.keyboard.type(text);
}
