// Fields in the text: a new draft's title block shows the submitter, date... from the draft's
// details. Changed in Details, the new value shows at once in the open editor and in the print
// layout, without the section's text being rewritten.
import { expect, test, type Page } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, screenshot } from './helpers/drafts';

const header = (page: Page) => page.getByRole('banner');

test('a new submitter from Details shows in the title block, in the editor and in the print layout', async ({
  page,
}) => {
  await page.goto('/');
  await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  await openSection(page, 'Title block');
  const submitter = editor(page).locator('[data-field="submitter"]');
  await expect(submitter).toHaveText('Republic of Examplia');
  await expect(submitter).toHaveAttribute('title', 'Submitted by');

  await header(page).getByRole('button', { name: 'Details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Draft details' });
  await dialog.getByLabel('Name of the State').fill('Kingdom of Examplia');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog).toBeHidden();
  await expect(submitter).toHaveText('Kingdom of Examplia');
  await expect(editor(page)).not.toContainText('Republic of Examplia');
  await expectSaved(page);
  await screenshot(page, 'field-title-block-editor');

  // Copied, the line reads as it is shown.
  await editor(page).click();
  await page.keyboard.press('Control+A');
  const copied = await editor(page).evaluate((element) => {
    const data = new DataTransfer();
    element.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
    return data.getData('text/plain');
  });
  expect(copied).toContain('Kingdom of Examplia, ');
  expect(copied).not.toContain('Republic');

  await header(page).getByRole('button', { name: 'File' }).click();
  await header(page).getByRole('button', { name: 'Print layout' }).click();
  const first = page.locator('section[data-page]').first();
  await expect(first).toContainText('Kingdom of Examplia');
  await expect(first).not.toContainText('Republic of Examplia');
  await screenshot(page, 'field-title-block-print');
});
