// Nothing typed is lost when storage does not take it. While every write of a section fails (a
// full disk), the Word export, the .normdraft file, a named version, the next backup and
// "Download all drafts" hold the words on screen and say that they include text not yet saved.
// Text storage refuses as it is is not retried forever: it is kept aside, the user is told what
// to do, outputs refuse plainly and offer a plain-text copy, and the kept text is offered again
// after a reload.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, screenshot, typeInSection } from './helpers/drafts';
import { pandocMarkdown, tempFolder } from './helpers/files';
import { fakeBackups, useFakeDesktop } from './helpers/fake-desktop';
import { diskFillsOnDemand, openVersions, storedText } from './helpers/safety';
import { EDITOR_LIMITS } from '../../shared/model/editor-nodes';

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
    const rows = await new Promise<{ draft: { sections: { norm: string | null; content: unknown }[] } }[]>(
      (resolve, reject) => {
        const request = db.transaction('versionData').objectStore('versionData').getAll();
        request.onsuccess = () =>
          resolve(request.result as { draft: { sections: { norm: string | null; content: unknown }[] } }[]);
        request.onerror = () => reject(request.error);
      },
    );
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

test('a full disk: Export to Word, the .normdraft file, a named version and "Download all drafts" hold the words typed meanwhile', async ({
  page,
  context,
}) => {
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
  const docx = await download(page, () =>
    page.getByRole('dialog', { name: 'Export to Word' }).getByRole('button', { name: 'Export', exact: true }).click(),
  );
  expect(pandocMarkdown(docx)).toContain('Human rights apply online. Written while the disk was full.');
  await expect(page.getByRole('status').filter({ hasText: 'has been downloaded' })).toContainText(
    'It includes text not yet saved in this browser’s storage (“Norm 5 (13e)',
  );

  await page.getByRole('banner').getByRole('button', { name: 'File', exact: true }).click();
  const normdraft = await download(page, () =>
    page.getByRole('banner').getByRole('button', { name: 'Save draft file…' }).click(),
  );
  const saved = JSON.parse(readFileSync(normdraft, 'utf8')) as {
    draft: { sections: { norm: string | null; content: unknown }[] };
  };
  expect(JSON.stringify(saved.draft.sections.find((s) => s.norm === 'e')!.content)).toContain(
    'Written while the disk was full.',
  );

  const versions = await openVersions(page);
  await versions.getByLabel('Name of the new version').fill('Rescued while the disk was full');
  await page.keyboard.press('Enter');
  await expect(versions.getByRole('list').getByRole('listitem').first()).toContainText(
    'Rescued while the disk was full',
  );
  await expect(versions.getByRole('status')).toHaveText(
    /^Version “Rescued while the disk was full” saved\. It includes text not yet saved/,
  );
  const kept = (await versionDrafts(page)).map((draft) =>
    JSON.stringify(draft.sections.find((s) => s.norm === 'e')!.content),
  );
  expect(kept.some((content) => content.includes('Written while the disk was full.'))).toBe(true);
  // The text is still on screen, and still waiting for storage.
  await versions.getByRole('button', { name: 'Close' }).click();
  await expect(editor(page)).toHaveText('Human rights apply online. Written while the disk was full.');
  expect(await storedText(page, draftId, 'e')).toBe('Human rights apply online.');

  // "Download all drafts" holds it too, and says so.
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Backups and storage' }).click();
  const bundle = await download(page, () => page.getByRole('button', { name: 'Download all drafts' }).click());
  const drafts = (
    JSON.parse(readFileSync(bundle, 'utf8')) as {
      drafts: { draft: { id: string; sections: { norm: string | null; content: unknown }[] } }[];
    }
  ).drafts;
  expect(
    JSON.stringify(drafts.find((d) => d.draft.id === draftId)!.draft.sections.find((s) => s.norm === 'e')!.content),
  ).toContain('Written while the disk was full.');
  await expect(page.getByRole('status').filter({ hasText: 'norms-drafter-backup-' })).toContainText(
    'It includes text not yet saved in this browser’s storage (“',
  );
});

test('desktop: while the disk is full, the next backup file holds the words typed meanwhile', async ({
  page,
  context,
}) => {
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
    .poll(
      async () =>
        (await fakeBackups(page))[draftId]!.some((backup) =>
          backup.text.includes('Supply chains are assessed before purchase.'),
        ),
      { timeout: 45_000 },
    )
    .toBe(true);
  expect(await storedText(page, draftId, 'i')).toBe('');
});

/**
 * Puts content into the open section that the editor should never make but storage refuses as it
 * is (a list nested deeper than a section may store), through Lexical's own editor state, the
 * way a gap in the editor's limits would.
 */
/**
 * Fills the section to just under the most text storage takes (a paste the editor accepts), then
 * types past it: what a user typing on in a full section makes, and storage refuses.
 */
async function makeRefusedContent(page: Page, word: string): Promise<void> {
  const paragraph = 'Filler paragraph on the work of the Republic of Examplia. '.repeat(170).trim();
  const room = EDITOR_LIMITS.maxTotalChars - 'Grid operators report incidents.'.length - 500;
  const filler = Array.from({ length: Math.ceil(room / (paragraph.length + 1)) }, () => paragraph)
    .join('\n')
    .slice(0, room);
  await editor(page).evaluate((element, text) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', text);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, filler);
  await expectSaved(page);
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(` ${word} 30`.repeat(60));
}

test('text storage refuses is kept aside, outputs refuse plainly with a copy of every word, and the kept text is offered after a reload', async ({
  page,
}) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 7 \(13g\)/);
  await typeInSection(page, 'Grid operators report incidents.');
  await expectSaved(page);

  await makeRefusedContent(page, 'Nested level');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(
    'Not saved: some text is longer or more deeply nested than a section can store. See the notice above the section.',
  );
  const notice = page.getByRole('alert').filter({ hasText: 'Some text could not be stored' });
  await expect(notice).toContainText('The text of “Norm 7 (13g)');
  await expect(notice).toContainText('Shorten the section or move part of it into another section');
  await screenshot(page, 'rescue-refused-section');
  const stored = await storedText(page, draftId, 'g');
  expect(stored.startsWith('Grid operators report incidents.')).toBe(true);
  expect(stored).not.toContain('Nested level 30');

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
  await expect(editor(page).locator('p').first()).toContainText('Grid operators report incidents.');
  await expect(editor(page)).not.toContainText('Nested level 30');
  const kept = page.getByRole('alert').filter({ hasText: 'Some text could not be stored' });
  await expect(kept).toContainText('that could not be stored was kept aside on this computer');
  const again = readFileSync(
    await download(page, () => kept.getByRole('button', { name: 'Save a copy as file' }).click()),
    'utf8',
  );
  expect(again).toContain('Nested level 30');
  await kept.getByRole('button', { name: 'Remove the kept copy' }).click();
  await page.getByRole('dialog', { name: 'Remove the kept copy?' }).getByRole('button', { name: 'Remove' }).click();
  await expect(kept).toBeHidden();
  await page.reload();
  await expect(editor(page).locator('p').first()).toContainText('Grid operators report incidents.');
  await expect(page.getByRole('alert').filter({ hasText: 'Some text could not be stored' })).toHaveCount(0);
});
