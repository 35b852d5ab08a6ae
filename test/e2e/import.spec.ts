// Import from the library: a Markdown file and a Word document (written by pandoc) are read in a
// web worker, the report says what was found, an unplaced block is moved, and the draft opens with
// the text in place. Cancelling, or a file that is not what it says, leaves the library unchanged.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NORM_LETTERS } from '../../shared/model/draft';
import { expect, test, type Page } from './helpers/guards';
import { createDraft, openSection, screenshot, unlabelledControls } from './helpers/drafts';
import { libraryCards, pandocDocx, storedDraftCount, tempFolder } from './helpers/files';
import { reviewedWordFile } from '../fixtures/reviewed-word';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('import');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Norm a is Norm 1, ..., k is Norm 11. */
const number = (letter: string) => NORM_LETTERS.indexOf(letter as never) + 1;

/** An invented NGO contribution in Markdown: short norm headings "13(x)", footnotes, an annex. */
function contribution(letters: readonly string[], headingStyle: 'short' | 'full'): string {
  const heading = (letter: string) =>
    headingStyle === 'short'
      ? `## 13(${letter})`
      : `# Norm ${number(letter)} (UNGGE 2015 report, paragraph 13${letter}) – as the Forum reads it`;
  return [
    '# Contribution of the Examplia Digital Rights Forum',
    '',
    '## Executive summary',
    '',
    'The Forum brings together eleven civil society organisations of Examplia.[^s]',
    '',
    ...letters.flatMap((letter) => [
      heading(letter),
      '',
      `Forum observations on norm ${letter}: the Government consulted civil society in 2025.[^${letter}]`,
      '',
    ]),
    '## Annex: organisations consulted',
    '',
    'The Examplia Coastal Radio Club.',
    '',
    '[^s]: Forum charter, https://example.org/charter',
    // A note no text refers to: the import puts it in "Unplaced content", to be moved.
    '[^x]: The Examplia Open Networks Association.',
    ...letters.map(
      (letter) => `[^${letter}]: Consultation record ${letter.toUpperCase()}, https://example.org/records/${letter}`,
    ),
  ].join('\n');
}

async function chooseImportFile(page: Page, file: string): Promise<void> {
  await page.getByRole('button', { name: 'Import a document…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await choosing).setFiles(file);
  await expect(dialog).toContainText(`Chosen file: ${file.split('/').pop()}`);
}

async function startLibrary(page: Page): Promise<void> {
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(libraryCards(page)).toHaveCount(1);
  await screenshot(page, 'library-file-actions');
}

test('imports a Markdown contribution: 11 norms and 12 footnotes found, a block moved, the draft opened', async ({
  page,
}) => {
  const file = join(folder, 'edrf-contribution.md');
  writeFileSync(file, contribution(NORM_LETTERS, 'short'));
  await startLibrary(page);
  await chooseImportFile(page, file);
  await page
    .getByRole('dialog', { name: 'Import a document' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();

  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByRole('heading', { name: 'Norms found: 11 of 11' })).toBeVisible();
  await expect(report.getByRole('list', { name: 'The 11 norms: which were found' }).getByRole('listitem')).toHaveText(
    NORM_LETTERS.map((l) => `${number(l)}Norm ${number(l)} (13${l}): found`),
  );
  await expect(report).toContainText('All 11 norms were found.');
  await expect(report).toContainText('Footnotes kept: 12');
  await expect(report).toContainText('Template chosen from the document: Stakeholder contribution');
  await screenshot(page, 'import-report');
  expect(await unlabelledControls(page)).toEqual([]);

  const block = report.getByRole('listitem').filter({ hasText: 'The Examplia Open Networks Association.' });
  await block.getByLabel('Move to…').selectOption({ label: 'Norm 5 (13e) Respect human rights online' });
  await block.getByRole('button', { name: 'Move' }).click();
  await expect(report.getByRole('listitem').filter({ hasText: 'The Examplia Open Networks Association.' })).toHaveCount(
    0,
  );
  expect(await storedDraftCount(page)).toBe(1);

  await report.getByRole('button', { name: 'Open the draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was added to your drafts' })).toBeVisible();
  await openSection(page, /Norm 5 \(13e\)/);
  const body = page.getByRole('main').getByRole('textbox').first();
  await expect(body).toContainText('Forum observations on norm e: the Government consulted civil society in 2025.');
  await expect(body).toContainText('The Examplia Open Networks Association.');
  expect(await storedDraftCount(page)).toBe(2);
});

test('imports a Word document written by pandoc onto the template the user chose', async ({ page }) => {
  const markdown = join(folder, 'examplia.md');
  const docx = join(folder, 'examplia-non-paper.docx');
  writeFileSync(markdown, contribution(['a', 'c', 'g', 'k'], 'full'));
  pandocDocx(markdown, docx);
  await startLibrary(page);
  await chooseImportFile(page, docx);
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  await dialog.getByLabel('Template').selectOption({ label: 'National non-paper' });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByRole('heading', { name: 'Norms found: 4 of 11' })).toBeVisible();
  await expect(report).toContainText('Format: Word document');
  await expect(report).toContainText('Template chosen by you: National non-paper');
  await expect(report).toContainText(
    'Not found: Norm 2 (13b), Norm 4 (13d), Norm 5 (13e), Norm 6 (13f), Norm 8 (13h), Norm 9 (13i), Norm 10 (13j)',
  );
  await expect(report).toContainText('Footnotes kept: 5');
  await expect(report.getByRole('listitem').filter({ hasText: /: found$/ })).toHaveCount(4);

  await report.getByRole('button', { name: 'Open the draft' }).click();
  await openSection(page, /Norm 7 \(13g\)/);
  await expect(page.getByRole('main').getByRole('textbox').first()).toContainText('Forum observations on norm g');
  await expect(page.getByRole('main').getByRole('textbox', { name: /^Text of footnote \d+$/ })).toContainText([
    'Consultation record G',
  ]);
});

test('cancelling an import adds nothing to the library', async ({ page, context }) => {
  const file = join(folder, 'edrf-contribution.md');
  writeFileSync(file, contribution(NORM_LETTERS, 'short'));
  // Hold the import worker's script back so the import is still running when Cancel is pressed.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/import.worker-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await startLibrary(page);
  await chooseImportFile(page, file);
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Importing edrf-contribution.md…' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toContainText('Import cancelled. Nothing was changed.');
  release();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(libraryCards(page)).toHaveCount(1);
  expect(await storedDraftCount(page)).toBe(1);
});

test('a .docx that is really text is refused with a clear message and changes nothing', async ({ page }) => {
  const file = join(folder, 'submission.docx');
  writeFileSync(file, 'Norm 1 (UNGGE 2015 report, paragraph 13a) – these are notes, not a Word document.\n');
  await startLibrary(page);
  await chooseImportFile(page, file);
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The file is named .docx but contains plain text, not a Word document. If it is text, rename it to .txt or .md.',
  );
  await expect(page.getByRole('dialog', { name: 'Import report' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(libraryCards(page)).toHaveCount(1);
  expect(await storedDraftCount(page)).toBe(1);
});

test('a Word file still under review: the report names its tracked changes and comments, and the changes can be left out', async ({
  page,
}) => {
  const docx = join(folder, 'reviewed.docx');
  writeFileSync(docx, await reviewedWordFile());
  await startLibrary(page);
  await chooseImportFile(page, docx);
  await page
    .getByRole('dialog', { name: 'Import a document' })
    .getByRole('button', { name: 'Import', exact: true })
    .click();

  const report = page.getByRole('dialog', { name: 'Import report' });
  const review = report.getByRole('region', { name: 'Tracked changes and comments in the file' });
  await expect(review).toContainText('Tracked changes: 4 (by Legal Adviser & Co, Policy Unit).');
  await expect(review).toContainText('as after Word’s “Accept all”');
  await expect(review.getByRole('listitem')).toHaveText([
    'Legal Adviser & Co Which regulator is meant?',
    'Policy Unit Agreed with the ministry.',
  ]);
  await screenshot(page, 'import-review-accepted');
  await review.getByRole('button', { name: 'Import again without the changes' }).click();
  await expect(review).toContainText('as after Word’s “Reject all”');
  await expect(review.getByRole('button', { name: 'Import again with the changes' })).toBeVisible();

  await report.getByRole('button', { name: 'Open the draft' }).click();
  await openSection(page, /Norm 7 \(13g\)/);
  const text = page.getByRole('main').getByRole('textbox').first();
  await expect(text).toContainText('Examplia protects its water networks in every region.');
  await expect(text).not.toContainText('energy and');
  await expect(page.getByRole('main').getByRole('textbox', { name: /^Text of footnote \d+$/ })).toContainText([
    'Critical Networks Act (draft)',
  ]);
});
