// A survey and a Secretary-General views draft, each written in the app with text and structured
// answers, exported to Word (the answers are in the document), saved as a .normdraft file and
// opened again as a new draft that shows the same answers and statuses.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './helpers/guards';
import {
  createDraft,
  draftIdFromUrl,
  expectSaved,
  fileMenu,
  openSection,
  screenshot,
  typeInSection,
} from './helpers/drafts';
import { pandocMarkdown, tempFolder } from './helpers/files';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('survey-round-trip');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

const answers = (page: Page) => page.getByRole('main').getByRole('region', { name: 'Structured answers' });

/** Exports the draft to Word and returns the document as pandoc reads it. */
async function exportedMarkdown(page: Page, name: string): Promise<string> {
  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = join(folder, `${name}.docx`);
  await (await downloading).saveAs(file);
  await expect(dialog).toBeHidden();
  return pandocMarkdown(file);
}

/** Saves the draft as a .normdraft file, opens that file again and returns the new draft's id. */
async function saveAndOpenAgain(page: Page, name: string): Promise<string> {
  const originalId = draftIdFromUrl(page);
  const downloading = page.waitForEvent('download');
  await fileMenu(page, 'Save draft file…');
  const file = join(folder, `${name}.normdraft`);
  await (await downloading).saveAs(file);
  const choosing = page.waitForEvent('filechooser');
  await fileMenu(page, 'Open draft file…');
  await (await choosing).setFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'opened as a separate copy' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\(copy\)$/);
  const copyId = draftIdFromUrl(page);
  expect(copyId).not.toBe(originalId);
  return copyId;
}

test('a survey: text, answers and a checklist status survive the Word export and a draft file', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await createDraft(page, { template: 'National survey of implementation', submitter: 'Republic of Examplia' });

  await openSection(page, 'Title block');
  await answers(page).getByLabel('Information current as of').fill('2026-03-15');
  await openSection(page, /Norm 7 \(13g\)/);
  await typeInSection(page, 'Examplia lists its hospitals and water works as critical services.');
  await answers(page).getByLabel('Measures taken: legislation').fill('Critical Services Act of 2024');
  await answers(page).getByRole('group', { name: 'Assistance' }).getByLabel('Sought').check();
  await answers(page).getByLabel('Assistance: details').fill('Training for sector regulators');
  const checklist = answers(page).getByRole('group', { name: 'Practical actions' });
  const first = checklist.getByRole('listitem').first();
  await first.getByRole('combobox', { name: 'Progress on this action' }).selectOption({ label: 'Implemented' });
  await first.getByText('Lead agency, evidence and note').click();
  await first.getByLabel('Lead agency').fill('Examplia Cyber Agency');
  await checklist
    .getByRole('listitem')
    .nth(1)
    .getByRole('combobox', { name: 'Progress on this action' })
    .selectOption({ label: 'In progress' });
  await expect(checklist.getByText('Actions done: 1 of 3')).toBeVisible();
  await expectSaved(page);

  const markdown = await exportedMarkdown(page, 'survey');
  for (const text of [
    'Examplia lists its hospitals and water works as critical services.',
    'Critical Services Act of 2024',
    'Sought',
    'Training for sector regulators',
    'Examplia Cyber Agency',
    'Implemented',
    'In progress',
    '15 March 2026',
  ])
    expect(markdown).toContain(text);

  await saveAndOpenAgain(page, 'survey');
  await openSection(page, 'Title block');
  await expect(answers(page).getByLabel('Information current as of')).toHaveValue('2026-03-15');
  await openSection(page, /Norm 7 \(13g\)/);
  await expect(page.getByRole('main').getByRole('textbox').first()).toContainText('hospitals and water works');
  await expect(answers(page).getByLabel('Measures taken: legislation')).toHaveValue('Critical Services Act of 2024');
  await expect(answers(page).getByRole('group', { name: 'Assistance' }).getByLabel('Sought')).toBeChecked();
  await expect(answers(page).getByRole('group', { name: 'Assistance' }).getByLabel('Offered')).not.toBeChecked();
  const reopened = answers(page).getByRole('group', { name: 'Practical actions' });
  const statuses = reopened.getByRole('combobox', { name: 'Progress on this action' });
  await expect(statuses.nth(0)).toHaveValue('implemented');
  await expect(statuses.nth(1)).toHaveValue('inProgress');
  await expect(statuses.nth(2)).toHaveValue('notStarted');
  await expect(reopened.getByText('Actions done: 1 of 3')).toBeVisible();
  await reopened.getByRole('listitem').first().getByText('Lead agency, evidence and note').click();
  await expect(reopened.getByRole('listitem').first().getByLabel('Lead agency')).toHaveValue('Examplia Cyber Agency');
  await screenshot(page, 'survey-reopened-norm-7');
});

test('views for the Secretary-General: the answers survive the Word export and a draft file', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await createDraft(page, { template: 'Views for the Secretary-General', submitter: 'Republic of Examplia' });

  await openSection(page, 'Title block');
  await answers(page).getByLabel('Date of the national position').fill('2026-04-30');
  await answers(page).getByLabel('Resolution this reply answers').fill('Resolution 80/99 of the General Assembly');
  await openSection(page, /^National efforts/);
  await typeInSection(page, 'Examplia opened a national cyber coordination centre in 2025.');
  const kinds = answers(page).getByRole('group', { name: 'Kinds of national efforts described' });
  await kinds.getByLabel('Institutions').check();
  await kinds.getByLabel('International cooperation').check();
  await expectSaved(page);

  const markdown = await exportedMarkdown(page, 'views');
  for (const text of [
    'Examplia opened a national cyber coordination centre in 2025.',
    'Kinds of national efforts described',
    'Institutions',
    'International cooperation',
    'Resolution 80/99 of the General Assembly',
    '30 April 2026',
  ])
    expect(markdown).toContain(text);
  expect(markdown).not.toContain('Legislation');

  await saveAndOpenAgain(page, 'views');
  await openSection(page, 'Title block');
  await expect(answers(page).getByLabel('Date of the national position')).toHaveValue('2026-04-30');
  await expect(answers(page).getByLabel('Resolution this reply answers')).toHaveValue(
    'Resolution 80/99 of the General Assembly',
  );
  await openSection(page, /^National efforts/);
  await expect(page.getByRole('main').getByRole('textbox').first()).toContainText('national cyber coordination centre');
  const reopened = answers(page).getByRole('group', { name: 'Kinds of national efforts described' });
  await expect(reopened.getByLabel('Institutions')).toBeChecked();
  await expect(reopened.getByLabel('International cooperation')).toBeChecked();
  await expect(reopened.getByLabel('Legislation')).not.toBeChecked();
  await screenshot(page, 'sg-views-reopened-national-efforts');
});
