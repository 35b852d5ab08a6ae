// The draft header on a laptop screen: the title keeps room to be read and the header stays one
// line, in English and in Arabic, however many actions it holds.
import { expect, test } from './helpers/guards';
import { createDraft, screenshot } from './helpers/drafts';

for (const ui of ['en', 'ar'] as const) {
  test(`at 1024 px the draft's title keeps its room and the header one line, ${ui === 'en' ? 'English' : 'Arabic'} UI`, async ({ page }) => {
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
