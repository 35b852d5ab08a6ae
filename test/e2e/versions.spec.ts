// Versions: save one with a name, compare it with today's text (added and removed words, section
// by section), restore one section and the whole draft, and undo a restore from its own version.
import { expect, test } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, screenshot, typeInSection } from './helpers/drafts';
import { insertFootnote } from './helpers/files';
import { openVersions, storedText } from './helpers/safety';

test('saves a named version, compares it with today’s text, and restores one section, then the whole draft', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 1 \(13a\)/);
  await typeInSection(page, 'Examplia adopted a national strategy in 2021.');
  await expectSaved(page);

  let dialog = await openVersions(page);
  await dialog.getByRole('button', { name: 'Save a version' }).click();
  await expect(dialog.getByText('Give the version a name.')).toBeVisible();
  await dialog.getByLabel('Name of the new version').fill('Sent to capital 12 May');
  await page.keyboard.press('Enter');
  const versions = dialog.getByRole('list').getByRole('listitem');
  await expect(versions.first()).toContainText('Sent to capital 12 May');
  await expect(versions.first()).toContainText('Words: 7');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Later work: Norm 1 is revised, Norm 2 written.
  await editor(page).click();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < '2021.'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('2024, after a public consultation.');
  await openSection(page, /Norm 2 \(13b\)/);
  await typeInSection(page, 'Incidents are reported to the national CERT.');
  await expectSaved(page);

  dialog = await openVersions(page);
  await dialog
    .getByRole('button', { name: /^Compare the version of .* with the current text$/ })
    .first()
    .click();
  // Named after the version, and the changed sections first; the others are counted, one click away.
  await expect(
    dialog.getByRole('heading', { level: 2, name: /^Changes since “Sent to capital 12 May” \(/ }),
  ).toBeVisible();
  await expect(dialog.getByRole('region')).toHaveCount(2);
  await expect(dialog.getByRole('heading', { level: 3 })).toHaveText([/^Norm 1 \(13a\)/, /^Norm 2 \(13b\)/]);
  const norm1 = dialog.getByRole('region', { name: /^Norm 1 \(13a\)/ });
  await expect(norm1.locator('del')).toHaveText('[removed: 2021 ]');
  await expect(norm1.locator('ins')).toHaveText('[added: 2024, after a public consultation ]');
  await expect(norm1).toContainText('Words added: 5; words removed: 1');
  const norm2 = dialog.getByRole('region', { name: /^Norm 2 \(13b\)/ });
  await expect(norm2.locator('ins')).toContainText('Incidents are reported to the national CERT.');
  const unchanged = dialog.getByRole('group').filter({ hasText: '9 sections without changes' });
  await unchanged.getByText('9 sections without changes').click();
  await expect(unchanged.getByRole('listitem')).toHaveCount(9);
  await expect(unchanged.getByRole('listitem').first()).toHaveText(/^Norm 3 \(13c\)/);
  // Added and removed words are told apart by more than colour: underline and strike-through.
  await expect(norm1.locator('ins')).toHaveCSS('text-decoration-line', 'underline');
  await expect(norm1.locator('del')).toHaveCSS('text-decoration-line', 'line-through');
  await screenshot(page, 'versions-compare');

  // One section back as it was; the others keep today's text.
  await norm1.getByRole('button', { name: /^Restore “Norm 1 \(13a\).*” as it was on/ }).click();
  const confirm = page.getByRole('dialog', { name: /^Restore “Norm 1/ });
  await expect(confirm).toContainText('kept as a version first');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: /was restored from the version of/ })).toBeVisible();
  await expect.poll(() => storedText(page, draftId, 'a')).toBe('Examplia adopted a national strategy in 2021.');
  expect(await storedText(page, draftId, 'b')).toBe('Incidents are reported to the national CERT.');
  await openSection(page, /Norm 1 \(13a\)/);
  await expect(editor(page)).toHaveText('Examplia adopted a national strategy in 2021.');

  // The whole draft back to the named version: Norm 2 is empty again.
  dialog = await openVersions(page);
  await expect(versions.first()).toContainText(/^Before restoring the version of/);
  await dialog
    .getByRole('listitem')
    .filter({ hasText: 'Sent to capital 12 May' })
    .getByRole('button', { name: /^Restore the whole draft/ })
    .click();
  await page
    .getByRole('dialog', { name: /^Restore the version of/ })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /^The version of .* was restored/ })).toBeVisible();
  await expect.poll(() => storedText(page, draftId, 'b')).toBe('');

  // A restore is itself undone from the version kept just before it.
  dialog = await openVersions(page);
  await versions
    .first()
    .getByRole('button', { name: /^Restore the whole draft/ })
    .click();
  await page
    .getByRole('dialog', { name: /^Restore the version of/ })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect.poll(() => storedText(page, draftId, 'b')).toBe('Incidents are reported to the national CERT.');
  expect(await storedText(page, draftId, 'a')).toBe('Examplia adopted a national strategy in 2021.');
});

test('a new, untouched draft has no versions yet, and the panel says when versions are kept', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Examplia Digital Rights Forum' });
  const dialog = await openVersions(page);
  await expect(dialog.getByText('No versions yet.')).toBeVisible();
  await expect(dialog.getByText(/every 10 minutes while you write/)).toBeVisible();
});

test('a comparison shows formatting as the document does: bold words, list items and footnote numbers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 1 \(13a\)/);
  await typeInSection(page, 'Examplia adopted a strategy');
  await expectSaved(page);
  let dialog = await openVersions(page);
  await dialog.getByLabel('Name of the new version').fill('Before formatting');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('list').getByRole('listitem').first()).toContainText('Before formatting');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // "strategy" made bold, a footnote after it, and a bulleted item started as in Word.
  await editor(page).click();
  await editor(page).evaluate((root) => {
    const text = root.querySelector('p span')!.firstChild!;
    const at = text.textContent!.indexOf('strategy');
    getSelection()!.setBaseAndExtent(text, at, text, at + 'strategy'.length);
  });
  await expect.poll(() => page.evaluate(() => getSelection()!.toString())).toBe('strategy');
  await page.keyboard.press('Control+B');
  await page.keyboard.press('End');
  await insertFootnote(page, 'Decree 7 of 2024.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- National CERT');
  await expectSaved(page);

  dialog = await openVersions(page);
  await dialog
    .getByRole('button', { name: /^Compare the version of .* with the current text$/ })
    .first()
    .click();
  const norm1 = dialog.getByRole('region', { name: /^Norm 1 \(13a\)/ });
  await expect(norm1.locator('ins strong')).toHaveText('strategy');
  await expect(norm1.locator('ins sup')).toHaveText('1');
  await expect(norm1.locator('.diff-bullet')).toContainText('• ');
  await expect(norm1.locator('.diff-bullet ins')).toContainText('National CERT');
  await expect(norm1).toContainText('Words reformatted: 1');
  await expect(norm1.locator('.diff-notes')).toContainText('Footnotes changed');
  await expect(norm1.locator('.diff-notes li')).toHaveText(/^1\[added: Decree 7 of 2024\. \]$/);
  await screenshot(page, 'versions-compare-formatting');
});
