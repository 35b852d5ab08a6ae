// The section editor as a user meets it: Word's shortcuts and a toolbar with the same actions,
// lettered lists, the link dialog refusing unsafe addresses, suggested sub-headings, and footnote
// text reached from the reference and left with Escape. Checked in what IndexedDB stores.
import { expect, test, type Page } from './helpers/guards';
import { createDraft, expectSaved, openSection, storedSections } from './helpers/drafts';

const NORM_1 = /Norm 1 \(13a\)/;

function body(page: Page) {
  // The body editor is named by the section heading; other text boxes (footnotes, the link
  // dialog) have names of their own.
  return page.getByRole('main').locator('[contenteditable="true"][aria-labelledby]');
}

/** The body's text as painted: a reference's number is shown by the style sheet, not held as text. */
function paintedText(page: Page): Promise<string> {
  return body(page).evaluate((root) => {
    let text = '';
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text) text += node.data;
      else if (node instanceof HTMLElement && node.matches('button[data-number]'))
        text += getComputedStyle(node, '::before').content.replace(/^"(.*)"$/, '$1');
    }
    return text;
  });
}

function toolbar(page: Page) {
  return page.getByRole('toolbar', { name: 'Formatting' });
}

async function storedNorm1(page: Page, draftId: string): Promise<string> {
  await expectSaved(page);
  return JSON.stringify((await storedSections(page, draftId)).find((s) => s.norm === 'a')?.content);
}

test('formats with shortcuts and the toolbar, and stores headings, bold and lettered lists', async ({ page }) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, NORM_1);

  await body(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Cooperation ');
  await page.keyboard.press('Control+B');
  await expect(toolbar(page).getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('among States');
  await page.keyboard.press('Control+B');
  await page.keyboard.type(' takes three forms:');

  await page.keyboard.press('Enter');
  await page.keyboard.type('information exchange;');
  await toolbar(page).getByRole('button', { name: 'Lettered list (a, b, c)' }).click();
  await expect(toolbar(page).getByRole('button', { name: 'Lettered list (a, b, c)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Enter');
  await page.keyboard.type('joint exercises.');
  await expect(body(page).locator('ol[data-list-style="lower-alpha"] > li')).toHaveText([
    'information exchange;',
    'joint exercises.',
  ]);

  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // an empty item ends the list, as in Word
  await page.keyboard.type('Next steps');
  await toolbar(page).getByRole('button', { name: 'Heading', exact: true }).click();
  await expect(body(page).getByRole('heading', { name: 'Next steps' })).toBeVisible();

  const json = await storedNorm1(page, draftId);
  expect(json).toContain('"text":"among States","type":"text"');
  expect(json).toMatch(/"format":1,"mode":"normal","style":"","text":"among States"/);
  expect(json).toContain('"listStyle":"lower-alpha"');
  expect(json).toMatch(/"tag":"h2"[^}]*"type":"heading"|"type":"heading"[^}]*"tag":"h2"/);
});

test('the toolbar is one tab stop with arrow-key navigation, and tooltips name the shortcut', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, NORM_1);
  const bold = toolbar(page).getByRole('button', { name: 'Bold' });
  await expect(bold).toHaveAttribute('aria-keyshortcuts', 'Control+B');
  await toolbar(page).getByRole('button', { name: 'Undo' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(bold).toBeFocused();
  await expect(toolbar(page).locator('[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('End');
  const suggest = toolbar(page).getByRole('button', { name: 'Suggest changes' });
  await expect(suggest).toBeFocused();
  await expect(suggest.locator('xpath=following-sibling::*[1]')).toHaveText(
    'Suggest changes (\u2066Ctrl+Shift+E\u2069)',
  );
  await page.keyboard.press('ArrowLeft');
  const footnote = toolbar(page).getByRole('button', { name: 'Insert footnote' });
  await expect(footnote).toBeFocused();
  await expect(footnote.locator('xpath=following-sibling::*[1]')).toHaveText(
    'Insert footnote (\u2066Ctrl+Alt+F\u2069)',
  );
});

test('links: unsafe addresses are refused with a message, safe ones are stored', async ({ page }) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, NORM_1);
  await body(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('See ');
  await expect(body(page)).toContainText('See');

  // With no text selected, the dialog also asks for the text to show.
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: 'Add a link' });
  const address = dialog.getByRole('textbox', { name: 'Web or email address' });
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(document.cookie)');
  await dialog.getByRole('textbox', { name: 'Text to display' }).fill('the strategy');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/This address cannot be used/);
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(body(page).getByRole('link')).toHaveCount(0);

  await address.fill('www.examplia.example/strategy');
  await address.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(body(page).getByRole('link', { name: 'the strategy' })).toHaveAttribute(
    'href',
    'https://www.examplia.example/strategy',
  );
  const json = await storedNorm1(page, draftId);
  expect(json).toContain('"url":"https://www.examplia.example/strategy"');
  expect(json).not.toContain('javascript');
});

test('a suggested sub-heading goes in as bold run-in text with one click', async ({ page }) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, NORM_1);
  await body(page).click();
  await page
    .getByRole('toolbar', { name: 'Suggested sub-headings' })
    .getByRole('button', { name: 'Regulatory framework' })
    .click();
  await page.keyboard.type('The Cyber Act of 2023 applies.');
  await expect(body(page).locator('strong', { hasText: 'Regulatory framework:' })).toBeVisible();
  const json = await storedNorm1(page, draftId);
  expect(json).toMatch(/"format":1,"mode":"normal","style":"","text":"Regulatory framework: "/);
  expect(json).toMatch(/"format":0,"mode":"normal","style":"","text":"The Cyber Act of 2023 applies\."/);
});

test('a footnote inserted mid-sentence: Escape brings the caret back just after its reference', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, NORM_1);
  await body(page).click();
  await page.keyboard.type(' Second claim.');
  await page.keyboard.press('Home');
  await page.keyboard.type('First claim.');
  await page.keyboard.press('Control+Alt+F');
  await expect(page.getByRole('main').getByRole('textbox', { name: 'Text of footnote 1' })).toBeFocused();
  await page.keyboard.type('Examplia Gazette No. 5.');
  await page.keyboard.press('Escape');
  await expect(body(page)).toBeFocused();
  await page.keyboard.type(' Added.');
  await expect.poll(() => paintedText(page)).toBe('First claim.1 Added. Second claim.');
});

test('footnote text is reached from its reference and left with Escape', async ({ page }) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, NORM_1);
  await body(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('A claim.');
  await toolbar(page).getByRole('button', { name: 'Insert footnote' }).click();
  const note = page.getByRole('main').getByRole('textbox', { name: 'Text of footnote 1' });
  await expect(note).toBeFocused();
  await page.keyboard.type('Examplia Gazette No. 4.');
  await page.keyboard.press('Escape');
  await expect(body(page)).toBeFocused();
  await page.keyboard.type(' Then the body goes on.');
  await expect.poll(() => paintedText(page)).toContain('A claim.1 Then the body goes on.');

  await body(page).getByRole('button', { name: 'Footnote 1' }).click();
  await expect(note).toBeFocused();
  const json = await storedNorm1(page, draftId);
  expect(json).toMatch(/"type":"footnote","version":1,"note":\{"root":.*Examplia Gazette No\. 4\./);
  expect(json).toContain('Then the body goes on.');
});
