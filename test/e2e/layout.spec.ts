// Room to write: in a long section the whole formatting toolbar stays in reach just below the
// header and covers no line near the caret; on an empty norm the place to type is on the first
// screen, with a placeholder, and the guidance one click away. In English and in Arabic.
import { expect, test, type Page } from './helpers/guards';
import { createDraft, editor, openSection, screenshot } from './helpers/drafts';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
] as const;

/** Names in each UI language (from the locale files the user sees). */
const UI = {
  en: {
    toolbar: 'Formatting',
    bold: 'Bold',
    footnote: 'Insert footnote',
    guidance: 'Guidance: what to cover',
    placeholder: /^Write how your country/,
  },
  ar: {
    toolbar: 'التنسيق',
    bold: 'غامق',
    footnote: 'إدراج حاشية',
    guidance: 'إرشادات: ما ينبغي تناوله',
    placeholder: /^اكتب/,
  },
} as const;
type Ui = keyof typeof UI;

async function toArabicUi(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('combobox', { name: 'Language of the application' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

/** Opens Norm 7 of a new non-paper, in English or with the Arabic UI. */
async function openNorm7(page: Page, ui: Ui): Promise<void> {
  await page.goto('/');
  await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  if (ui === 'ar') await toArabicUi(page);
  await page
    .getByRole('navigation')
    .getByRole('link', { name: ui === 'ar' ? /القاعدة 7/ : /Norm 7 \(13g\)/ })
    .click();
  await expect(editor(page)).toBeVisible();
}

async function writeLongSection(page: Page): Promise<void> {
  await editor(page).click();
  for (let i = 1; i <= 40; i += 1) {
    await page.keyboard.insertText(
      `Paragraph ${i}: the Republic of Examplia reports on the measures its agencies have taken to protect critical infrastructure.`,
    );
    await page.keyboard.press('Enter');
  }
  await page.keyboard.insertText('The last line.');
}

function caretRect(page: Page) {
  return page.evaluate(() => {
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  });
}

async function expectToolbarInReach(page: Page, ui: Ui): Promise<void> {
  const header = (await page.getByRole('banner').boundingBox())!;
  const toolbar = page.getByRole('toolbar', { name: UI[ui].toolbar });
  const viewport = page.viewportSize()!;
  for (const name of [UI[ui].bold, UI[ui].footnote]) {
    const box = (await toolbar.getByRole('button', { name, exact: true }).boundingBox())!;
    // Below the header, not under it, and inside the window.
    expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  }
  // What sticks (toolbar and its frame) ends above the line with the caret.
  const stuck = (await page.locator('.nd-editor__controls').boundingBox())!;
  const caret = await caretRect(page);
  expect(caret.top).toBeGreaterThanOrEqual(stuck.y + stuck.height);
  expect(caret.bottom).toBeLessThanOrEqual(viewport.height);
}

for (const ui of ['en', 'ar'] as const) {
  for (const size of SIZES) {
    test(`${ui} ${size.width}×${size.height}: in a long section the whole toolbar stays below the header and covers no line near the caret`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await openNorm7(page, ui);
      await writeLongSection(page);
      await page.keyboard.press('Control+End');
      // Scrolled to the end of the section's text (a norm's practical actions follow it on the page).
      await editor(page).evaluate((element) => element.scrollIntoView({ block: 'end' }));
      await expectToolbarInReach(page, ui);
      await screenshot(page, `layout-long-end-${ui}-${size.width}`);

      // Going back up line by line, the caret's line never slides under the toolbar.
      for (let i = 0; i < 25; i += 1) await page.keyboard.press('ArrowUp');
      await expectToolbarInReach(page, ui);
      await screenshot(page, `layout-long-up-${ui}-${size.width}`);

      // The toolbar works from there: Bold reaches the text being written.
      await page.keyboard.press('End');
      await page
        .getByRole('toolbar', { name: UI[ui].toolbar })
        .getByRole('button', { name: UI[ui].bold, exact: true })
        .click();
      await page.keyboard.type(' bold words');
      await expect(editor(page).locator('strong, .nd-bold').filter({ hasText: 'bold words' })).toBeVisible();
    });
  }

  test(`${ui} 1024×700: on an empty norm the place to type is on the first screen, with a placeholder; guidance one click away`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await openNorm7(page, ui);
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = (await editor(page).boundingBox())!;
    // The whole empty editing box is visible without scrolling.
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(700);
    const placeholder = page.getByRole('main').locator('.nd-editor__placeholder');
    await expect(placeholder).toHaveText(UI[ui].placeholder);
    await expect(placeholder).toBeInViewport();
    // The official text is still on screen.
    await expect(page.getByRole('main').locator('.norm-text')).toBeInViewport();
    await screenshot(page, `layout-empty-norm-${ui}-1024`);

    const guidance = page.getByRole('main').getByRole('group').filter({ hasText: UI[ui].guidance });
    await expect(guidance.getByRole('listitem').first()).toBeHidden();
    await page.getByRole('main').getByText(UI[ui].guidance).click();
    await expect(guidance.getByRole('listitem').first()).toBeVisible();
    await screenshot(page, `layout-empty-norm-guidance-${ui}-1024`);

    // Typing replaces the placeholder.
    await editor(page).click();
    await page.keyboard.type('Examplia');
    await expect(placeholder).toBeHidden();
  });
}

test('a section without a norm also says what to write', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/');
  await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  await openSection(page, 'Executive summary');
  await expect(page.getByRole('main').locator('.nd-editor__placeholder')).toHaveText(/^Write this section/);
  await expect(editor(page)).toBeInViewport();
});

test('an organisation is asked what it does for the norm', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/');
  await createDraft(page, { template: 'Stakeholder contribution', submitter: 'Examplia Digital Rights Forum' });
  await openSection(page, /Norm 7 \(13g\)/);
  await expect(page.getByRole('main').locator('.nd-editor__placeholder')).toHaveText(
    'Write what your organisation does to support this norm…',
  );
  await expect(editor(page)).toBeInViewport();
});

test('1024×700: a French draft’s empty norm has its place to type on the first screen, under the marked English text', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/');
  await page.getByRole('button', { name: 'New draft' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New draft' });
  await dialog.getByRole('radio', { name: /^National non-paper/ }).check();
  await dialog.getByLabel('Name of the State').fill('République d’Examplia');
  await dialog.getByLabel('Document language').selectOption('fr');
  await dialog.getByRole('button', { name: 'Create draft' }).click();
  await openSection(page, /Norm 7 \(13g\)/);
  const main = page.getByRole('main');
  await expect(main.getByText('Official text in French not provided')).toBeInViewport();
  await expect(main.locator('blockquote[lang="en"]')).toBeInViewport();
  await expect(main.getByRole('button', { name: 'Paste the official French text' })).toBeInViewport();
  await screenshot(page, 'layout-empty-norm-fr-document-1024');
  const box = (await editor(page).boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(700);
  await expect(main.locator('.nd-editor__placeholder')).toBeInViewport();
});
