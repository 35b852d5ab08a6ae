// Nothing typed is lost when storage does not take it. While every write of a section fails (a
// full disk), the Word export, the .normdraft file, a named version, the next backup and
// "Download all drafts" hold the words on screen and say that they include text not yet saved.
// Text storage refuses as it is is not retried forever: it is kept aside, the user is told what
// to do, outputs refuse plainly and offer a plain-text copy, and the kept text is offered again
// after a reload.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, screenshot, typeInSection } from './helpers/drafts';
import { pandocMarkdown, tempFolder } from './helpers/files';
import { fakeBackups, useFakeDesktop } from './helpers/fake-desktop';
import { openVersions, storedText } from './helpers/safety';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('rescue');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The drafts kept in versions, as IndexedDB holds them. */
async function versionDrafts(page: Page): Promise<{ sections: { norm: string | null; content: unknown }[] }[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('norms-drafter');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ draft: { sections: { norm: string | null; content: unknown }[] } }[]>((resolve, reject) => {
      const request = db.transaction('versionData').objectStore('versionData').getAll();
      request.onsuccess = () => resolve(request.result as { draft: { sections: { norm: string | null; content: unknown }[] } }[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows.map((row) => row.draft);
  });
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  const file = await downloading;
  const path = join(folder, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Every write of a section is refused by IndexedDB while the test says the disk is full. */
async function diskFillsOnDemand(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((globalThis as { diskFull?: boolean }).diskFull && this.name === 'sections') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}

test('a full disk: Export to Word, the .normdraft file, a named version and "Download all drafts" hold the words typed meanwhile', async ({ page, context }) => {
  await diskFillsOnDemand(context);
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 5 \(13e\)/);
  await typeInSection(page, 'Human rights apply online.');
  await expectSaved(page);

  await page.evaluate(() => ((globalThis as { diskFull?: boolean }).diskFull = true));
  await typeInSection(page, ' Written while the disk was full.');
  await expect(page.getByRole('banner').getByRole('status')).toContainText('Not saved: the browser’s storage is full');
  expect(await storedText(page, draftId, 'e')).toBe('Human rights apply online.');

  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const docx = await download(page, () => page.getByRole('dialog', { name: 'Export to Word' }).getByRole('button', { name: 'Export', exact: true }).click());
  expect(pandocMarkdown(docx)).toContain('Human rights apply online. Written while the disk was full.');
  await expect(page.getByRole('status').filter({ hasText: 'has been downloaded' })).toContainText('It includes text not yet saved in this browser’s storage (“Norm 5 (13e)');

  await page.getByRole('banner').getByRole('button', { name: 'File', exact: true }).click();
  const normdraft = await download(page, () => page.getByRole('banner').getByRole('button', { name: 'Save draft file…' }).click());
  const saved = JSON.parse(readFileSync(normdraft, 'utf8')) as { draft: { sections: { norm: string | null; content: unknown }[] } };
  expect(JSON.stringify(saved.draft.sections.find((s) => s.norm === 'e')!.content)).toContain('Written while the disk was full.');

  const versions = await openVersions(page);
  await versions.getByLabel('Name of the new version').fill('Rescued while the disk was full');
  await page.keyboard.press('Enter');
  await expect(versions.getByRole('list').getByRole('listitem').first()).toContainText('Rescued while the disk was full');
  await expect(versions.getByRole('status')).toHaveText(/^Version “Rescued while the disk was full” saved\. It includes text not yet saved/);
  const kept = (await versionDrafts(page)).map((draft) => JSON.stringify(draft.sections.find((s) => s.norm === 'e')!.content));
  expect(kept.some((content) => content.includes('Written while the disk was full.'))).toBe(true);
  // The text is still on screen, and still waiting for storage.
  await versions.getByRole('button', { name: 'Close' }).click();
  await expect(editor(page)).toHaveText('Human rights apply online. Written while the disk was full.');
  expect(await storedText(page, draftId, 'e')).toBe('Human rights apply online.');

  // "Download all drafts" holds it too, and says so.
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Backups and storage' }).click();
  const bundle = await download(page, () => page.getByRole('button', { name: 'Download all drafts' }).click());
  const drafts = (JSON.parse(readFileSync(bundle, 'utf8')) as { drafts: { draft: { id: string; sections: { norm: string | null; content: unknown }[] } }[] }).drafts;
  expect(JSON.stringify(drafts.find((d) => d.draft.id === draftId)!.draft.sections.find((s) => s.norm === 'e')!.content)).toContain('Written while the disk was full.');
  await expect(page.getByRole('status').filter({ hasText: 'norms-drafter-backup-' })).toContainText('It includes text not yet saved in this browser’s storage (“');
});

test('desktop: while the disk is full, the next backup file holds the words typed meanwhile', async ({ page, context }) => {
  // Waits out the 30 s the app leaves between two backups of one draft.
  test.setTimeout(90_000);
  await diskFillsOnDemand(context);
  await useFakeDesktop(context);
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await expect.poll(async () => Object.keys(await fakeBackups(page)), { timeout: 15_000 }).toEqual([draftId]);

  await page.evaluate(() => ((globalThis as { diskFull?: boolean }).diskFull = true));
  await openSection(page, /Norm 9 \(13i\)/);
  await typeInSection(page, 'Supply chains are assessed before purchase.');
  await expect(page.getByRole('banner').getByRole('status')).toContainText('Not saved: the browser’s storage is full');
  // Backups of one draft are at most every 30 s apart: the next one comes within that.
  await expect
    .poll(async () => (await fakeBackups(page))[draftId]!.some((backup) => backup.text.includes('Supply chains are assessed before purchase.')), { timeout: 45_000 })
    .toBe(true);
  expect(await storedText(page, draftId, 'i')).toBe('');
});

/**
 * Puts content into the open section that the editor should never make but storage refuses as it
 * is (a list nested deeper than a section may store), through Lexical's own editor state, the
 * way a gap in the editor's limits would.
 */
async function makeRefusedContent(page: Page, word: string): Promise<void> {
  await page.getByRole('main').getByRole('textbox').first().evaluate((element, text) => {
    type Editor = { getEditorState(): { toJSON(): { root: { children: unknown[] } } }; parseEditorState(json: unknown): unknown; setEditorState(state: unknown): void };
    const lexical = (element as unknown as { __lexicalEditor: Editor }).__lexicalEditor;
    const textNode = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, style: '', mode: 'normal', detail: 0 });
    const list = (children: unknown[]) => ({ type: 'list', version: 1, listType: 'bullet', start: 1, tag: 'ul', direction: null, format: '', indent: 0, children });
    const item = (children: unknown[]) => ({ type: 'listitem', version: 1, value: 1, direction: null, format: '', indent: 0, children });
    let node = list([item([textNode(`${text} 30`)])]);
    for (let level = 29; level >= 0; level -= 1) node = list([item([textNode(`${text} ${level}`)]), item([node])]);
    const json = lexical.getEditorState().toJSON();
    lexical.setEditorState(lexical.parseEditorState({ root: { ...json.root, children: [...json.root.children, node] } }));
  }, word);
}

test('text storage refuses is kept aside, outputs refuse plainly with a copy of every word, and the kept text is offered after a reload', async ({ page }) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 7 \(13g\)/);
  await typeInSection(page, 'Grid operators report incidents.');
  await expectSaved(page);

  await makeRefusedContent(page, 'Nested level');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Not saved: some text is longer or more deeply nested than a section can store. See the notice above the section.');
  const notice = page.getByRole('alert').filter({ hasText: 'Some text could not be stored' });
  await expect(notice).toContainText('The text of “Norm 7 (13g)');
  await expect(notice).toContainText('Shorten the section or move part of it into another section');
  await screenshot(page, 'rescue-refused-section');
  expect(await storedText(page, draftId, 'g')).toBe('Grid operators report incidents.');

  // Export to Word refuses, names the section, and offers every word as a plain text file.
  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('Nothing was written: the text of “Norm 7 (13g)');
  const copy = await download(page, () => refusal.getByRole('button', { name: 'Save a copy as file' }).click());
  expect(copy).toMatch(/\.txt$/);
  const text = readFileSync(copy, 'utf8');
  expect(text).toContain('Norm 7 (13g)');
  expect(text).toContain('Grid operators report incidents.');
  expect(text).toContain('Nested level 30');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // After a reload the section shows its stored text; the kept text is offered back.
  await page.reload();
  await expect(editor(page)).toHaveText('Grid operators report incidents.');
  const kept = page.getByRole('alert').filter({ hasText: 'Some text could not be stored' });
  await expect(kept).toContainText('that could not be stored was kept aside on this computer');
  const again = readFileSync(await download(page, () => kept.getByRole('button', { name: 'Save a copy as file' }).click()), 'utf8');
  expect(again).toContain('Nested level 30');
  await kept.getByRole('button', { name: 'Remove the kept copy' }).click();
  await page.getByRole('dialog', { name: 'Remove the kept copy?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(kept).toBeHidden();
  await page.reload();
  await expect(editor(page)).toHaveText('Grid operators report incidents.');
  await expect(page.getByRole('alert').filter({ hasText: 'Some text could not be stored' })).toHaveCount(0);
});
