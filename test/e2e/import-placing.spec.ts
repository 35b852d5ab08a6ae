// Placing and naming on import, as the user sees it: the document's own heading stays the
// section's name in the outline, a heading the template lacks gets a section of its own, and the
// report lists the guesses instead of saying that everything was placed.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './helpers/guards';
import { createDraft, openSection, screenshot } from './helpers/drafts';
import { libraryCards, tempFolder } from './helpers/files';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('import-placing');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

const NON_PAPER = [
  '# Non-paper of the Republic of Examplia on the implementation of the norms',
  '',
  'Republic of Examplia, March 2026',
  '',
  "## Examplia's own approach",
  '',
  'Examplia treats cyberspace as a shared coastal commons.',
  '',
  '## Norm 3 (paragraph 13c)',
  '',
  'The Examplian Cybercrime Act applies to hosting providers.',
  '',
  '## Concluding remarks',
  '',
  'Examplia looks forward to the discussion in the working group.',
].join('\n');

test('an import keeps a custom heading as the section name and the report lists the guess', async ({ page }) => {
  const file = join(folder, 'examplia-non-paper.md');
  writeFileSync(file, NON_PAPER);
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(libraryCards(page)).toHaveCount(1);

  await page.getByRole('button', { name: 'Import a document…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import a document' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose a file…' }).click();
  await (await choosing).setFiles(file);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report.getByRole('heading', { name: 'Norms found: 1 of 11' })).toBeVisible();
  await expect(report).toContainText(
    "“Examplia's own approach” was taken to be the section “National approach” and keeps its own heading: check it.",
  );
  await expect(report).toContainText(
    '“Concluding remarks” is not a section of the template: it became a section of its own.',
  );
  await expect(report).toContainText('Everything was placed in a section, but not all of it as the document had it');
  await expect(report).not.toContainText('Everything was placed in a section.');
  await screenshot(page, 'import-report-guesses');

  await report.getByRole('button', { name: 'Open the draft' }).click();
  await openSection(page, "Examplia's own approach");
  await expect(page.getByRole('main').getByRole('textbox').first()).toContainText('shared coastal commons');
  await openSection(page, 'Concluding remarks');
  await expect(page.getByRole('main').getByRole('textbox').first()).toContainText('looks forward to the discussion');
});
