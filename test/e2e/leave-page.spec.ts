// Text typed just before the tab is reloaded or closed: the browser does not wait for the
// autosave's IndexedDB write, so leaving also keeps a copy that the next start puts back.
import { expect, test } from './helpers/guards';
import {
  createDraft,
  draftIdFromUrl,
  editor,
  expectSaved,
  openSection,
  storedSections,
  typeInSection,
} from './helpers/drafts';

test('words typed a moment before a reload are in the section afterwards', async ({ page }) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 4 \(13d\)/);
  await typeInSection(page, 'Examplia shares threat information with its neighbours.');
  await expectSaved(page);

  // Reloaded at once: the autosave has not even begun its write.
  await typeInSection(page, ' Its response team answers within one hour.');
  await page.reload();

  await expect(editor(page)).toContainText(
    'Examplia shares threat information with its neighbours. Its response team answers within one hour.',
  );
  expect(draftIdFromUrl(page)).toBe(draftId);
  await expectSaved(page);
  const stored = (await storedSections(page, draftId)).find((section) => section.norm === 'd');
  expect(JSON.stringify(stored?.content)).toContain('Its response team answers within one hour.');
  // Nothing was set aside: the text went back into its own section.
  await expect(page.getByRole('main').getByText(/kept aside|rescued/i)).toHaveCount(0);
});
