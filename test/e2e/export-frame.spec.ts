// "Write as" in the Export dialog: a survey draft written as a national non-paper holds the norm g
// answer, the same text, under Norm 7; the draft itself keeps its survey sections.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './helpers/guards';
import {
  createDraft,
  expectSaved,
  openSection,
  screenshot,
  storedSections,
  typeInSection,
  unlabelledControls,
} from './helpers/drafts';
import { pandocMarkdown, tempFolder } from './helpers/files';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('export-frame');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

const NARRATIVE = 'Examplia names its hospitals and power grid as critical infrastructure.';

test('writes a survey as a national non-paper, the same norm text, the draft unchanged', async ({ page }) => {
  await page.goto('/');
  const draftId = await createDraft(page, {
    template: 'National survey of implementation',
    submitter: 'Republic of Examplia',
  });
  await openSection(page, /Norm 7 \(13g\)/);
  await typeInSection(page, NARRATIVE);
  await expectSaved(page);
  const before = await storedSections(page, draftId);

  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  const writeAs = dialog.getByRole('group', { name: 'Write as' });
  await expect(
    writeAs.getByRole('radio', { name: "National survey of implementation (this draft's template)" }),
  ).toBeChecked();
  await writeAs.getByRole('radio', { name: 'National non-paper' }).check();
  expect(await unlabelledControls(page)).toEqual([]);
  await screenshot(page, 'export-write-as');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = join(folder, 'non-paper.docx');
  await (await downloading).saveAs(file);
  await expect(dialog).toBeHidden();

  const markdown = pandocMarkdown(file);
  // Under Norm 7's heading, before the next norm's.
  const norm7 = markdown.indexOf('Norm 7 (UNGGE 2015 report, paragraph 13g)');
  const text = markdown.indexOf(NARRATIVE);
  expect(norm7).toBeGreaterThan(-1);
  expect(text).toBeGreaterThan(norm7);
  expect(markdown.slice(norm7, text)).not.toContain('Norm 8');
  // The stored draft is still the survey, section for section.
  expect(await storedSections(page, draftId)).toEqual(before);
});
