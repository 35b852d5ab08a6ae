// Small steps the workspace tests share: create a draft through the UI, move around it, and
// read what IndexedDB really holds (not what the screen shows).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export interface NewDraft {
  template:
    | 'National non-paper'
    | 'Stakeholder contribution'
    | 'Norms only'
    | 'National survey of implementation'
    | 'Views for the Secretary-General';
  submitter: string;
  forum?: string;
  /** The document language's code; the dialog's default (the UI language) when left out. */
  language?: string;
}

/** Creates a draft from the library with the mouse and returns its id (from the URL). */
export async function createDraft(page: Page, draft: NewDraft): Promise<string> {
  await page.getByRole('button', { name: 'New draft' }).click();
  const dialog = page.getByRole('dialog', { name: 'New draft' });
  await dialog.getByRole('radio', { name: new RegExp(`^${draft.template}`) }).check();
  await dialog.getByLabel(/^Name of the/).fill(draft.submitter);
  if (draft.forum) await dialog.getByLabel('Forum (optional)').fill(draft.forum);
  if (draft.language) await dialog.getByLabel('Document language').selectOption(draft.language);
  await dialog.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
  return draftIdFromUrl(page);
}

export function draftIdFromUrl(page: Page): string {
  const match = /#\/draft\/([^/]+)/.exec(page.url());
  if (!match?.[1]) throw new Error(`Not on a draft page: ${page.url()}`);
  return decodeURIComponent(match[1]);
}

export function outline(page: Page) {
  return page.getByRole('navigation', { name: 'Contents' });
}

/** Opens a section from the outline by (part of) its title, e.g. "Executive summary" or "Norm 7". */
export async function openSection(page: Page, name: string | RegExp): Promise<void> {
  await outline(page).getByRole('link', { name }).click();
  await expect(outline(page).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
}

/** The body editor of the section on screen (labelled by the section's heading). */
export function editor(page: Page) {
  return page.getByRole('main').getByRole('textbox').first();
}

/** Clicks at the end of the section's text and types, as a user would. */
export async function typeInSection(page: Page, text: string): Promise<void> {
  const box = editor(page);
  await box.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/**
 * Every change stored: as the page reports it at once, and as the header's line reads (`saved`,
 * the line's text in the interface's language).
 */
export async function expectSaved(page: Page, saved = 'Saved'): Promise<void> {
  const line = page.getByRole('banner').getByRole('status');
  await expect(line).toHaveAttribute('data-save-state', 'saved');
  await expect(line).toHaveText(saved);
}

export interface StoredSection {
  id: string;
  kind: string;
  norm: string | null;
  heading: string;
  status: string;
  words: number;
  footnotes: number;
  content: { root: unknown };
  fields?: Array<{
    id: string;
    value?: unknown;
    internal: boolean;
    items?: Array<{ id: string; status: string; internal: boolean }>;
  }>;
}

/** Rows IndexedDB holds: those of `store` whose `index` (or key, without one) is `key`. */
async function storedRows(page: Page, store: string, key: string, index?: string): Promise<unknown[]> {
  return page.evaluate(
    async ({ store, key, index }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('norms-drafter');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const source = db.transaction(store).objectStore(store);
        const request = (index ? source.index(index) : source).getAll(key);
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return rows;
    },
    { store, key, index },
  );
}

/** The section rows IndexedDB holds for a draft, in document order. */
export async function storedSections(page: Page, draftId: string): Promise<StoredSection[]> {
  const rows = (await storedRows(page, 'sections', draftId, 'draftId')) as (StoredSection & { order: number })[];
  return rows.sort((a, b) => a.order - b.order);
}

/** Whether the stored draft is set to open in suggesting mode (its review's flag). */
export async function storedSuggesting(page: Page, draftId: string): Promise<boolean> {
  const [row] = (await storedRows(page, 'drafts', draftId)) as { review?: { suggesting?: boolean } }[];
  return row?.review?.suggesting === true;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: false });
}

/** Buttons, links and form fields on the page that have no name a screen reader could announce. */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const named = (el: Element): boolean => {
      if (el.getAttribute('aria-label')?.trim()) return true;
      const by = el.getAttribute('aria-labelledby');
      if (by && by.split(/\s+/).some((id) => document.getElementById(id)?.textContent?.trim())) return true;
      if (
        (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) &&
        el.labels?.length
      ) {
        return [...el.labels].some((label) => label.textContent?.trim());
      }
      return (el.textContent?.trim() ?? '') !== '';
    };
    const controls = document.querySelectorAll(
      'button, a[href], input:not([type="hidden"]), select, textarea, [contenteditable="true"], [role="button"]',
    );
    return [...controls].filter((el) => !named(el)).map((el) => el.outerHTML.slice(0, 120));
  });
}

/** Ids of the serious and critical WCAG 2.2 AA violations axe finds on the page as it is now. */
export async function seriousViolationIds(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

/** Chooses an item of the draft's File menu in the header. */
export async function fileMenu(page: Page, item: string): Promise<void> {
  const banner = page.getByRole('banner');
  await banner.locator('.file-menu > button').click();
  await banner.getByRole('button', { name: item }).click();
}
