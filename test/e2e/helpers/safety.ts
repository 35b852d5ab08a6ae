// Steps the versions, trash and durability tests share: the versions panel, and reading or
// changing what IndexedDB holds directly (as a broken disk or an old app version would).
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { storedSections } from './drafts';

export function versionsDialog(page: Page) {
  return page.getByRole('dialog', { name: /^(Versions of|Changes since)/ });
}

export async function openVersions(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Versions' }).click();
  const dialog = versionsDialog(page);
  await expect(dialog.getByRole('heading', { name: /^Versions of/ })).toBeVisible();
  return dialog;
}

/** Plain text of the stored section of a norm (by its letter): its paragraphs, one line each. */
export async function storedText(page: Page, draftId: string, norm: string): Promise<string> {
  const section = (await storedSections(page, draftId)).find((s) => s.norm === norm);
  if (!section) throw new Error(`No section for norm ${norm} in draft ${draftId}`);
  const blocks = (section.content.root as { children: { children?: { text?: string }[] }[] }).children;
  return blocks.map((p) => (p.children ?? []).map((c) => c.text ?? '').join('')).join('\n');
}

/** Moves a trashed draft's deletion date back, as if it had been deleted days ago. */
export async function backdateTrash(page: Page, draftId: string, days: number): Promise<void> {
  await page.evaluate(
    async ([id, back]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('norms-drafter');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('drafts', 'readwrite');
        const store = tx.objectStore('drafts');
        const get = store.get(id);
        get.onsuccess = () => store.put({ ...get.result, deletedAt: Date.now() - back * 86_400_000 });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [draftId, days] as const,
  );
}

/** Ids of every draft row IndexedDB holds, the trash included. */
export async function storedDraftIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('norms-drafter');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
      const request = db.transaction('drafts').objectStore('drafts').getAllKeys();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return keys.map(String).sort();
  });
}

/** Every write of a section is refused by IndexedDB while the test says the disk is full. */
export async function diskFillsOnDemand(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((globalThis as { diskFull?: boolean }).diskFull && this.name === 'sections')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}
