// The overview's capacity needs table: needs and assistance written in the norms of a survey
// draft appear in one table, an internal one marked as such, and a row opens its norm.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './helpers/guards';
import { createDraft, expectSaved, openSection, screenshot } from './helpers/drafts';

test('gathers the capacity needs of the norms into one table on the overview', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await createDraft(page, { template: 'National survey of implementation', submitter: 'Republic of Examplia' });
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Capacity needs' })).toBeVisible();
  await expect(main.getByText('No section has capacity needs or assistance yet.')).toBeVisible();

  await openSection(page, /Norm 3 \(13c\)/);
  let answers = main.getByRole('region', { name: 'Structured answers' });
  await answers.getByLabel('Capacity needs').fill('Training for incident responders');
  await answers.getByRole('checkbox', { name: 'Sought' }).check();

  await openSection(page, /Norm 11 \(13k\)/);
  answers = main.getByRole('region', { name: 'Structured answers' });
  await answers.getByLabel('Capacity needs').fill('A forensic laboratory');
  const needItem = answers.getByRole('listitem').filter({ has: page.getByLabel('Capacity needs') });
  await needItem.getByLabel('Internal: never in the public export').check();
  await expectSaved(page);

  await openSection(page, 'Overview');
  const table = main.getByRole('table', { name: 'Capacity needs' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(/Norm 3 \(13c\).*Training for incident responders.*Sought/);
  await expect(rows.nth(2)).toContainText(/Norm 11 \(13k\).*Internal.*A forensic laboratory/);
  await table.scrollIntoViewIfNeeded();
  await screenshot(page, 'capacity-needs-table');
  const axe = await new AxeBuilder({ page })
    .include('.capacity-scroll')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await rows.nth(1).getByRole('button').click();
  await expect(main.getByRole('region', { name: 'Structured answers' }).getByLabel('Capacity needs')).toHaveValue(
    'Training for incident responders',
  );
});
