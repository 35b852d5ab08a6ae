// The Word round trip of a review from the draft's File menu: "Export for review (Word)…" downloads
// a .docx holding the draft's comments as Word comments, while the normal export holds none; a
// file that cannot be brought back says why in the user's language and changes nothing.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeNormdraft } from '../../shared/format/normdraft';
import { draftUnderReview } from '../fixtures/draft-under-review';
import { expect, test, type Page } from './helpers/guards';
import { screenshot, storedSections, unlabelledControls, fileMenu, seriousViolationIds } from './helpers/drafts';
import { pandocDocx, tempFolder, zipEntries, zipPart } from './helpers/files';

let folder: string;

test.beforeEach(() => {
  folder = tempFolder('review-word');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

const texts = (language: 'en' | 'ar', namespace: 'draft' | 'export') =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'locales', language, `${namespace}.json`), 'utf8')) as {
    reviewBack: { menu: string; heading: string; choose: string; error: Record<string, string> };
  };

/** Opens the draft under review (two reviewers' comments and suggestions) from a .normdraft file. */
async function openDraftUnderReview(page: Page): Promise<void> {
  const file = join(folder, 'Examplia under review.normdraft');
  writeFileSync(file, serializeNormdraft(draftUnderReview()));
  await page.goto('/');
  const opening = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open draft file…' }).first().click();
  await (await opening).setFiles(file);
  // The library has a level-1 heading too: wait for the opened draft's screen.
  await expect(page).toHaveURL(/#\/draft\/reviewed/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('exports for review a .docx with Word comments; the normal export holds none', async ({ page }) => {
  await openDraftUnderReview(page);

  await fileMenu(page, 'Export for review (Word)…');
  const dialog = page.getByRole('dialog', { name: 'Export for review (Word)' });
  await expect(dialog).toContainText('It is not the file to submit');
  expect(await unlabelledControls(page)).toEqual([]);
  await screenshot(page, 'review-word-export-dialog');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export for review', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/ \(for review\)\.docx$/);
  await expect(dialog).toBeHidden();
  const forReview = join(folder, 'for-review.docx');
  await download.saveAs(forReview);
  expect(zipEntries(forReview)).toContain('word/comments.xml');
  expect(zipPart(forReview, 'word/comments.xml')).toContain('Which CERT is meant?');

  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const normal = page.getByRole('dialog', { name: 'Export to Word' });
  const downloadingNormal = page.waitForEvent('download');
  await normal.getByRole('button', { name: 'Export', exact: true }).click();
  const plain = join(folder, 'normal.docx');
  const normalDownload = await downloadingNormal;
  expect(normalDownload.suggestedFilename()).not.toContain('for review');
  await normalDownload.saveAs(plain);
  expect(zipEntries(plain)).not.toContain('word/comments.xml');
  expect(zipPart(plain, 'word/document.xml')).not.toMatch(/<w:(ins|del) /);
});

test('a file that is not a Word document, or one from another draft, is refused in the user’s language and changes nothing', async ({
  page,
}) => {
  test.setTimeout(90_000); // an axe scan takes a few seconds on a busy machine
  await openDraftUnderReview(page);
  const before = await storedSections(page, 'reviewed');
  // What "changes nothing" is checked against: the opened draft as stored.
  expect(before.length).toBeGreaterThan(0);
  const en = texts('en', 'draft').reviewBack;

  const notWord = join(folder, 'notes.docx');
  writeFileSync(notWord, 'Examplia’s notes, not a Word document.');
  await fileMenu(page, en.menu);
  const dialog = page.getByRole('dialog', { name: en.heading });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: en.choose }).click();
  await (await choosing).setFiles(notWord);
  await expect(dialog.getByRole('alert')).toHaveText(`${en.error['damaged']} ${en.error['unchanged']}`);
  await screenshot(page, 'review-word-bring-back-refused');

  // A Word document written elsewhere (by pandoc), not exported from this draft: refused as such.
  const markdown = join(folder, 'other.md');
  writeFileSync(markdown, '# Norm 7\n\nAnother State protects its grid.\n');
  const foreign = join(folder, 'other.docx');
  pandocDocx(markdown, foreign);
  const again = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: en.choose }).click();
  await (await again).setFiles(foreign);
  await expect(dialog.getByRole('alert')).toHaveText(`${en.error['notThisDraft']} ${en.error['unchanged']}`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await storedSections(page, 'reviewed')).toEqual(before);

  // The same refusal in an Arabic interface is in Arabic.
  await page.evaluate(() => localStorage.setItem('drafter.uiLanguage', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const ar = texts('ar', 'draft').reviewBack;
  await fileMenu(page, ar.menu);
  const arabic = page.getByRole('dialog', { name: ar.heading });
  const choosingAr = page.waitForEvent('filechooser');
  await arabic.getByRole('button', { name: ar.choose }).click();
  await (await choosingAr).setFiles(notWord);
  await expect(arabic.getByRole('alert')).toHaveText(`${ar.error['damaged']} ${ar.error['unchanged']}`);
  await screenshot(page, 'review-word-bring-back-refused-ar');
  expect(await unlabelledControls(page)).toEqual([]);
  expect(await seriousViolationIds(page)).toEqual([]);
  // Escape closes the dialog from the keyboard, and nothing was changed.
  await page.keyboard.press('Escape');
  await expect(arabic).toBeHidden();
  expect(await storedSections(page, 'reviewed')).toEqual(before);
});
