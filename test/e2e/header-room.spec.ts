// The draft header on a laptop screen: the title keeps room to be read and the header stays one
// line, in English and in Arabic, however many actions it holds; a long submitter still shows.
import { expect, test } from './helpers/guards';
import { createDraft, screenshot } from './helpers/drafts';

for (const ui of ['en', 'ar'] as const) {
  test(`at 1024 px the draft's title keeps its room and the header one line, ${ui === 'en' ? 'English' : 'Arabic'} UI`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto('/');
    await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
    if (ui === 'ar') {
      await page.getByRole('banner').getByRole('combobox', { name: 'Language of the application' }).selectOption('ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    const banner = page.getByRole('banner');
    const title = banner.getByRole('heading', { level: 1 });
    // Room for about twenty characters of the title, and nothing pushed off the screen.
    expect((await title.boundingBox())!.width).toBeGreaterThanOrEqual(160);
    expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(64);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    // The app's name is still announced where only its mark shows.
    await expect(banner.getByText('Norms Drafter', { exact: true })).toHaveCount(1);
    await screenshot(page, `header-1024-${ui}`);
  });
}

test('in an Arabic interface a long Latin submitter is cut at its end, its beginning kept in view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/');
  await createDraft(page, {
    template: 'National non-paper',
    submitter: 'Permanent Mission of the Republic of Examplia to the United Nations Office at Geneva',
  });
  await page.getByRole('banner').getByRole('combobox', { name: 'Language of the application' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const names = page.getByRole('banner').locator('.draft-names');
  await expect(names).toContainText('Permanent Mission');
  const view = await names.evaluate((element) => {
    const text = element.querySelector('bdi')!.firstChild!;
    const range = document.createRange();
    const box = element.getBoundingClientRect();
    const at = (index: number) => {
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      const r = range.getBoundingClientRect();
      return r.left >= box.left - 0.5 && r.right <= box.right + 0.5;
    };
    return {
      overflows: element.scrollWidth > element.clientWidth,
      firstShown: at(0),
      lastShown: at(text.textContent!.length - 1),
    };
  });
  // The name is too long for the line: its first words show and the ellipsis takes its end.
  expect(view).toEqual({ overflows: true, firstShown: true, lastShown: false });
  await screenshot(page, 'header-1024-ar-long-latin-submitter');
});

test('1024×700: a long submitter still shows in the header beside the title, with the document language', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/');
  await createDraft(page, {
    template: 'National non-paper',
    submitter: 'Ministry of Foreign Affairs of the Republic of Examplia',
  });
  const header = page.getByRole('banner');
  const names = header.locator('.draft-names');
  await expect(names).toHaveAttribute('title', 'Ministry of Foreign Affairs of the Republic of Examplia');
  // Squeezed to an ellipsis it may be; squeezed out of sight it must not be.
  expect((await names.boundingBox())?.width ?? 0).toBeGreaterThan(60);
  const language = header.getByRole('button', { name: 'Document language: English' });
  await expect(language).toBeVisible();
  await expect(language).toHaveText('English', { useInnerText: true });
  await screenshot(page, 'layout-header-long-submitter-1024');
});
