// Export to Word from the draft view: the file is written in a web worker and downloaded, and a
// real reader (pandoc) finds what the user typed, footnotes included. The dialog's choices are
// remembered per draft.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './helpers/guards';
import { createDraft, expectSaved, openSection, screenshot, typeInSection, unlabelledControls } from './helpers/drafts';
import { insertFootnote, pandocMarkdown, tempFolder, zipPart } from './helpers/files';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('export');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('exports a draft with text and footnotes to a Word document pandoc reads back', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, {
    template: 'National non-paper',
    submitter: 'Republic of Examplia',
    forum: 'Open-ended working group, 2026 session',
  });
  // The overview says beforehand what the export leaves out.
  await expect(
    page
      .getByRole('main')
      .getByText(
        'Sections with no text yet are left out of the Word document, unless you choose to include them when you export.',
      ),
  ).toBeVisible();
  await screenshot(page, 'overview-export-hint');
  await openSection(page, 'Executive summary');
  await typeInSection(page, 'Examplia reports on all eleven norms.');
  await insertFootnote(page, 'National Cyber Strategy 2024, https://example.org/strategy');
  await openSection(page, /Norm 7 \(13g\)/);
  await typeInSection(page, 'The Grid Security Act protects the electricity network.');
  await insertFootnote(page, 'Grid Security Act 2025, section 4.');
  await expectSaved(page);

  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  // Empty sections are left out by default, and the dialog names them.
  await expect(dialog.getByLabel('Include sections that have no text yet (headings only)')).not.toBeChecked();
  const leftOut = dialog.getByRole('listitem');
  await expect(dialog.getByText('12 sections have no text yet and will be left out:')).toBeVisible();
  await expect(leftOut.filter({ hasText: 'Norm 1 (13a)' })).toHaveCount(1);
  await expect(leftOut.filter({ hasText: 'Norm 7 (13g)' })).toHaveCount(0);
  await expect(leftOut.filter({ hasText: 'Executive summary' })).toHaveCount(0);
  await screenshot(page, 'export-dialog');
  expect(await unlabelledControls(page)).toEqual([]);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Non-paper on national efforts .*… - Republic of Examplia\.docx$/);
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'has been downloaded' })).toContainText(
    download.suggestedFilename(),
  );

  const file = join(folder, 'export.docx');
  await download.saveAs(file);
  const markdown = pandocMarkdown(file);
  expect(markdown).toContain('Examplia reports on all eleven norms.[^1]');
  expect(markdown).toContain('The Grid Security Act protects the electricity network.[^2]');
  expect(markdown).toMatch(/^\[\^1\]: National Cyber Strategy 2024, <?https:\/\/example\.org\/strategy>?$/m);
  expect(markdown).toMatch(/^\[\^2\]: Grid Security Act 2025, section 4\.$/m);
  expect(markdown).toContain('Norm 7 (UNGGE 2015 report, paragraph 13g) – States should take appropriate measures');
  expect(markdown).not.toContain('paragraph 13a');
  // The forum typed at creation is in the title block.
  expect(markdown).toMatch(/^Submitted to: Open-ended working group, 2026 session$/m);
  // The title block is printed once (it used to come from the draft's fields and its title section).
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  const whole = pandocMarkdown(file, { standalone: true });
  expect(whole.split(title!).length - 1).toBe(1);
  expect(whole).toMatch(new RegExp(`^title: '?${title!.slice(0, 40)}`, 'm'));
  expect(whole.split('Republic of Examplia, ').length - 1).toBe(1);
});

test('remembers the export choices for each draft, after a reload too, and applies them', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  const draftUrl = page.url();
  await openSection(page, /Norm 1 \(13a\)/);
  await typeInSection(page, 'Examplia chairs the regional points-of-contact network.');
  await expectSaved(page);

  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  let dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await dialog.getByLabel('Include sections that have no text yet (headings only)').check();
  await expect(dialog.getByRole('listitem')).toHaveCount(0);
  await dialog.getByRole('radio', { name: 'Short title' }).check();
  await dialog.getByLabel('Line at the top of every page').fill('Unclassified');
  await dialog.getByRole('radio', { name: 'Leave empty' }).check();
  await dialog.getByRole('radio', { name: 'Leave out' }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = join(folder, 'options.docx');
  await (await downloading).saveAs(file);

  // Applied: every norm block (the empty ones too), short titles, the header line, no author or dates.
  const markdown = pandocMarkdown(file);
  expect(markdown).toContain('Norm 1 (UNGGE 2015 report, paragraph 13a) – Cooperate for stability and security');
  expect(markdown).toContain('paragraph 13b');
  expect(zipPart(file, 'word/header1.xml')).toContain('Unclassified');
  const core = zipPart(file, 'docProps/core.xml');
  expect(core).not.toContain('Republic of Examplia');
  expect(core).not.toMatch(/dcterms:created/);

  await page.reload();
  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await expect(dialog.getByLabel('Include sections that have no text yet (headings only)')).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Short title' })).toBeChecked();
  await expect(dialog.getByLabel('Line at the top of every page')).toHaveValue('Unclassified');
  await expect(dialog.getByRole('radio', { name: 'Leave empty' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Leave out' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Another draft starts from the defaults.
  await page.getByRole('link', { name: 'Library' }).click();
  await createDraft(page, { template: 'Norms only', submitter: 'Examplia Digital Rights Forum' });
  expect(page.url()).not.toBe(draftUrl);
  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  dialog = page.getByRole('dialog', { name: 'Export to Word' });
  await expect(dialog.getByLabel('Include sections that have no text yet (headings only)')).not.toBeChecked();
  await expect(dialog.getByLabel('Line at the top of every page')).toHaveValue('');
  await expect(dialog.getByRole('radio', { name: 'The submitter: Examplia Digital Rights Forum' })).toBeChecked();
});

test('uses the official norm text the user provided in the draft’s language', async ({ page }) => {
  // Invented for the test: only the English official texts ship with the app.
  const FRENCH_TEXT = 'Texte officiel de la norme g (version d’essai collée par la délégation d’Examplia).';
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'République d’Examplia' });
  await page.getByRole('button', { name: 'Document language: English' }).click();
  const language = page.getByRole('dialog', { name: 'Document language' });
  await language.getByLabel('Language the draft is written in').selectOption('fr');
  await language.getByRole('button', { name: 'Change the language' }).click();
  await openSection(page, /Norm 7 \(13g\)/);
  const main = page.getByRole('main');
  await main.getByRole('button', { name: 'Paste the official French text' }).click();
  await main.getByLabel('Official text of this norm in French').fill(FRENCH_TEXT);
  await main.getByRole('button', { name: 'Keep this text' }).click();
  await expect(main.getByText('Official text in French, provided by you')).toBeVisible();

  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  // Nothing is written yet: the norm headings are exported only on request.
  await dialog.getByLabel('Include sections that have no text yet (headings only)').check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = join(folder, 'french.docx');
  await (await downloading).saveAs(file);
  const markdown = pandocMarkdown(file);
  expect(markdown).toContain(FRENCH_TEXT);
  // Norms without a provided text keep the English official one.
  expect(markdown).toContain(
    'States should not knowingly allow their territory to be used for internationally wrongful acts using ICTs.',
  );
});
