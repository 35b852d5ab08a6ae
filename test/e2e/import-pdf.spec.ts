// Import of a PDF in the app: pdf.js runs inside the import worker (no second worker, nothing
// fetched from the network), the report names the format and says the layout was rebuilt, and
// a password-protected PDF, or a small one whose page inflates to gigabytes (measured in the
// worker before pdf.js reads it), is refused with a clear message, changing nothing.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flateBomb, writeTestPdf } from '../import/pdf-writer';
import { expect, test, type Page } from './helpers/guards';
import { createDraft, openSection } from './helpers/drafts';
import { libraryCards, storedDraftCount, tempFolder } from './helpers/files';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('import-pdf');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

const LINES = [
  'Norm 1 (13a) Cooperate for stability and security',
  '',
  'Examplia hosts a yearly regional dialogue on ICT',
  'security with officials from nine States.',
  '',
  'Norm 7 (13g) Protect critical infrastructure',
  '',
  'The Critical Services Act of 2022 obliges operators',
  'to report serious incidents within 24 hours.',
];

async function importPdf(page: Page, file: string): Promise<void> {
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(libraryCards(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Import a document…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await choosing).setFiles(file);
  await expect(dialog).toContainText(`Chosen file: ${file.split('/').pop()}`);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
}

test('imports a PDF in the import worker, fetching nothing from elsewhere', async ({ page }) => {
  const file = join(folder, 'examplia.pdf');
  writeFileSync(file, writeTestPdf({ lines: LINES }));
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1') && !request.url().startsWith('data:'))
      outside.push(request.url());
  });
  await importPdf(page, file);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByRole('heading', { name: 'Norms found: 2 of 11' })).toBeVisible();
  await expect(report).toContainText('Format: PDF');
  await expect(report).toContainText('rebuilt from the PDF’s page layout');
  await report.getByRole('button', { name: 'Open the draft' }).click();
  await openSection(page, /Norm 7 \(13g\)/);
  await expect(page.getByRole('main').getByRole('textbox').first()).toContainText(
    'The Critical Services Act of 2022 obliges operators to report serious incidents within 24 hours.',
  );
  expect(outside).toEqual([]);
  expect(await storedDraftCount(page)).toBe(2);
});

test('a password-protected PDF is refused with a clear message and changes nothing', async ({ page }) => {
  const file = join(folder, 'locked.pdf');
  writeFileSync(file, writeTestPdf({ lines: LINES, encrypted: true }));
  await importPdf(page, file);
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  await expect(dialog.getByRole('alert')).toHaveText(
    'The PDF is protected by a password. Open it in a PDF reader, save or print a copy without the password and import that copy.',
  );
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(libraryCards(page)).toHaveCount(1);
  expect(await storedDraftCount(page)).toBe(1);
});

test('a PDF whose page inflates to gigabytes is refused in the worker, the library unchanged', async ({ page }) => {
  const file = join(folder, 'bomb.pdf');
  writeFileSync(file, writeTestPdf({ lines: [], deflated: flateBomb(' ', 2048) }));
  await importPdf(page, file);
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  await expect(dialog.getByRole('alert')).toContainText('The PDF holds far more content than a submission');
  await expect(dialog.getByRole('alert')).toContainText('save or print a new copy as PDF');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(libraryCards(page)).toHaveCount(1);
  expect(await storedDraftCount(page)).toBe(1);
});
