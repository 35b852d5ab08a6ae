// Durability: a full disk, two windows on one draft, a copy of all drafts and its restore,
// desktop backups restored into an emptied storage, an old database upgraded in the browser, a
// storage that cannot be opened (full, or damaged), desktop backups that keep failing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, test as plainTest, type BrowserContext, type Page } from '@playwright/test';
import { expect, test } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, screenshot, typeInSection } from './helpers/drafts';
import { endGroup, killHard, launchKillable, processesLeft, type Killable } from './helpers/killable-chromium';
import { deleteDatabase, failFakeBackups, fakeBackups, seedFakeBackups, useFakeDesktop } from './helpers/fake-desktop';
import { diskFillsOnDemand, openVersions, storedDraftIds, storedText } from './helpers/safety';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

test('a full disk: the reason and what to do are shown, the text stays, and "Try again" saves it once space is free', async ({
  page,
  context,
}) => {
  // The disk "fills up" when the test says so: every write of a section is refused by IndexedDB.
  await diskFillsOnDemand(context);
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 5 \(13e\)/);
  await typeInSection(page, 'Human rights apply online.');
  await expectSaved(page);

  await page.evaluate(() => ((globalThis as { diskFull?: boolean }).diskFull = true));
  await typeInSection(page, ' Written while the disk was full.');
  const indicator = page.getByRole('banner').getByRole('status');
  await expect(indicator).toContainText('Not saved: the browser’s storage is full');
  const alert = page.getByRole('alert').filter({ hasText: 'the storage is full' });
  await expect(alert).toContainText('Free some space on this computer');
  await expect(editor(page)).toHaveText('Human rights apply online. Written while the disk was full.');
  expect(await storedText(page, draftId, 'e')).toBe('Human rights apply online.');
  await screenshot(page, 'quota-full');

  await page.evaluate(() => ((globalThis as { diskFull?: boolean }).diskFull = false));
  await alert.getByRole('button', { name: 'Try again now' }).click();
  await expectSaved(page);
  await expect(alert).toBeHidden();
  expect(await storedText(page, draftId, 'e')).toBe('Human rights apply online. Written while the disk was full.');
});

test('two tabs on one section: no silent overwrite, a clear message, and nothing lost whichever text is kept', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 8 \(13h\)/);
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(editor(second)).toBeVisible();
  for (const tab of [page, second])
    await expect(tab.getByText('This draft is also open in another window or tab.')).toBeVisible();

  await typeInSection(page, 'Written in the first tab.');
  await expectSaved(page);
  await typeInSection(second, 'Written in the second tab.');
  const conflict = second.getByRole('alert').filter({ hasText: 'This section was changed in another window' });
  await expect(conflict).toBeVisible();
  await expect(second.getByRole('banner').getByRole('status')).toContainText(
    'Not saved: this section was changed in another window or tab',
  );
  expect(await storedText(page, draftId, 'h')).toBe('Written in the first tab.');
  await screenshot(second, 'two-tabs-conflict');

  // The second tab keeps its text; the first tab's text is kept as a version.
  await conflict.getByRole('button', { name: 'Keep my text' }).click();
  await expectSaved(second);
  expect(await storedText(page, draftId, 'h')).toBe('Written in the second tab.');
  const versions = await openVersions(second);
  await expect(versions.getByRole('listitem').first()).toContainText('Text from another window');
  await versions.getByRole('button', { name: 'Close' }).click();

  // The first tab, now behind, types again: it is told, and chooses the other tab's text.
  await typeInSection(page, ' More from the first tab.');
  const behind = page.getByRole('alert').filter({ hasText: 'This section was changed in another window' });
  await behind.getByRole('button', { name: 'Show the other window’s text' }).click();
  await expect(editor(page)).toHaveText('Written in the second tab.');
  await expectSaved(page);
  expect(await storedText(page, draftId, 'h')).toBe('Written in the second tab.');
  const kept = await openVersions(page);
  await kept
    .getByRole('button', { name: /^Compare the version of/ })
    .first()
    .click();
  await expect(kept.getByRole('region', { name: /^Norm 8/ }).locator('del')).toContainText('More from the first');
  await second.close();
});

test('web: downloads all drafts in one file and restores from it, keeping newer text as a version; refuses a bad file', async ({
  page,
}) => {
  await page.goto('/');
  const kept = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 9 \(13i\)/);
  await typeInSection(page, 'Supply chains are assessed.');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Library' }).click();
  const binned = await createDraft(page, { template: 'Norms only', submitter: 'Examplia Digital Rights Forum' });
  await page.getByRole('link', { name: 'Library' }).click();
  await page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href$="${binned}"]`) })
    .getByRole('button', { name: /^Delete “/ })
    .click();

  await page.getByRole('link', { name: 'Backups and storage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups and storage' })).toBeVisible();
  await expect(page.locator('[data-persist]')).not.toHaveAttribute('data-persist', 'checking');
  await expect(page.locator('[data-persist]')).toHaveText(/stored persistently|has not agreed|does not say/);
  await screenshot(page, 'backups-and-storage');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download all drafts' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^norms-drafter-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await download.path();
  const bundle = JSON.parse(readFileSync(path, 'utf8')) as {
    format: string;
    version: number;
    drafts: { draft: { id: string }; trashed: boolean }[];
  };
  expect(bundle).toMatchObject({ format: 'norms-drafter-library', version: 1 });
  expect(bundle.drafts.map((d) => [d.draft.id, d.trashed]).sort()).toEqual(
    [
      [binned, true],
      [kept, false],
    ].sort(),
  );

  // Later: more text in one draft, the other deleted for good.
  await page.goto(`/#/draft/${kept}`);
  await openSection(page, /Norm 9 \(13i\)/);
  await typeInSection(page, ' Added after the download.');
  await expectSaved(page);
  await page.goto('/#/trash');
  await page
    .getByRole('button', { name: /for good$/ })
    .first()
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete for good' }).click();
  expect(await storedDraftIds(page)).toEqual([kept]);

  await page.goto('/#/backups');
  const bad = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (
    await bad
  ).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else"') });
  await expect(
    page.getByText('This file cannot be restored: it is damaged, or it is not a backup file. Nothing was changed.'),
  ).toBeVisible();
  expect(await storedDraftIds(page)).toEqual([kept]);

  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await (await choosing).setFiles(path);
  await expect(
    page.getByText('Restored: 1 added, 1 put back as they were in the backup, 0 already up to date.'),
  ).toBeVisible();
  expect(await storedDraftIds(page)).toEqual([binned, kept].sort());
  expect(await storedText(page, kept, 'i')).toBe('Supply chains are assessed.');
  await page.goto('/#/trash');
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
  // The text typed after the download is not lost: it is a version of the draft.
  await page.goto(`/#/draft/${kept}`);
  const versions = await openVersions(page);
  await expect(versions.getByRole('listitem').first()).toContainText('Before restoring from a backup');
});

test('desktop: backups are written after changes; an emptied storage is reported and restored from them, never overwritten', async ({
  page,
  context,
}) => {
  await useFakeDesktop(context);
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  // The first backup follows the change by a couple of seconds.
  await expect.poll(async () => Object.keys(await fakeBackups(page)), { timeout: 15_000 }).toEqual([draftId]);

  // A backup with text, as main would have written it for another draft earlier.
  const nonPaper = readFileSync(join(fixtures, 'examplia-non-paper.normdraft'), 'utf8');
  const earlier = {
    ...(await fakeBackups(page)),
    'np-001': [{ file: '20260512T090000000Z.normdraft', savedAt: Date.UTC(2026, 4, 12, 9), text: nonPaper }],
  };
  await seedFakeBackups(page, earlier);

  // The browser storage is cleared: at the next start the app says so and offers the backups.
  await deleteDatabase(page);
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Your drafts are not in this app’s storage' });
  await expect(dialog).toContainText('backups of your drafts were found on this computer');
  await expect(dialog).toContainText('Non-paper on national efforts');
  await screenshot(page, 'startup-restore');
  await dialog.getByRole('button', { name: 'Not now' }).click();
  await page.reload();
  await expect(dialog).toBeVisible();
  // Nothing was written over the backups meanwhile.
  expect(await fakeBackups(page)).toEqual(earlier);

  await dialog.getByRole('button', { name: 'Restore the latest backups' }).click();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(2);
  expect(await storedDraftIds(page)).toEqual([draftId, 'np-001'].sort());
  await page.goto('/#/draft/np-001');
  await openSection(page, /Norm 7 \(13g\)/);
  await expect(editor(page)).toContainText('The Critical Services Act of 2022');
});

test('desktop: Backups and storage lists the backup files and restores a chosen one', async ({ page, context }) => {
  await useFakeDesktop(context);
  await page.goto('/');
  const nonPaper = readFileSync(join(fixtures, 'examplia-non-paper.normdraft'), 'utf8');
  const changed = nonPaper.replace(
    '"title":"Non-paper on national efforts',
    '"title":"Revised non-paper on national efforts',
  );
  await seedFakeBackups(page, {
    'np-001': [
      { file: '20260513T090000000Z.normdraft', savedAt: Date.UTC(2026, 4, 13, 9), text: changed },
      { file: '20260512T090000000Z.normdraft', savedAt: Date.UTC(2026, 4, 12, 9), text: nonPaper },
    ],
  });
  await page.reload();
  // The storage is empty and backups exist: the start dialog leads to the list of backups.
  await page.getByRole('dialog').getByRole('link', { name: 'Choose backups…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups and storage' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Backups on this computer' });
  await expect(section).toContainText('Revised non-paper on national efforts');
  await expect(section).toContainText('Not in your drafts');
  await section.getByLabel('Backup to restore').selectOption({ index: 1 });
  await section.getByRole('button', { name: /^Restore “.*” from the backup of/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was restored from the backup of' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('listitem').first()).toContainText('Non-paper on national efforts');
});

test('an old database (schema version 1) opens upgraded, with every draft and a version kept from before the upgrade', async ({
  page,
}) => {
  const dump = JSON.parse(readFileSync(join(fixtures, 'db', 'v1.json'), 'utf8')) as {
    tables: { drafts: object[]; sections: object[] };
  };
  await page.route('**/blank.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }),
  );
  await page.goto('/blank.html');
  // The database exactly as version 1 of the app created it (Dexie stores version n as 10n).
  await page.evaluate(
    (tables) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('norms-drafter', 10);
        request.onupgradeneeded = () => {
          const db = request.result;
          db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
          const sections = db.createObjectStore('sections', { keyPath: ['draftId', 'id'] });
          sections.createIndex('draftId', 'draftId');
          sections.createIndex('terms', 'terms', { multiEntry: true });
        };
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['drafts', 'sections'], 'readwrite');
          for (const row of tables.drafts) tx.objectStore('drafts').put(row);
          for (const row of tables.sections) tx.objectStore('sections').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        request.onerror = () => reject(request.error);
      }),
    dump.tables,
  );
  await page.goto('/');
  const cards = page.getByRole('main').getByRole('listitem');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('Republic of Examplia');
  await page.getByRole('link', { name: 'Trash', exact: true }).click();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
  await page.goto('/#/draft/np-001');
  const versions = await openVersions(page);
  await expect(versions.getByRole('listitem')).toHaveCount(1);
  await expect(versions.getByRole('listitem').first()).toContainText('Before an update of the app’s storage');
  await versions.getByRole('button', { name: 'Close' }).click();
  await openSection(page, /Norm 7 \(13g\)/);
  await expect(editor(page)).toContainText('The Critical Services Act of 2022');
});

/**
 * From the next start on, reading the library fails with the named IndexedDB error, as a full
 * disk or damaged files would make it; deleting the database takes the damage with it.
 */
async function breakStorage(page: Page, errorName: string | null): Promise<void> {
  await page.evaluate(
    (name) =>
      name === null
        ? localStorage.removeItem('test.broken-storage')
        : localStorage.setItem('test.broken-storage', name),
    errorName,
  );
}

async function installStorageBreaker(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    // The start-up check reads whether any draft is stored: one key (getAllKeys with a count of 1).
    const getAllKeys = IDBObjectStore.prototype.getAllKeys;
    IDBObjectStore.prototype.getAllKeys = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['getAllKeys']>
    ) {
      const broken = localStorage.getItem('test.broken-storage');
      if (broken && this.name === 'drafts') throw new DOMException('Simulated storage failure', broken);
      return getAllKeys.apply(this, args);
    };
    const deleteDatabase = IDBFactory.prototype.deleteDatabase;
    IDBFactory.prototype.deleteDatabase = function (this: IDBFactory, name: string) {
      localStorage.removeItem('test.broken-storage');
      return deleteDatabase.call(this, name);
    };
  });
}

test('a storage that cannot be opened: a full disk is explained with "Try again" and no reset; a damaged one is reset only after a rescue file', async ({
  page,
  context,
}) => {
  await installStorageBreaker(context);
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 5 \(13e\)/);
  await typeInSection(page, 'Human rights apply online.');
  await expectSaved(page);

  await breakStorage(page, 'QuotaExceededError');
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Your drafts could not be opened' });
  await expect(dialog).toContainText('is full, so the app’s storage cannot be opened. Your drafts are still in it.');
  await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: /Reset|Save what/ })).toHaveCount(0);
  await screenshot(page, 'storage-full-at-start');

  // Space is freed, but now the files are damaged.
  await breakStorage(page, 'UnknownError');
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(dialog).toContainText('appears to be damaged');
  await expect(dialog.getByRole('button', { name: /^Reset/ })).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save what can still be read…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^norms-drafter-rescue-\d{4}-\d{2}-\d{2}\.json$/);
  const rescue = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    format: string;
    drafts: { draft: { id: string }; trashed: boolean }[];
  };
  expect(rescue.format).toBe('norms-drafter-library');
  expect(rescue.drafts.map((d) => [d.draft.id, d.trashed])).toEqual([[draftId, false]]);
  expect(JSON.stringify(rescue)).toContain('Human rights apply online.');
  await expect(dialog.getByRole('status')).toContainText(`Rescue file saved: ${download.suggestedFilename()}.`);
  await screenshot(page, 'storage-damaged-rescued');

  await dialog.getByRole('button', { name: 'Reset the storage and restore what was rescued' }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset the app’s storage?' });
  await expect(confirm).toContainText(download.suggestedFilename());
  await confirm.getByRole('button', { name: 'Reset the storage and restore what was rescued' }).click();
  await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1);
  await expect(dialog).toBeHidden();
  expect(await storedText(page, draftId, 'e')).toBe('Human rights apply online.');
});

test('desktop: backups that keep failing are reported with the reason in plain words, until one is written again', async ({
  page,
  context,
}) => {
  await useFakeDesktop(context);
  await page.clock.install();
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await expect.poll(async () => Object.keys(await fakeBackups(page)), { timeout: 15_000 }).toEqual([draftId]);

  await failFakeBackups(page, 'ENOSPC: no space left on device, write');
  await openSection(page, /Norm 5 \(13e\)/);
  await typeInSection(page, 'Written while backups failed.');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Library' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Backups to this computer are failing' });
  // Retried every 30 s: the third failure in a row is reported.
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(31_000);
        return warning.count();
      },
      { timeout: 30_000 },
    )
    .toBe(1);
  await warning.getByRole('link').click();
  const status = page.getByRole('region', { name: 'Storage in this browser' }).getByRole('alert');
  await expect(status).toContainText('Backups to this computer have been failing since');
  await expect(status).toContainText('The disk is full. Free some space on this computer');
  await screenshot(page, 'backups-failing');

  await failFakeBackups(page, null);
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(31_000);
        return status.count();
      },
      { timeout: 30_000 },
    )
    .toBe(0);
  const files = (await fakeBackups(page))[draftId]!;
  expect(files[0]!.text).toContain('Written while backups failed.');
});

plainTest(
  'kill test: after a hard kill 1–2 s after typing, every character typed before “Saved” is there, 20 times',
  async ({ baseURL }) => {
    plainTest.setTimeout(240_000);
    const executable = plainTest.info().project.use.launchOptions?.executablePath || chromium.executablePath();
    const profile = mkdtempSync(join(tmpdir(), 'drafter-kill-'));
    const errors: string[] = [];
    let run: Killable | undefined;
    const open = async (): Promise<Killable> => {
      const killable = await launchKillable(executable, profile);
      run = killable;
      killable.page.on('pageerror', (error) => errors.push(String(error)));
      killable.page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      return killable;
    };
    try {
      run = await open();
      await run.page.goto(`${baseURL}/`);
      const draftId = await createDraft(run.page, { template: 'Norms only', submitter: 'Republic of Examplia' });
      await openSection(run.page, /Norm 1 \(13a\)/);
      const sectionUrl = run.page.url();
      let typed = '';
      let confirmed = '';
      for (let round = 0; round <= 20; round++) {
        if (round > 0) {
          run = await open();
          await run.page.goto(sectionUrl);
        }
        await expect(editor(run.page)).toBeVisible();
        const stored = await storedText(run.page, draftId, 'a');
        // Everything confirmed as saved survived; nothing appeared that was not typed.
        expect(stored.startsWith(confirmed), `round ${round}: "${stored}" lost some of "${confirmed}"`).toBe(true);
        expect(typed.startsWith(stored), `round ${round}: "${stored}" is not what was typed`).toBe(true);
        await expect(editor(run.page)).toHaveText(stored);
        if (round === 20) break;
        typed = stored;
        const indicator = run.page.getByRole('banner').getByRole('status');
        await editor(run.page).click();
        await run.page.keyboard.press('Control+End');
        const before = ` r${round}a`;
        await run.page.keyboard.type(before);
        typed += before;
        await expect(indicator).toHaveAttribute('data-save-state', 'saving');
        await expect(indicator).toHaveAttribute('data-save-state', 'saved');
        confirmed = typed;
        const after = ` r${round}b`;
        await run.page.keyboard.type(after);
        typed += after;
        await new Promise((resolve) => setTimeout(resolve, 1000 + Math.random() * 1000));
        await killHard(run);
      }
      expect(errors).toEqual([]);
    } finally {
      // Closing the DevTools connection leaves Chromium running: end its whole process group, and
      // only then delete the profile it uses.
      await endGroup(run);
      const left = run ? processesLeft(run) : [];
      rmSync(profile, { recursive: true, force: true });
      expect(left, 'Chromium processes left running after the test').toEqual([]);
    }
  },
);
