// Suggesting mode as a Word user knows Track Changes: typed words underlined and deleted words
// struck through in the reviewer's colour, kept across a reload, accepted one at a time or
// rejected for the whole section; a normal Export to Word holds none of it.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './helpers/guards';
import {
  createDraft,
  editor,
  expectSaved,
  openSection,
  screenshot,
  storedSections,
  storedSuggesting,
} from './helpers/drafts';
import { tempFolder, zipPart } from './helpers/files';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('suggesting');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Keeps a read-write transaction on the drafts store open until the page goes: writes to it wait. */
const holdDraftsStore = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('norms-drafter');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const store = request.result.transaction('drafts', 'readwrite').objectStore('drafts');
          const spin = () => (store.count().onsuccess = spin);
          spin();
          resolve();
        };
      }),
  );

const suggestButton = (page: Page) => page.getByRole('toolbar').getByRole('button', { name: /^Suggest changes/ });
const inserted = (page: Page) => editor(page).locator('ins.nd-suggestion-insert');
const deleted = (page: Page) => editor(page).locator('del.nd-suggestion-delete');

/**
 * Selects a word of the section body, as a double-click would, and returns once the editor has
 * seen the selection (a key pressed in the same moment would otherwise race its selectionchange).
 */
async function selectWord(page: Page, word: string, caretBefore = false): Promise<void> {
  await editor(page).evaluate(
    async (root, [wanted, collapsed]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const seen = new Promise((resolve) => document.addEventListener('selectionchange', resolve, { once: true }));
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, collapsed ? at : at + wanted.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        await seen;
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return;
      }
      throw new Error(`"${wanted}" is not in the section`);
    },
    [word, caretBefore] as const,
  );
}

/** Puts the caret just before a word of the section body, as a click there would. */
const caretBefore = (page: Page, word: string) => selectWord(page, word, true);

/** Writes the first text of Norm 7's section, waits until it is saved, then turns suggesting on (the reviewer's name already known). */
async function writeThenSuggest(page: Page, text: string, input: 'type' | 'insertText' = 'type'): Promise<void> {
  await openSection(page, /Norm 7 \(13g\)/);
  await editor(page).click();
  await (input === 'type' ? page.keyboard.type(text) : page.keyboard.insertText(text));
  await expectSaved(page);
  await suggestButton(page).click();
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'true');
}

test('suggests, keeps, accepts and rejects changes, and exports none of them', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 7 \(13g\)/);
  await editor(page).click();
  await page.keyboard.type('Examplia protects its old grid.');
  await expectSaved(page);

  // Turned on from the toolbar: the name is asked once.
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'false');
  await suggestButton(page).click();
  const naming = page.getByRole('dialog', { name: 'Your name for comments and suggestions' });
  await naming.getByRole('button', { name: 'Save' }).click();
  await expect(
    naming.getByText('Enter a name, so that others can see who wrote each comment and suggested each change.'),
  ).toBeVisible();
  await naming.getByLabel('Name').fill('Ilse Varnhold');
  await naming.getByRole('button', { name: 'Save' }).click();
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'true');
  // Word's shortcut turns it off and on again, without asking the name again.
  await editor(page).click();
  await page.keyboard.press('Control+Shift+E');
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+Shift+E');
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'true');

  // Type before the full stop, then select "old" and delete it, then the space before it.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' and water');
  await selectWord(page, 'old');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(inserted(page)).toHaveText(' and water');
  await expect(deleted(page)).toHaveText(' old');
  await expect(editor(page)).toHaveText('Examplia protects its old grid and water.');
  await expect(inserted(page)).toHaveAttribute('title', /^Inserted by Ilse Varnhold, /);
  await expect(deleted(page)).toHaveAttribute('title', /^Deleted by Ilse Varnhold, /);
  const colour = await inserted(page).getAttribute('class');
  expect(colour).toMatch(/nd-author-\d/);
  expect(await deleted(page).getAttribute('class')).toContain(/nd-author-\d/.exec(colour!)![0]);
  await expect(page.getByText('Suggesting as Ilse Varnhold')).toBeVisible();
  await expectSaved(page);
  await screenshot(page, 'suggesting-1366');
  await page.setViewportSize({ width: 1024, height: 700 });
  await screenshot(page, 'suggesting-1024');

  // Kept across a reload, with their author and colour, and the mode stays on.
  const authorColour = /nd-author-\d/.exec(colour!)![0];
  await page.reload();
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(inserted(page)).toHaveText(' and water');
  await expect(deleted(page)).toHaveText(' old');
  await expect(inserted(page)).toHaveClass(new RegExp(authorColour));
  await expect(deleted(page)).toHaveAttribute('title', /^Deleted by Ilse Varnhold, /);

  // Accept the deletion from its card.
  await deleted(page).click();
  const card = page.getByRole('dialog', { name: 'Suggested deletion' });
  await expect(card).toContainText('Ilse Varnhold');
  await screenshot(page, 'suggestion-card');
  await card.getByRole('button', { name: 'Accept' }).click();
  await expect(deleted(page)).toHaveCount(0);
  await expect(editor(page)).toHaveText('Examplia protects its grid and water.');

  // Reject the rest of the section from the bar.
  await page.getByRole('button', { name: 'Reject all in section' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Suggestions rejected.' })).toBeVisible();
  await expect(inserted(page)).toHaveCount(0);
  await expect(editor(page)).toHaveText('Examplia protects its grid.');
  const norm = (await storedSections(page, draftId)).find((section) => section.norm === 'g')!;
  expect(JSON.stringify(norm.content)).not.toContain('suggestion');
  const words = JSON.stringify(norm.content)
    .match(/"text":"[^"]*"/g)!
    .map((text) => JSON.parse(`{${text}}`).text);
  expect(words.join('')).toBe('Examplia protects its grid.');

  // A pending suggestion stays out of a normal export, as do the reviewer's name and any mark.
  await editor(page).click();
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Pending words');
  await expect(inserted(page)).toHaveText(' Pending words');
  await expectSaved(page);
  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Word' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = join(folder, 'normal.docx');
  await (await downloading).saveAs(file);
  const body = zipPart(file, 'word/document.xml');
  expect(body).toContain('Examplia protects its grid.');
  expect(body).not.toContain('Pending words');
  expect(body).not.toMatch(/<w:(ins|del)\b/);
  for (const part of ['word/document.xml', 'docProps/core.xml', 'docProps/app.xml'])
    expect(zipPart(file, part)).not.toContain('Ilse Varnhold');
});

test('suggests in an Arabic draft with an Arabic interface, right to left', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('norms-drafter:reviewer-name', 'إلزه فارنهولد'));
  await createDraft(page, { template: 'Norms only', submitter: 'جمهورية إكزامبليا', language: 'ar' });
  await openSection(page, /Norm 7 \(13g\)/);
  await editor(page).click();
  await page.keyboard.type('تحمي الدولة شبكة الكهرباء.');
  await page.getByRole('banner').getByRole('combobox', { name: 'Language of the application' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page
    .getByRole('toolbar')
    .getByRole('button', { name: /^اقتراح تغييرات/ })
    .click();
  await editor(page).click();
  await page.keyboard.press('Control+End');
  // Right to left: the arrow pointing right goes back, before the full stop.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(' والمياه');
  await expect(inserted(page)).toHaveText(' والمياه');
  await expect(inserted(page)).toHaveAttribute('title', /^أدرجه إلزه فارنهولد، /);
  await expect(page.getByRole('button', { name: 'رفض الكل في القسم' })).toBeVisible();
  await inserted(page).click();
  const card = page.getByRole('dialog', { name: 'إدراج مقترح' });
  await expect(card).toContainText('إلزه فارنهولد');
  // The card starts at the words' right-hand edge and stays inside the window.
  const box = (await card.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1024);
  await screenshot(page, 'suggesting-arabic');
  await card.getByRole('button', { name: 'قبول' }).click();
  await expect(inserted(page)).toHaveCount(0);
  await expect(editor(page)).toHaveText('تحمي الدولة شبكة الكهرباء والمياه.');
});

test('text typed with an input method (Chinese) is recorded as a suggestion once composed', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, { template: 'National non-paper', submitter: '示例共和国', language: 'zh' });
  await openSection(page, /Norm 7 \(13g\)/);
  await editor(page).click();
  await page.keyboard.insertText('网络安全法。');
  await expectSaved(page);
  await suggestButton(page).click();
  const naming = page.getByRole('dialog', { name: 'Your name for comments and suggestions' });
  await naming.getByLabel('Name').fill('Ilse Varnhold');
  await naming.getByRole('button', { name: 'Save' }).click();
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'true');

  // Before the full stop, composed as a pinyin input method does: a composition, then its commit.
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'xiu', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.imeSetComposition', { text: '修订', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '修订' });
  await expect(inserted(page)).toHaveText('修订');
  await expect(editor(page)).toHaveText('网络安全法修订。');
  await expect(inserted(page)).toHaveAttribute('title', /^Inserted by Ilse Varnhold, /);
  await expectSaved(page);
  await page.reload();
  await expect(inserted(page)).toHaveText('修订');
});

test('composing with an input method over selected words marks them deleted and the composed text inserted', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('norms-drafter:reviewer-name', 'Ilse Varnhold'));
  await createDraft(page, { template: 'National non-paper', submitter: '示例共和国', language: 'zh' });
  await writeThenSuggest(page, '网络安全法。', 'insertText');

  // "安全" selected, then "防御" composed over it as a pinyin input method does.
  await editor(page).click();
  await selectWord(page, '安全');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'fang', selectionStart: 4, selectionEnd: 4 });
  await cdp.send('Input.imeSetComposition', { text: '防御', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '防御' });
  await expect(deleted(page)).toHaveText('安全');
  await expect(inserted(page)).toHaveText('防御');
  await expect(editor(page)).toHaveText('网络安全防御法。');
  await expect(deleted(page)).toHaveAttribute('title', /^Deleted by Ilse Varnhold, /);
  await expectSaved(page);

  // Rejecting the section gives back the words as they were.
  await page.getByRole('button', { name: 'Reject all in section' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Suggestions rejected.' })).toBeVisible();
  await expect(editor(page)).toHaveText('网络安全法。');
});

test('a draft left in suggesting mode opens in it again: typing after a reload is a suggestion', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('norms-drafter:reviewer-name', 'Ilse Varnhold'));
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await writeThenSuggest(page, 'Examplia protects its grid.');
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Before.');
  await expect(inserted(page)).toHaveText(' Before.');
  await expectSaved(page);
  await expect.poll(() => storedSuggesting(page, draftId)).toBe(true);

  await page.reload();
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Suggesting as Ilse Varnhold')).toBeVisible();
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' After.');
  await expect(inserted(page)).toHaveText([' Before. After.']);
  await expect(inserted(page).last()).toHaveAttribute('title', /^Inserted by Ilse Varnhold, /);
  await expectSaved(page);
  const norm = (await storedSections(page, draftId)).find((section) => section.norm === 'g')!;
  expect(JSON.stringify(norm.content)).toContain('After.');

  // Turned off, it stays off after the next reload: typing is plain text again. The window goes
  // before the review's write can land (another connection holds the drafts store, as a slow disk
  // would): the toggle is noted synchronously first, so the draft still opens as the user left
  // it, and the review then holds it.
  await holdDraftsStore(page);
  await page.keyboard.press('Control+Shift+E');
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  await expect(editor(page)).toContainText('Examplia protects its grid. Before. After.');
  await expect(suggestButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => storedSuggesting(page, draftId)).toBe(false);
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Plain.');
  await expect(inserted(page)).toHaveText([' Before. After.']);
});

test('a paragraph break typed while suggesting is shown, and rejecting it joins the paragraphs again', async ({
  page,
}) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('norms-drafter:reviewer-name', 'Ilse Varnhold'));
  const draftId = await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  await writeThenSuggest(page, 'The CERT reports. It acts.');

  // Enter before "It acts.": two paragraphs, the first ending with the suggested break's pilcrow.
  await editor(page).click();
  await caretBefore(page, 'It');
  await page.keyboard.press('Enter');
  const paragraphs = editor(page).locator('p');
  await expect(paragraphs).toHaveText(['The CERT reports. ', 'It acts.']);
  const pilcrow = editor(page).locator('[data-break-suggestion]');
  await expect(pilcrow).toHaveCount(1);
  await expect(pilcrow).toHaveAttribute('data-break-label', /^Paragraph break inserted by Ilse Varnhold, /);
  expect(await pilcrow.evaluate((element) => getComputedStyle(element, '::after').content)).toContain('¶');
  // The section now has a suggestion to decide: the bar offers to.
  await expect(page.getByRole('button', { name: 'Reject all in section' })).toBeVisible();
  await expectSaved(page);
  await screenshot(page, 'suggested-paragraph-break');

  // Kept across a reload, then rejected from its card (Shift+F10 with the caret in the paragraph).
  await page.reload();
  await expect(editor(page).locator('[data-break-suggestion]')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Reject all in section' })).toBeVisible();
  await editor(page).locator('p').first().click();
  await page.keyboard.press('Shift+F10');
  const card = page.getByRole('dialog', { name: 'Suggested new paragraph' });
  await expect(card).toContainText('Ilse Varnhold');
  await card.getByRole('button', { name: 'Reject' }).click();
  await expect(editor(page).locator('p')).toHaveText(['The CERT reports. It acts.']);
  await expect(editor(page).locator('[data-break-suggestion]')).toHaveCount(0);
  await expectSaved(page);
  const norm = (await storedSections(page, draftId)).find((section) => section.norm === 'g')!;
  expect(JSON.stringify(norm.content)).not.toContain('review:');
});
