// The File button's caret points down, as a menu's does, in Arabic (right to left) as in English.
import { expect, test, type Page } from './helpers/guards';
import { createDraft, screenshot } from './helpers/drafts';

/**
 * Where the caret's tip points, as a unit vector on screen: the tip is the box corner where its two
 * drawn borders meet, turned by the caret's rotation about its centre ([0, 1] is straight down).
 */
async function caretTip(page: Page): Promise<[number, number]> {
  return page.locator('.file-menu-caret').evaluate((element) => {
    const style = getComputedStyle(element);
    const x = parseFloat(style.borderRightWidth) > 0 ? 1 : parseFloat(style.borderLeftWidth) > 0 ? -1 : 0;
    const y = parseFloat(style.borderBottomWidth) > 0 ? 1 : parseFloat(style.borderTopWidth) > 0 ? -1 : 0;
    const { a, b, c, d } = new DOMMatrix(style.transform);
    const tip = [a * x + c * y, b * x + d * y];
    const length = Math.hypot(tip[0]!, tip[1]!);
    return [Math.round((tip[0]! / length) * 100) / 100, Math.round((tip[1]! / length) * 100) / 100] as [number, number];
  });
}

test('the File menu’s caret points down in Arabic as in English', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  expect(await caretTip(page)).toEqual([0, 1]);
  await page.getByRole('banner').getByRole('combobox', { name: 'Language of the application' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await caretTip(page)).toEqual([0, 1]);
  await screenshot(page, 'file-menu-arabic');
});
