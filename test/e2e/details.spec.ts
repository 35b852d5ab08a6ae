// A draft's details after creation: the Details dialog in the draft header changes the title,
// submitter, forum and date; the header, the library card, the exported file's name and the
// Word file's author follow, and so do the title block and date line the template filled in.
// Cancel and an invalid value change nothing. An imported draft whose submitter was not found
// opens straight into the dialog from the import report.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './helpers/guards';
import {
  createDraft,
  editor,
  expectSaved,
  openSection,
  screenshot,
  typeInSection,
  unlabelledControls,
} from './helpers/drafts';
import { storedText } from './helpers/safety';
import { libraryCards, pandocMarkdown, tempFolder, zipPart } from './helpers/files';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('details');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

const header = (page: Page) => page.getByRole('banner');
const detailsDialog = (page: Page) => page.getByRole('dialog', { name: 'Draft details' });

async function openDetails(page: Page) {
  await header(page).getByRole('button', { name: 'Details' }).click();
  await expect(detailsDialog(page)).toBeVisible();
  return detailsDialog(page);
}

async function exportDocx(page: Page, name: string): Promise<{ fileName: string; file: string }> {
  await header(page).getByRole('button', { name: 'Export to Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  const file = join(folder, name);
  await download.saveAs(file);
  return { fileName: download.suggestedFilename(), file };
}

test('changes the title, submitter, forum and date; the header, library card, file name and Word author follow', async ({
  page,
}) => {
  await page.goto('/');
  await createDraft(page, {
    template: 'National non-paper',
    submitter: 'Republic of Examplia',
    forum: 'Open-ended working group',
  });

  // Cancel keeps everything as it was, even after typing.
  let dialog = await openDetails(page);
  await expect(dialog.getByLabel('Name of the State')).toHaveValue('Republic of Examplia');
  await expect(dialog.getByLabel('Title', { exact: true })).toBeFocused();
  await dialog.getByLabel('Name of the State').fill('Typed by mistake');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(header(page)).toContainText('Republic of Examplia');
  await expect(header(page)).not.toContainText('Typed by mistake');
  await expect(header(page).getByRole('button', { name: 'Details' })).toBeFocused();

  // A value too long is named under its field and nothing is saved.
  dialog = await openDetails(page);
  await dialog.getByLabel('Forum (optional)').fill('x'.repeat(501));
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog.getByLabel('Forum (optional)')).toHaveAccessibleDescription(
    /This is too long; please shorten it\./,
  );
  await expect(dialog.getByLabel('Forum (optional)')).toBeFocused();
  await dialog.getByLabel('Title', { exact: true }).fill('');
  await dialog.getByLabel('Forum (optional)').fill('OEWG, fifth session');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog.getByLabel('Title', { exact: true })).toHaveAccessibleDescription('The title cannot be empty.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(header(page)).toContainText('Open-ended working group');
  await expect(header(page)).not.toContainText('fifth session');

  // Saved: the header shows the new details at once, and they survive a reload.
  dialog = await openDetails(page);
  await dialog.getByLabel('Title', { exact: true }).fill('Non-paper of the Kingdom of Examplia');
  await dialog.getByLabel('Name of the State').fill('Kingdom of Examplia');
  await dialog.getByLabel('Issuing ministry or body (optional)').fill('Ministry of Foreign Affairs');
  await dialog.getByLabel('Forum (optional)').fill('OEWG, fifth session');
  await dialog.getByLabel('Date').fill('2026-07-01');
  await screenshot(page, 'details-dialog');
  expect(await unlabelledControls(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'The draft’s details have been saved.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Non-paper of the Kingdom of Examplia');
  await expect(header(page)).toContainText('Kingdom of Examplia · OEWG, fifth session');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Non-paper of the Kingdom of Examplia');
  dialog = await openDetails(page);
  await expect(dialog.getByLabel('Date')).toHaveValue('2026-07-01');
  await expect(dialog.getByLabel('Issuing ministry or body (optional)')).toHaveValue('Ministry of Foreign Affairs');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The exported file is named after the new details and the Word file's author is the new submitter.
  const { fileName, file } = await exportDocx(page, 'details.docx');
  expect(fileName).toBe('Non-paper of the Kingdom of Examplia.docx');
  expect(zipPart(file, 'docProps/core.xml')).toContain('<dc:creator>Kingdom of Examplia</dc:creator>');
  // The title block and the date line, untouched since creation, were filled again.
  const markdown = pandocMarkdown(file);
  expect(markdown).toContain('Kingdom of Examplia, July 2026');
  expect(markdown).toContain('Ministry of Foreign Affairs');
  expect(markdown).toContain('1 July 2026');
  expect(markdown).not.toContain('Republic of Examplia');

  await page.getByRole('link', { name: 'Library' }).click();
  await expect(libraryCards(page)).toHaveCount(1);
  await expect(libraryCards(page).first()).toContainText('Non-paper of the Kingdom of Examplia');
  await expect(libraryCards(page).first()).toContainText('Kingdom of Examplia');
  await expect(libraryCards(page).first()).not.toContainText('Republic of Examplia');
});

test('an imported draft whose submitter was not found opens with its details to enter, from the import report', async ({
  page,
}) => {
  // An invented paper that names no State or organisation: the import leaves the name empty.
  const file = join(folder, 'notes.md');
  writeFileSync(
    file,
    ['# Notes on the norms', '', '## 13(a)', '', 'Cooperation among States continued in 2025.', ''].join('\n'),
  );
  await page.goto('/');
  await page.getByRole('button', { name: 'Import a document…' }).first().click();
  const importDialog = page.getByRole('dialog', { name: 'Import a document' });
  const choosing = page.waitForEvent('filechooser');
  await importDialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await choosing).setFiles(file);
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toContainText("enter it in the draft's details");
  await screenshot(page, 'import-report-details-link');
  await report.getByRole('button', { name: 'Enter the draft’s details' }).click();

  const dialog = detailsDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/^Name of the/)).toHaveValue('');
  await dialog.getByLabel(/^Name of the/).fill('Republic of Examplia');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
  await expect(header(page)).toContainText('Republic of Examplia');
  // The imported title block is the document's own text: it is kept, and the user is told so.
  await expect(page.getByRole('status').filter({ hasText: 'The draft’s details have been saved.' })).toContainText(
    'left as they are: “Title block”',
  );
  await screenshot(page, 'details-after-import');

  const { fileName, file: docx } = await exportDocx(page, 'imported.docx');
  expect(fileName).toContain('Republic of Examplia');
  expect(zipPart(docx, 'docProps/core.xml')).toContain('<dc:creator>Republic of Examplia</dc:creator>');
});

test('in Arabic the dialog speaks Arabic, right to left, and names a missing submitter in Arabic', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await header(page).getByRole('combobox', { name: 'Language of the application' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await header(page).getByRole('button', { name: 'البيانات' }).click();
  const dialog = page.getByRole('dialog', { name: 'بيانات المسودة' });
  await dialog.getByLabel('اسم الدولة').fill('');
  await dialog.getByRole('button', { name: 'حفظ البيانات' }).click();
  await expect(dialog.getByLabel('اسم الدولة')).toBeFocused();
  await expect(dialog).toContainText('أدخل اسم الدولة أو المنظمة');
  await screenshot(page, 'details-dialog-ar');
  expect(await unlabelledControls(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(header(page)).toContainText('Republic of Examplia');
});

test('while another tab has changed the draft, new details are saved and its sections are left for a reload', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 1 \(13a\)/);
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(editor(second)).toBeVisible();
  await typeInSection(second, 'Examplia shares its national assessments.');
  await expectSaved(second);

  // A ministry line is new: the title block would be filled again, which waits for a reload here.
  const dialog = await openDetails(page);
  await dialog.getByLabel('Name of the State').fill('Kingdom of Examplia');
  await dialog.getByLabel('Issuing ministry or body (optional)').fill('Ministry of Foreign Affairs');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
  await expect(header(page)).toContainText('Kingdom of Examplia');
  expect(await storedText(page, draftId, 'a')).toBe('Examplia shares its national assessments.');
  await expect(page.getByText(/This draft was changed in another window or tab/)).toBeVisible();
  await second.close();
});
