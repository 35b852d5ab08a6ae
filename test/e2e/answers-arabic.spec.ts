// The structured answers of an Arabic survey in the Arabic interface: labels, choices, checklist
// items and statuses in Arabic, laid out right to left, the date entered as elsewhere in the app.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './helpers/guards';
import { createDraft, expectSaved, screenshot, storedSections, unlabelledControls } from './helpers/drafts';

/** A text of the Arabic locale files, e.g. arabic('draft', 'sectionFields.heading'). */
function arabic(namespace: string, path: string): string {
  let value: unknown = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'locales', 'ar', `${namespace}.json`), 'utf8'),
  );
  for (const key of path.split('.')) value = (value as Record<string, unknown>)[key];
  if (typeof value !== 'string') throw new Error(`No text ar:${namespace}:${path}`);
  return value;
}

const answers = (page: Page) =>
  page.getByRole('main').getByRole('region', { name: arabic('draft', 'sectionFields.heading') });

test('the answers panel of an Arabic survey reads in Arabic, right to left', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  const draftId = await createDraft(page, {
    template: 'National survey of implementation',
    submitter: 'جمهورية إكزامبليا',
    language: 'ar',
  });
  const sections = await storedSections(page, draftId);
  const title = sections.find((section) => section.kind === 'title')!;
  const normG = sections.find((section) => section.norm === 'g')!;
  await page.evaluate(() => localStorage.setItem('drafter.uiLanguage', 'ar'));
  await page.goto(`/#/draft/${draftId}/${title.id}`);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // The date is entered in the browser's date field, as in the draft's details.
  const asOf = answers(page).getByLabel(arabic('templates', 'survey.field.asOf'));
  await expect(asOf).toHaveAttribute('type', 'date');
  await asOf.fill('2026-03-15');
  await expectSaved(page, arabic('draft', 'save.saved'));

  await page.goto(`/#/draft/${draftId}/${normG.id}`);
  const panel = answers(page);
  await expect(panel).toBeVisible();
  await panel
    .getByLabel(arabic('templates', 'survey.field.measuresLegislation'))
    .fill('قانون الخدمات الحيوية لعام 2024');
  const assistance = panel.getByRole('group', { name: arabic('templates', 'survey.field.assistance') });
  await assistance.getByLabel(arabic('templates', 'survey.option.sought')).check();
  await expect(assistance.getByLabel(arabic('templates', 'survey.option.offered'))).not.toBeChecked();

  const checklist = panel.getByRole('group', { name: arabic('templates', 'checklist.practicalActions') });
  const items = checklist.getByRole('listitem');
  await expect(items.first()).toContainText(arabic('templates', 'checklist.g.1'));
  const status = items.first().getByRole('combobox', { name: arabic('draft', 'sectionFields.itemStatus') });
  await expect(status.locator('option')).toHaveText(
    ['notStarted', 'inProgress', 'implemented', 'notApplicable'].map((s) =>
      arabic('templates', `checklist.status.${s}`),
    ),
  );
  await status.selectOption({ label: arabic('templates', 'checklist.status.implemented') });
  const [one, three] = await page.evaluate(() => [1, 3].map((n) => new Intl.NumberFormat('ar').format(n)));
  await expect(checklist).toContainText(
    arabic('draft', 'sectionFields.progress').replace('{{done}}', one!).replace('{{total}}', three!),
  );
  await items.nth(1).getByLabel(arabic('draft', 'sectionFields.internal')).check();
  await items.first().getByText(arabic('draft', 'sectionFields.itemDetails')).click();
  await items
    .first()
    .getByLabel(arabic('templates', 'checklist.column.leadAgency'))
    .fill('الوكالة الوطنية للأمن السيبراني');
  await expectSaved(page, arabic('draft', 'save.saved'));
  expect(await unlabelledControls(page)).toEqual([]);
  await expect(panel).not.toContainText(/[A-Za-z]{3,}/);

  // Right to left: the panel's direction, each action before (to the right of) its status, the
  // internal mark on the item's right-hand (inline-start) edge.
  expect(await panel.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  const action = (await items.first().locator('.checklist-action').boundingBox())!;
  const select = (await status.boundingBox())!;
  expect(action.x).toBeGreaterThan(select.x + select.width);
  const internal = await items.nth(1).evaluate((element) => {
    const style = getComputedStyle(element);
    return { right: style.borderRightWidth, left: style.borderLeftWidth };
  });
  expect(internal).toEqual({ right: '3px', left: '0px' });
  await status.scrollIntoViewIfNeeded();
  await screenshot(page, 'answers-arabic-norm-g');
});

test('answers typed in Arabic run right to left in the English interface, English ones left to right', async ({
  page,
}) => {
  await page.goto('/');
  const draftId = await createDraft(page, {
    template: 'National survey of implementation',
    submitter: 'جمهورية إكزامبليا',
    language: 'ar',
  });
  const normG = (await storedSections(page, draftId)).find((section) => section.norm === 'g')!;
  await page.goto(`/#/draft/${draftId}/${normG.id}`);
  const panel = page.getByRole('main').getByRole('region', { name: 'Structured answers' });
  const legislation = panel.getByLabel('Measures taken: legislation');
  await legislation.fill('قانون الخدمات الحيوية لعام 2024');
  const details = panel.getByLabel('Assistance: details');
  await details.fill('CERT training, 2026');
  const item = panel.getByRole('group', { name: 'Practical actions' }).getByRole('listitem').first();
  await item.getByText('Lead agency, evidence and note').click();
  const agency = item.getByLabel('Lead agency');
  await agency.fill('الوكالة الوطنية للأمن السيبراني');
  const direction = (field: typeof legislation) => field.evaluate((element) => element.matches(':dir(rtl)'));
  expect([await direction(legislation), await direction(details), await direction(agency)]).toEqual([
    true,
    false,
    true,
  ]);
});
