// Comments in the editor as a Word user expects them: select words (in the body or in a
// footnote's text), "Comment" or Ctrl+Alt+M, write; reply, resolve, reopen, delete; the words stay
// highlighted while the thread is open, the outline counts open comments, everything survives a
// reload, and the normal Word export holds none of it.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, outline, screenshot, typeInSection } from './helpers/drafts';
import { insertFootnote, pandocMarkdown, tempFolder } from './helpers/files';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('comments');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Selects the first occurrence of `words` inside `box` (one text node), as a drag would. */
async function selectWords(box: Locator, words: string): Promise<void> {
  await box.click();
  await box.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`no "${wanted}"`);
  }, words);
  await expect.poll(() => box.page().evaluate(() => document.getSelection()?.toString())).toBe(words);
}

/** Serious and critical WCAG 2.2 AA problems inside the comments pane and the outline. */
async function paneViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('.comments-pane')
    .include('nav.outline')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

const pane = (page: Page) => page.getByRole('main').getByRole('complementary', { name: 'Comments' });
const threads = (page: Page) => pane(page).getByRole('article');
const norm7 = (page: Page) => outline(page).getByRole('link', { name: /Norm 7 \(13g\)/ });

test('comments on body and footnote words: reply, resolve, reopen, reload, outline counts, export without them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 7 \(13g\)/);
  await typeInSection(page, 'The Grid Security Act protects the electricity network.');
  await insertFootnote(page, 'Grid Security Act 2025, section 4.');
  await expectSaved(page);

  // Nothing selected: the pane says what to do, and nothing is added.
  await editor(page).click();
  await page.keyboard.press('Control+Alt+M');
  await expect(pane(page).getByRole('status')).toHaveText(/Select the words you want to comment on/);

  // Words of the body, with the toolbar button; the first time asks for the reviewer's name.
  await selectWords(editor(page), 'the electricity network');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Comment' }).click();
  await expect(pane(page).getByRole('form', { name: 'New comment' })).toContainText('the electricity network');
  await expect(pane(page).getByRole('textbox', { name: 'Comment', exact: true })).toBeFocused();
  await pane(page).getByRole('textbox', { name: 'Comment', exact: true }).fill('Name the operator as well.');
  // The same name prompt as suggesting mode's; the comment is added once the name is given.
  await pane(page).getByRole('button', { name: 'Comment', exact: true }).click();
  const naming = page.getByRole('dialog', { name: 'Your name for comments and suggestions' });
  await naming.getByRole('button', { name: 'Save' }).click();
  await expect(
    naming.getByText('Enter a name, so that others can see who wrote each comment and suggested each change.'),
  ).toBeVisible();
  await naming.getByLabel('Name').fill('Ilse Varnhold');
  await naming.getByRole('button', { name: 'Save' }).click();
  await expect(naming).toHaveCount(0);
  await expect(editor(page).locator('mark.nd-comment-range')).toHaveText('the electricity network');
  await expect(pane(page).getByText('Commenting as Ilse Varnhold')).toBeVisible();
  await expect(threads(page)).toHaveCount(1);
  await expect(threads(page).first()).toContainText('Name the operator as well.');
  await expect(threads(page).first()).toContainText('Ilse Varnhold');
  // Suggesting mode takes the name given for the comment: it is not asked again.
  const suggest = page.getByRole('toolbar').getByRole('button', { name: /^Suggest changes/ });
  await suggest.click();
  await expect(suggest).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByText('Suggesting as Ilse Varnhold')).toBeVisible();
  await suggest.click();
  await expect(suggest).toHaveAttribute('aria-pressed', 'false');

  // Words of a footnote's text, with Word's shortcut.
  const note = page.getByRole('main').getByRole('textbox', { name: 'Text of footnote 1' });
  await selectWords(note, 'section 4');
  await page.keyboard.press('Control+Alt+M');
  await expect(pane(page).getByRole('textbox', { name: 'Comment', exact: true })).toBeFocused();
  await page.keyboard.type('Check the section number.');
  await page.keyboard.press('Control+Enter');
  await expect(note.locator('mark.nd-comment-range')).toHaveText('section 4');
  await expect(threads(page)).toHaveCount(2);
  await expect(threads(page).nth(1)).toContainText('In a footnote');
  await expect(norm7(page)).toContainText('2 open comments');

  // A reply, by keyboard.
  await threads(page).first().getByRole('button', { name: 'Reply' }).click();
  await expect(threads(page).first().getByRole('textbox', { name: 'Reply to Ilse Varnhold' })).toBeFocused();
  await page.keyboard.type('The operator is GridCo.');
  await page.keyboard.press('Control+Enter');
  await expect(threads(page).first().getByRole('listitem')).toContainText('The operator is GridCo.');

  // Resolve: collapsed, the words no longer highlighted, one open comment in the outline.
  await threads(page).nth(1).getByRole('button', { name: 'Resolve' }).click();
  await expect(threads(page).nth(1)).toContainText('Resolved by Ilse Varnhold');
  await expect(threads(page).nth(1).getByRole('button', { name: 'Reopen' })).toBeFocused();
  await expect(threads(page).nth(1).getByText('Check the section number.')).toBeHidden();
  await expect(note.locator('mark.nd-comment-range')).toHaveClass(/nd-comment-range--resolved/);
  await expect(norm7(page)).toContainText('1 open comment');
  await screenshot(page, 'comments-pane-1366');
  expect(await paneViolations(page)).toEqual([]);

  // Clicking a thread's words in the pane selects them in the text.
  await threads(page)
    .first()
    .getByRole('button', { name: /^Go to the words/ })
    .click();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('the electricity network');

  // Reopen, then reload: everything is still there.
  await threads(page).nth(1).getByRole('button', { name: 'Reopen' }).click();
  await expect(note.locator('mark.nd-comment-range')).not.toHaveClass(/resolved/);
  await expect(norm7(page)).toContainText('2 open comments');
  await expectSaved(page);
  await page.reload();
  await expect(threads(page)).toHaveCount(2);
  await expect(editor(page).locator('mark.nd-comment-range')).toHaveText('the electricity network');
  await expect(threads(page).first()).toContainText('The operator is GridCo.');
  await expect(threads(page).nth(1)).toContainText('Check the section number.');
  // The footnote's text, not opened yet, shows its commented words too.
  await expect(note.locator('mark.nd-comment-range')).toHaveText('section 4');
  await expect(norm7(page)).toContainText('2 open comments');

  // At 1024 × 700 the pane is below the text.
  await page.setViewportSize({ width: 1024, height: 700 });
  const text = await editor(page).boundingBox();
  const aside = await pane(page).boundingBox();
  expect(aside!.y).toBeGreaterThan(text!.y + text!.height - 1);
  await pane(page).scrollIntoViewIfNeeded();
  await screenshot(page, 'comments-pane-1024');

  // The normal export holds neither the comments nor their authors.
  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = join(folder, 'export.docx');
  await (await downloading).saveAs(file);
  const parts = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
  expect(parts).toContain('word/document.xml');
  expect(parts.filter((part) => /comment/i.test(part))).toEqual([]);
  const markdown = pandocMarkdown(file);
  expect(markdown).toContain('The Grid Security Act protects the electricity network.');
  expect(markdown).not.toContain('Name the operator');
  expect(markdown).not.toContain('Ilse Varnhold');
});

test('deleting a thread keeps the words; undo takes the highlight off and the thread waits as “words removed”', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('norms-drafter:reviewer-name', 'Tomasz Orlind'));
  await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 8 \(13h\)/);
  await typeInSection(page, 'Requests are answered within 24 hours.');
  await selectWords(editor(page), 'within 24 hours');
  await page.keyboard.press('Control+Alt+M');
  await page.keyboard.type('Is this realistic?');
  await page.keyboard.press('Control+Enter');
  await expect(editor(page).locator('mark.nd-comment-range')).toHaveText('within 24 hours');
  await expect(editor(page)).toBeFocused();

  // Undo: the words are plain again, the thread is kept as "words removed"; redo brings it back.
  await page.keyboard.press('Control+Z');
  await expect(editor(page).locator('mark')).toHaveCount(0);
  await expect(threads(page).first()).toContainText('Words removed');
  await expect(outline(page).getByRole('link', { name: /Norm 8 \(13h\)/ })).not.toContainText('open comment');
  await page.keyboard.press('Control+Y');
  await expect(editor(page).locator('mark.nd-comment-range')).toHaveText('within 24 hours');
  await expect(
    threads(page)
      .first()
      .getByRole('button', { name: /^Go to the words/ }),
  ).toBeVisible();

  // The reviewer's name is changed in the pane; later replies carry the new one.
  await pane(page).getByRole('button', { name: 'Change name' }).click();
  const naming = page.getByRole('dialog', { name: 'Your name for comments and suggestions' });
  await expect(naming.getByLabel('Name')).toHaveValue('Tomasz Orlind');
  await naming.getByLabel('Name').fill('T. Orlind');
  await naming.getByRole('button', { name: 'Save' }).click();
  await expect(pane(page).getByText('Commenting as T. Orlind')).toBeVisible();
  await threads(page).first().getByRole('button', { name: 'Reply' }).click();
  await threads(page).first().getByRole('textbox', { name: 'Reply to Tomasz Orlind' }).fill('Yes, by law.');
  await threads(page).first().getByRole('button', { name: 'Reply', exact: true }).click();
  await expect(threads(page).first().getByRole('listitem')).toContainText('T. Orlind');

  await threads(page).first().getByRole('button', { name: 'Delete the comment by Tomasz Orlind' }).click();
  await expect(pane(page).getByRole('status')).toHaveText('Comment deleted.');
  await expect(editor(page).locator('mark')).toHaveCount(0);
  await expect(editor(page)).toHaveText('Requests are answered within 24 hours.');
  await expect(threads(page)).toHaveCount(0);
  await expectSaved(page);
  await page.reload();
  await expect(editor(page)).toHaveText('Requests are answered within 24 hours.');
  await expect(editor(page).locator('mark')).toHaveCount(0);
});

test('the comments pane in Arabic: labels, dates and layout from the right', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('norms-drafter:reviewer-name', 'Ilse Varnhold'));
  await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 7 \(13g\)/);
  await typeInSection(page, 'The Grid Security Act protects the electricity network.');
  await selectWords(editor(page), 'electricity network');
  await page.keyboard.press('Control+Alt+M');
  await page.keyboard.type('Name the operator.');
  await page.keyboard.press('Control+Enter');
  await expect(threads(page)).toHaveCount(1);
  await page.getByRole('banner').getByRole('combobox', { name: 'Language of the application' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  const arabicPane = page.getByRole('main').getByRole('complementary', { name: 'التعليقات' });
  await expect(arabicPane.getByText('تعلّق باسم Ilse Varnhold')).toBeVisible();
  await expect(arabicPane.getByRole('button', { name: 'حلّ' })).toBeVisible();
  await expect(page.locator('nav.outline')).toContainText('تعليق مفتوح واحد');
  await screenshot(page, 'comments-pane-arabic');
  expect(await paneViolations(page)).toEqual([]);
});
