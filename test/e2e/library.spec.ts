// The library: creating drafts from every template, finding them again, and managing them.
import { expect, test } from './helpers/guards';
import { createDraft, expectSaved, openSection, outline, screenshot, typeInSection } from './helpers/drafts';

test.describe('library', () => {
  for (const template of ['National non-paper', 'Stakeholder contribution', 'Norms only'] as const) {
    test(`creates a draft from the ${template} template, with the 11 norms, and lists it`, async ({ page }) => {
      await page.goto('/');
      const submitter = template === 'National non-paper' ? 'Republic of Examplia' : 'Examplia Digital Rights Forum';
      await createDraft(page, { template, submitter, forum: 'Open-ended working group, 2026 session' });
      await expect(page.getByRole('banner')).toContainText(submitter);
      await expect(outline(page).getByRole('link').first()).toHaveText('Overview');
      for (const number of [1, 7, 11])
        await expect(outline(page).getByRole('link', { name: new RegExp(`Norm ${number} \\(13`) })).toHaveCount(1);
      await expect(page.getByRole('list', { name: 'Coverage of the 11 norms' }).getByRole('button')).toHaveCount(11);
      await page.getByRole('link', { name: 'Library' }).click();
      const card = page.getByRole('listitem').filter({ hasText: submitter });
      await expect(card).toContainText(template);
      await expect(card).toContainText('0 of 11 norms written');
      await expect(card).toContainText('English');
    });
  }

  test('finds a draft by a word typed in one of its norm sections', async ({ page }) => {
    await page.goto('/');
    await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
    await openSection(page, /Norm 4 \(13d\)/);
    await typeInSection(page, 'Our mutual legal assistance treaties cover cybercrime.');
    await expectSaved(page);
    await page.getByRole('link', { name: 'Library' }).click();
    await createDraft(page, { template: 'Norms only', submitter: 'Examplia Digital Rights Forum' });
    await page.getByRole('link', { name: 'Library' }).click();
    const cards = page.getByRole('main').getByRole('listitem');
    await expect(cards).toHaveCount(2);
    await expect(cards.filter({ hasText: 'Republic of Examplia' })).toContainText('1 of 11 norms written');

    const search = page.getByRole('searchbox', { name: 'Search drafts' });
    await search.fill('treaties');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText('Republic of Examplia');
    // The start of a word is enough, case does not matter, and submitters are searched too.
    await search.fill('CYBERCRI');
    await expect(cards).toHaveCount(1);
    await search.fill('rights forum');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText('Examplia Digital Rights Forum');
    await search.fill('extradition');
    await expect(page.getByText('No draft matches “extradition”')).toBeVisible();
    await page.getByRole('button', { name: 'Clear the search' }).click();
    await expect(cards).toHaveCount(2);
  });

  test('renames, duplicates, and deletes a draft to the trash with undo', async ({ page }) => {
    await page.goto('/');
    await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
    await page.getByRole('link', { name: 'Library' }).click();
    const cards = page.getByRole('main').getByRole('listitem');

    await page.getByRole('button', { name: /^Rename “/ }).click();
    const rename = page.getByRole('dialog', { name: 'Rename draft' });
    await rename.getByLabel('Title').fill('   ');
    await rename.getByRole('button', { name: 'Save title' }).click();
    await expect(rename.getByText('The title cannot be empty.')).toBeVisible();
    await rename.getByLabel('Title').fill('Examplia norms paper');
    await page.keyboard.press('Enter');
    await expect(rename).toBeHidden();
    await expect(cards.first().getByRole('heading')).toHaveText('Examplia norms paper');

    await page.getByRole('button', { name: 'Duplicate “Examplia norms paper”' }).click();
    await expect(cards).toHaveCount(2);
    await expect(cards.first().getByRole('heading')).toHaveText('Copy of Examplia norms paper');

    await page.getByRole('button', { name: 'Delete “Copy of Examplia norms paper”' }).click();
    await expect(cards).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: 'was moved to the trash' })).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(cards).toHaveCount(2);

    await page.getByRole('button', { name: 'Delete “Copy of Examplia norms paper”' }).click();
    await expect(cards).toHaveCount(1);
    await page.reload();
    await expect(cards).toHaveCount(1);
    await expect(cards.first().getByRole('heading')).toHaveText('Examplia norms paper');
  });

  test('creates a draft with the keyboard alone', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('No drafts yet')).toBeVisible();
    // Tab from the top of the page to the "New draft" button.
    let guard = 0;
    while (!(await page.getByRole('button', { name: 'New draft' }).evaluate((el) => el === document.activeElement))) {
      await page.keyboard.press('Tab');
      if ((guard += 1) > 20) throw new Error('"New draft" is not reachable with Tab');
    }
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'New draft' });
    await expect(dialog).toBeVisible();
    // Focus is inside the dialog, on the template choice; arrows pick "Stakeholder contribution".
    await expect(dialog.getByRole('radio', { name: /^National non-paper/ })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: /^Stakeholder contribution/ })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('Name of the organisation or group')).toBeFocused();
    // Enter with the required name missing: the form says so and keeps focus on the field.
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('Enter the name of the State or organisation submitting the paper.')).toBeVisible();
    await expect(dialog.getByLabel('Name of the organisation or group')).toBeFocused();
    await page.keyboard.type('Examplia Digital Rights Forum');
    // Escape closes the dialog without creating anything; focus returns to the button.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'New draft' })).toBeFocused();
    await expect(page.getByText('No drafts yet')).toBeVisible();

    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Examplia Digital Rights Forum');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Contribution');
    await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeFocused();
    await expect(page.getByRole('banner')).toContainText('Examplia Digital Rights Forum');
  });

  test('screenshots of the library, empty and with drafts', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByText('No drafts yet')).toBeVisible();
    await screenshot(page, 'library-empty');
    await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
    await page.getByRole('link', { name: 'Library' }).click();
    await createDraft(page, { template: 'Stakeholder contribution', submitter: 'Examplia Digital Rights Forum' });
    await page.getByRole('link', { name: 'Library' }).click();
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(2);
    await screenshot(page, 'library');
  });
});
