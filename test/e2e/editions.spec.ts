// The delegation's own side of a submission, from the draft's File menu: points of contact (a
// malformed address is refused in plain words), the internal version that lists them while the
// normal export holds none, and a new edition whose sections are all "To update".
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './helpers/guards';
import {
  draftIdFromUrl,
  outline,
  screenshot,
  unlabelledControls,
  fileMenu,
  seriousViolationIds,
} from './helpers/drafts';
import { tempFolder, zipEntries, zipPart } from './helpers/files';

let folder: string;

test.beforeEach(() => {
  folder = tempFolder('editions');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Opens the Examplia draft file, in the interface language given (set before the app starts). */
async function openExamplia(page: Page, language: 'en' | 'ar' = 'en'): Promise<void> {
  const file = join(import.meta.dirname, '..', 'fixtures', 'examplia-non-paper.normdraft');
  await page.goto('/');
  if (language !== 'en') {
    await page.evaluate((code) => localStorage.setItem('drafter.uiLanguage', code), language);
    await page.reload();
  }
  const files = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'locales', language, 'files.json'), 'utf8'),
  );
  const opening = page.waitForEvent('filechooser');
  await page
    .getByRole('button', { name: (files as { actions: { open: string } }).actions.open })
    .first()
    .click();
  await (await opening).setFiles(file);
  // The library has a level-1 heading too: wait for the opened draft's screen.
  await expect(page).toHaveURL(/#\/draft\//);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function download(page: Page, dialog: ReturnType<Page['getByRole']>, button: string, name: string) {
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  const file = join(folder, name);
  const done = await downloading;
  await done.saveAs(file);
  await expect(dialog).toBeHidden();
  return { file, suggested: done.suggestedFilename() };
}

const allParts = (docx: string) =>
  zipEntries(docx)
    // unzip reads names as patterns: "[Content_Types].xml" needs its brackets escaped.
    .map((name) => zipPart(docx, name.replace(/[[\]*?]/g, '\\$&')))
    .join('\n');

test('contacts stay out of the normal export, the internal version lists them, a new edition is all "To update"', async ({
  page,
}) => {
  await openExamplia(page);

  await fileMenu(page, 'Points of contact…');
  const contacts = page.getByRole('dialog', { name: 'Points of contact' });
  await expect(contacts).toContainText('No point of contact yet.');
  await contacts.getByRole('button', { name: 'Add a contact' }).click();
  await contacts.getByLabel('Name').fill('Ilse Varnholt');
  await contacts.getByLabel('Position').fill('Head of the Cyber Policy Unit');
  await contacts.getByLabel('Institution').fill('Ministry of Foreign Affairs of Examplia');
  await contacts.getByLabel('Email (optional)').fill('varnholt at mfa');
  await contacts.getByRole('button', { name: 'Save' }).click();
  await expect(contacts.getByRole('alert')).toHaveText(
    'This email address is not complete: write it like name@example.org, or leave it empty.',
  );
  await expect(contacts.getByLabel('Email (optional)')).toHaveAttribute('aria-invalid', 'true');
  expect(await unlabelledControls(page)).toEqual([]);
  await screenshot(page, 'contacts-dialog-refused');
  await contacts.getByLabel('Email (optional)').fill('i.varnholt@mfa.examplia.example');
  await contacts.getByLabel('Contact for').selectOption({ label: 'Technical questions' });
  await contacts.getByRole('button', { name: 'Save' }).click();
  await expect(contacts).toBeHidden();

  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const normal = await download(page, page.getByRole('dialog', { name: 'Export to Word' }), 'Export', 'normal.docx');
  const everything = allParts(normal.file);
  expect(everything).toContain('Examplia hosts a yearly regional dialogue');
  for (const word of ['Varnholt', 'i.varnholt@mfa.examplia.example', 'Head of the Cyber Policy Unit', '>Internal<'])
    expect(everything.includes(word), word).toBe(false);

  await fileMenu(page, 'Export internal version…');
  const internalDialog = page.getByRole('dialog', { name: 'Export internal version' });
  await expect(internalDialog).toContainText('Do not submit this file.');
  const internal = await download(page, internalDialog, 'Export internal version', 'internal.docx');
  expect(internal.suggested).toMatch(/ \(internal\)\.docx$/);
  expect(zipPart(internal.file, 'word/document.xml')).toContain('Ilse Varnholt');
  expect(zipPart(internal.file, 'word/document.xml')).toContain('Technical');
  const header = zipEntries(internal.file).find((name) => /^word\/header\d+\.xml$/.test(name));
  expect(zipPart(internal.file, header!)).toContain('>Internal<');

  const previousId = draftIdFromUrl(page);
  await fileMenu(page, 'New edition from this submission');
  await expect(page.getByRole('status').filter({ hasText: 'New edition created' })).toBeVisible();
  await expect.poll(() => draftIdFromUrl(page)).not.toBe(previousId);
  // Every section's link, not the overview's.
  const links = outline(page).getByRole('link').filter({ hasNotText: 'Overview' });
  await expect(links.first()).toContainText('To update');
  const count = await links.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) await expect(links.nth(i)).toContainText('To update');
  await screenshot(page, 'new-edition-to-update');

  // The edition keeps the contacts and offers the annex of changes in its export.
  await fileMenu(page, 'Points of contact…');
  await expect(contacts.getByLabel('Name')).toHaveValue('Ilse Varnholt');
  await contacts.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export to Word' });
  await exportDialog.getByLabel(/Add an annex of the changes since the last edition/).check();
  const edition = await download(page, exportDialog, 'Export', 'edition.docx');
  expect(zipPart(edition.file, 'word/document.xml')).toContain('No section changed since the last edition.');
});

test('the points of contact in an Arabic interface: right to left, in Arabic, accessible', async ({ page }) => {
  const ar = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'locales', 'ar', 'draft.json'), 'utf8')) as {
    contacts: { menu: string; title: string; add: string; save: string; problem: { nameMissing: string } };
  };
  // The language first: a reload straight after opening the file could come before it is stored.
  await openExamplia(page, 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await fileMenu(page, ar.contacts.menu);
  const dialog = page.getByRole('dialog', { name: ar.contacts.title });
  await dialog.getByRole('button', { name: ar.contacts.add }).click();
  await dialog.getByRole('button', { name: ar.contacts.save }).click();
  await expect(dialog.getByRole('alert')).toHaveText(ar.contacts.problem.nameMissing);
  await screenshot(page, 'contacts-dialog-ar');
  expect(await unlabelledControls(page)).toEqual([]);
  expect(await seriousViolationIds(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
