import { expect, test } from './helpers/guards';

test('the first screen names the app and tells a newcomer how to start', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('Norms Drafter');
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByText('No drafts yet')).toBeVisible();
  await expect(page.getByRole('button', { name: /new draft/i })).toBeVisible();
});

test('the built page carries a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toContain("connect-src 'self'");
});
