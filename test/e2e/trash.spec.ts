// The trash: deleting moves a draft there; it comes back with Restore; it is deleted for good only
// after a confirmation naming it; drafts older than 30 days are reported, never removed silently.
import { expect, test } from './helpers/guards';
import { createDraft, draftIdFromUrl, expectSaved, openSection, screenshot, typeInSection } from './helpers/drafts';
import { backdateTrash, storedDraftIds } from './helpers/safety';

async function newDraft(page: Parameters<typeof createDraft>[0], submitter: string): Promise<string> {
  const id = await createDraft(page, { template: 'Norms only', submitter });
  await page.getByRole('link', { name: 'Library' }).click();
  return id;
}

test('a deleted draft is listed in the trash, restored with its text, and deleted for good after a confirmation', async ({
  page,
}) => {
  await page.goto('/');
  const kept = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 3 \(13c\)/);
  await typeInSection(page, 'Our territory is not used for wrongful acts.');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Library' }).click();
  const other = await newDraft(page, 'Examplia Digital Rights Forum');

  const cards = page.getByRole('main').getByRole('listitem');
  await cards
    .first()
    .getByRole('button', { name: /^Delete “/ })
    .click();
  await expect(cards).toHaveCount(1);
  await cards
    .first()
    .getByRole('button', { name: /^Delete “/ })
    .click();
  await expect(page.getByText('No drafts yet')).toBeVisible();
  await page.getByRole('link', { name: 'Trash', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trash' })).toBeVisible();
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText('Deleted');
  await screenshot(page, 'trash');

  // Restore: back in the library, with its text.
  await items
    .filter({ hasText: 'Republic of Examplia' })
    .getByRole('button', { name: /^Restore “/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: 'is back in your drafts' })).toBeVisible();
  await expect(items).toHaveCount(1);
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(cards).toHaveCount(1);
  await cards.getByRole('link').first().click();
  await openSection(page, /Norm 3 \(13c\)/);
  await expect(page.getByRole('main').getByRole('textbox').first()).toHaveText(
    'Our territory is not used for wrongful acts.',
  );
  expect(draftIdFromUrl(page)).toBe(kept);

  // Delete for good: Cancel changes nothing; confirming removes it from storage.
  await page.goto('/#/trash');
  await items
    .first()
    .getByRole('button', { name: /^Delete “.*” for good$/ })
    .click();
  const confirm = page.getByRole('dialog', { name: /^Delete “.*” for good\?$/ });
  await expect(confirm).toContainText('This cannot be undone');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(items).toHaveCount(1);
  expect(await storedDraftIds(page)).toEqual([kept, other].sort());
  await items
    .first()
    .getByRole('button', { name: /^Delete “.*” for good$/ })
    .click();
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  expect(await storedDraftIds(page)).toEqual([kept]);
  await page.reload();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
});

test('drafts in the trash for more than 30 days are reported and deleted only when the user confirms', async ({
  page,
}) => {
  await page.goto('/');
  const old = await newDraft(page, 'Republic of Examplia');
  const recent = await newDraft(page, 'Examplia Digital Rights Forum');
  for (const id of [old, recent]) {
    await page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.locator(`a[href$="${id}"]`) })
      .getByRole('button', { name: /^Delete “/ })
      .click();
  }
  await backdateTrash(page, old, 31);
  await backdateTrash(page, recent, 5);

  // The notice appears, and reloading (or waiting) deletes nothing.
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'They are only deleted if you confirm.' });
  await expect(notice).toContainText('They are only deleted if you confirm.');
  await page.reload();
  await expect(notice).toBeVisible();
  expect(await storedDraftIds(page)).toEqual([old, recent].sort());

  await notice.getByRole('button', { name: 'Delete them for good…' }).click();
  const confirm = page.getByRole('dialog', { name: /more than 30 days/ });
  await expect(confirm.getByRole('listitem')).toHaveCount(1);
  await confirm.getByRole('button', { name: 'Delete for good' }).click();
  await expect(notice).toBeHidden();
  expect(await storedDraftIds(page)).toEqual([recent]);

  // Emptying the trash asks too, and lists what goes.
  await page.getByRole('link', { name: 'Trash', exact: true }).click();
  await page.getByRole('button', { name: 'Empty the trash' }).click();
  const emptyAll = page.getByRole('dialog', { name: 'Empty the trash?' });
  await expect(emptyAll.getByRole('listitem')).toHaveCount(1);
  await emptyAll.getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByText('The trash is empty.')).toBeVisible();
  expect(await storedDraftIds(page)).toEqual([]);
});
