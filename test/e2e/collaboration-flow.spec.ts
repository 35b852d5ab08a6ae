// The whole collaboration as users do it, at two window sizes: the lead writes and sends two
// contributions (one .normdraft, one Word), the contributor writes theirs (text, a footnote, a
// list, a link) while the lead rewords the same paragraph, the Word one comes back edited, the
// lead collects both, reviews, resolves the conflict, clears a section, edits it, and exports.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { editPart } from '../fixtures/word-contribution';
import { expect, test, type Page } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, outline, screenshot, typeInSection } from './helpers/drafts';
import { pandocMarkdown, tempFolder } from './helpers/files';
import { openVersions } from './helpers/safety';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('collaboration-flow');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

const arabicChanged = (
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'locales', 'ar', 'draft.json'), 'utf8')) as {
    clearance: { changed: string };
  }
).clearance.changed;

async function saved(download: Download): Promise<string> {
  const file = join(folder, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

const fileMenu = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'File', exact: true });
const menuItem = (page: Page, name: string) => page.getByRole('banner').getByRole('button', { name });
const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Formatting' });

/** Sends the listed contributor alone, in the given form, and returns the file written. */
async function sendOne(page: Page, name: string, others: string[], medium: RegExp): Promise<string> {
  await fileMenu(page).click();
  await menuItem(page, 'Contributors…').click();
  const dialog = page.getByRole('dialog', { name: 'Contributors' });
  await dialog.getByRole('checkbox', { name: `Send a file to ${name}` }).check();
  for (const other of others) await dialog.getByRole('checkbox', { name: `Send a file to ${other}` }).uncheck();
  await dialog.getByRole('radio', { name: medium }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Send for contribution' }).click();
  const file = await saved(await downloading);
  await expect(dialog).toBeHidden();
  return file;
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
]) {
  const size = `${viewport.width}x${viewport.height}`;
  test(`a lead sends, collects, reviews, clears and exports a contributed draft at ${size}`, async ({ page }) => {
    test.setTimeout(240_000); // a whole working day in one test: four files written and read, a Word export
    await page.setViewportSize(viewport);
    await page.goto('/');
    const leadId = await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
    await openSection(page, /Norm 7 \(13g\)/);
    await typeInSection(page, 'Operators report incidents to the CERT.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Sector regulators audit operators yearly.');
    await expectSaved(page);
    await openSection(page, /Executive summary/);
    await typeInSection(page, 'Examplia supports the framework.');
    await expectSaved(page);

    // Two contributors with different sections.
    await fileMenu(page).click();
    await menuItem(page, 'Contributors…').click();
    const dialog = page.getByRole('dialog', { name: 'Contributors' });
    const contributors = dialog.locator('fieldset.contributor');
    await dialog.getByRole('button', { name: 'Add a contributor' }).click();
    await contributors.nth(0).getByLabel('Name').fill('Quillon Ardent');
    await contributors.nth(0).getByLabel('Organisation').fill('Examplia CERT');
    await contributors
      .nth(0)
      .getByRole('checkbox', { name: /^Norm 7 \(13g\)/ })
      .check();
    await dialog.getByRole('button', { name: 'Add a contributor' }).click();
    await contributors.nth(1).getByLabel('Name').fill('Orla Penhale');
    await contributors.nth(1).getByLabel('Organisation').fill('Ministry of Justice');
    await contributors.nth(1).getByRole('checkbox', { name: 'Executive summary' }).check();
    await screenshot(page, `flow-${size}-contributors`);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();

    const certFile = await sendOne(page, 'Quillon Ardent', ['Orla Penhale'], /\.normdraft/);
    const wordFile = await sendOne(page, 'Orla Penhale', ['Quillon Ardent'], /\.docx/);
    expect(certFile).toMatch(/\.normdraft$/);
    expect(wordFile).toMatch(/\.docx$/);

    // After sending, the lead rewords the paragraph the CERT will also rewrite.
    await openSection(page, /Norm 7 \(13g\)/);
    await editor(page).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Since 2025, all ');
    await expect(editor(page)).toContainText('Since 2025, all Operators report');
    await expectSaved(page);

    // The CERT opens its file (a copy of its own in the same library) and writes norm g.
    await fileMenu(page).click();
    const choosing = page.waitForEvent('filechooser');
    await menuItem(page, 'Open draft file…').click();
    await (await choosing).setFiles(certFile);
    const banner = page.getByRole('region', { name: 'A contribution to the draft of Republic of Examplia' });
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: /^Norm 7 \(13g\)/ }).click();
    await expect(editor(page)).toHaveAttribute('contenteditable', 'true');
    await expect(editor(page)).not.toContainText('Since 2025');
    await editor(page).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('By law, ');
    await expect(editor(page)).toContainText('By law, Operators report');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The CERT publishes guidance');
    await toolbar(page).getByRole('button', { name: 'Insert footnote' }).click();
    await expect(page.getByRole('main').getByRole('textbox', { name: 'Text of footnote 1' })).toBeFocused();
    await page.keyboard.type('CERT guidance note 2026.');
    await page.keyboard.press('Escape');
    await expect(editor(page)).toBeFocused();
    await page.keyboard.type(' for:');
    await page.keyboard.press('Enter');
    await toolbar(page).getByRole('button', { name: 'Bulleted list' }).click();
    await page.keyboard.type('energy');
    await page.keyboard.press('Enter');
    await page.keyboard.type('water');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('See ');
    await page.keyboard.press('Control+K');
    const link = page.getByRole('dialog', { name: 'Add a link' });
    await link.getByRole('textbox', { name: 'Web or email address' }).fill('https://cert.examplia.example/guidance');
    await link.getByRole('textbox', { name: 'Text to display' }).fill('the guidance');
    await link.getByRole('button', { name: 'Apply' }).click();
    await expect(editor(page).getByRole('link', { name: 'the guidance' })).toBeVisible();
    await expect(editor(page).locator('li')).toHaveCount(2);
    await expectSaved(page);
    await screenshot(page, `flow-${size}-contributor`);
    const returning = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Return contribution' }).click();
    const returnedFile = await saved(await returning);

    // The Ministry of Justice edits the summary in Word.
    const edited = await editPart(readFileSync(wordFile), 'word/document.xml', (xml) => {
      expect(xml).toContain('Examplia supports the framework.');
      return xml.replace('Examplia supports the framework.', 'Examplia fully supports the framework.');
    });
    const wordBack = join(folder, 'summary returned.docx');
    writeFileSync(wordBack, edited);

    // The lead collects both.
    await page.goto(`/#/draft/${leadId}`);
    await expect(page.getByRole('region', { name: /^A contribution to the draft/ })).toHaveCount(0);
    await fileMenu(page).click();
    await menuItem(page, 'Collect contributions…').click();
    const collect = page.getByRole('dialog', { name: 'Collect contributions' });
    await collect.getByTestId('contribution-files').setInputFiles([wordBack, returnedFile]);
    await collect.getByRole('button', { name: 'Merge', exact: true }).click();
    const report = collect.locator('.merge-report-item');
    await expect(report).toHaveCount(2);
    await expect(collect).toContainText('Orla Penhale');
    await expect(collect).toContainText('Quillon Ardent');
    await expect(collect).toContainText('1 conflict to resolve');
    // The summary was for reading only in the CERT's copy and the lead edited norm g: nothing is listed as unasked.
    await expect(collect).not.toContainText('not asked');
    await screenshot(page, `flow-${size}-collected`);
    await collect.getByRole('button', { name: 'Close' }).click();

    await openSection(page, /Norm 7 \(13g\)/);
    await expect(editor(page)).toContainText('The CERT publishes guidance');
    const shown = page.getByLabel('Show who wrote what');
    await shown.check();
    await expect(editor(page).locator('[data-author="Quillon Ardent"]').first()).toBeVisible();
    await screenshot(page, `flow-${size}-authors`);
    await shown.uncheck();
    await expect(editor(page).locator('[data-author]')).toHaveCount(0);

    await page.getByRole('main').getByRole('button', { name: 'Review contributions…' }).click();
    const review = page.getByRole('dialog', { name: 'Review contributions' });
    const conflict = review.getByRole('listitem').filter({ hasText: 'Conflict in Norm 7' });
    await expect(conflict).toContainText('Quillon Ardent');
    await screenshot(page, `flow-${size}-review`);
    await conflict.getByRole('button', { name: 'Edit…' }).click();
    await conflict
      .getByLabel('The paragraph as it should read')
      .fill('Since 2025, by law, all operators report incidents to the CERT.');
    await conflict.getByRole('button', { name: 'Use this text' }).click();
    // (The conflict's editor has its own notices, a status too, while it is on screen.)
    await expect(review.getByRole('status').filter({ hasText: 'Conflict resolved.' })).toBeVisible();
    await review.getByRole('button', { name: 'Accept all changes by Quillon Ardent' }).click();
    await expect(review.getByRole('status')).toHaveText('Accepted.');
    await review.getByRole('button', { name: 'Reject the change by Orla Penhale in Executive summary' }).click();
    await expect(review.getByRole('status')).toHaveText('Rejected: the text as it was sent is back.');
    await review.getByRole('button', { name: 'Close' }).click();
    await expect(review).toBeHidden();

    // Clearance of the summary, then an edit after it.
    await openSection(page, /Executive summary/);
    await expect(editor(page)).not.toContainText('fully supports');
    await page.getByRole('button', { name: 'Clearance', exact: true }).click();
    const clearance = page.getByRole('dialog', { name: /^Clearance of / });
    const summary = clearance.getByRole('region', { name: /^Executive summary/ });
    await summary.getByRole('button', { name: /^Clear “Executive summary.*” at Legal review$/ }).click();
    const form = summary.getByRole('form', { name: /at Legal review$/ });
    await form.getByLabel('Name of the person clearing it').fill('Ama Tarrow');
    await form.getByRole('button', { name: 'Clear', exact: true }).click();
    await expect(clearance.getByRole('status')).toContainText('was cleared at Legal review by Ama Tarrow');
    await screenshot(page, `flow-${size}-clearance`);
    await clearance.getByRole('button', { name: 'Close' }).first().click();
    await typeInSection(page, ' It reports every year.');
    await expectSaved(page);
    await expect(page.getByRole('main').getByText('Changed since cleared')).toBeVisible();
    await expect(outline(page).getByRole('link', { name: /Executive summary/ })).toContainText('Changed since cleared');
    await screenshot(page, `flow-${size}-changed-since-cleared`);

    await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
    const downloading = page.waitForEvent('download');
    await page
      .getByRole('dialog', { name: 'Export to Word' })
      .getByRole('button', { name: 'Export', exact: true })
      .click();
    const docx = join(folder, 'final.docx');
    await (await downloading).saveAs(docx);
    const markdown = pandocMarkdown(docx, { standalone: true });
    expect(markdown).toContain('Since 2025, by law, all operators report incidents to the CERT.');
    expect(markdown).toContain('Sector regulators audit operators yearly.');
    expect(markdown).toContain('The CERT publishes guidance');
    expect(markdown).toContain('CERT guidance note 2026.');
    expect(markdown).toContain('https://cert.examplia.example/guidance');
    expect(markdown).toContain('Examplia supports the framework. It reports every year.');
    for (const absent of [
      'fully supports',
      'Quillon Ardent',
      'Orla Penhale',
      'Examplia CERT',
      'Ministry of Justice',
      'Ama Tarrow',
      'Legal review',
      'Changed since cleared',
    ])
      expect(markdown).not.toContain(absent);

    const versions = await openVersions(page);
    await expect(versions.getByText(/^Merged: /).first()).toBeVisible();
    await expect(versions.getByText(/^Before merging contributions from /).first()).toBeVisible();
    await screenshot(page, `flow-${size}-versions`);
    await versions.getByRole('button', { name: 'Close' }).first().click();
    await expect(versions).toBeHidden();

    // The same screens in an Arabic interface: right to left, the marker translated.
    await openSection(page, /Norm 7 \(13g\)/);
    const normG = page.url();
    await openSection(page, /Executive summary/);
    await page.getByRole('banner').getByRole('combobox', { name: 'Language of the application' }).selectOption('ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('main').getByText(arabicChanged)).toBeVisible();
    await expect(page.getByRole('main').getByText('Changed since cleared')).toHaveCount(0);
    await screenshot(page, `flow-${size}-changed-since-cleared-ar`);
    await page.goto(normG);
    await expect(editor(page)).toContainText('The CERT publishes guidance');
    await page.getByRole('main').getByRole('checkbox').first().check();
    await expect(editor(page).locator('[data-author="Quillon Ardent"]').first()).toBeVisible();
    await screenshot(page, `flow-${size}-authors-ar`);
  });
}
