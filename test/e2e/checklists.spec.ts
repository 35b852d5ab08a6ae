// Structured answers in a survey draft: a checklist item set to "Implemented" moves the norm's
// progress in the coverage view; answers and the internal mark are saved and found after a reload.
import { expect, test } from './helpers/guards';
import {
  createDraft,
  expectSaved,
  openSection,
  screenshot,
  storedSections,
  unlabelledControls,
} from './helpers/drafts';

test('fills a practical action of Norm 7 and sees the coverage view count it', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  const draftId = await createDraft(page, {
    template: 'National survey of implementation',
    submitter: 'Republic of Examplia',
  });
  const main = page.getByRole('main');
  const tile = main.getByRole('button', { name: /Norm 7 \(13g\)/ });
  await expect(tile).toContainText('Actions done: 0/3');

  await openSection(page, /Norm 7 \(13g\)/);
  const answers = main.getByRole('region', { name: 'Structured answers' });
  await answers.getByLabel('Measures taken: legislation').fill('Critical Services Act of 2024');
  const checklist = answers.getByRole('group', { name: 'Practical actions' });
  await expect(checklist.getByText('Actions done: 0 of 3')).toBeVisible();
  const first = checklist.getByRole('listitem').first();
  await expect(first).toContainText('Identify critical infrastructure sectors and their operators.');
  await first.getByRole('combobox', { name: 'Progress on this action' }).selectOption({ label: 'Implemented' });
  await first.getByText('Lead agency, evidence and note').click();
  await first.getByLabel('Lead agency').fill('Examplia Cyber Agency');
  const second = checklist.getByRole('listitem').nth(1);
  await second.getByRole('combobox', { name: 'Progress on this action' }).selectOption({ label: 'In progress' });
  await second.getByLabel('Internal: never in the public export').check();
  await expect(checklist.getByText('Actions done: 1 of 3')).toBeVisible();
  expect(await unlabelledControls(page)).toEqual([]);
  await screenshot(page, 'checklist-norm-7');
  await expectSaved(page);

  await openSection(page, 'Overview');
  await expect(main.getByRole('button', { name: /Norm 7 \(13g\)/ })).toContainText('Actions done: 1/3');
  await expect(main.getByRole('button', { name: /Norm 1 \(13a\)/ })).toContainText('Actions done: 0/3');

  await page.reload();
  await expect(main.getByRole('button', { name: /Norm 7 \(13g\)/ })).toContainText('Actions done: 1/3');
  const g = (await storedSections(page, draftId)).find((section) => section.norm === 'g')!;
  expect(g.fields!.find((field) => field.id === 'measuresLegislation')!.value).toBe('Critical Services Act of 2024');
  const items = g.fields!.find((field) => field.id === 'practicalActions')!.items!;
  expect(items.map(({ status, internal }) => ({ status, internal }))).toEqual([
    { status: 'implemented', internal: false },
    { status: 'inProgress', internal: true },
    { status: 'notStarted', internal: false },
  ]);
});
