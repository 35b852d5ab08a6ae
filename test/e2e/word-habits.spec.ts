// Word habits: lists started by typing "- ", "1. " and "a. ", Ctrl+Shift+L bullets, Ctrl+Alt+1/2
// headings, a visible way back out of a footnote, a plainly visible focus on the editor, and the
// New draft dialog's Create button in view on a 768-pixel-high screen.
import { expect, test } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, screenshot, storedSections } from './helpers/drafts';
import { insertFootnote } from './helpers/files';

test('lists and headings start with the keys Word users know, and the footnote says how to get back', async ({
  page,
}) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 7 \(13g\)/);
  await editor(page).click();
  await page.keyboard.type('- The national CERT');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1. Regulator');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sectors covered:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('a. Energy');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Water utilities');
  await page.keyboard.press('Control+Shift+L');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Regulatory framework');
  await page.keyboard.press('Control+Alt+1');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Institutions');
  await page.keyboard.press('Control+Alt+2');

  const body = editor(page);
  await expect(body.locator('ul li')).toHaveText(['The national CERT', 'Water utilities']);
  await expect(body.locator('ol li')).toHaveText(['Regulator', 'Energy']);
  await expect(body.locator('h2')).toHaveText('Regulatory framework');
  await expect(body.locator('h3')).toHaveText('Institutions');
  // The editor holding the caret is framed in the focus colour.
  const frame = await page.locator('.nd-editor__page').evaluate((element) => getComputedStyle(element).boxShadow);
  expect(frame).toContain('rgb(240, 180, 41)');

  await insertFootnote(page, 'Examplia Grid Act 2024.');
  await expect(page.getByText('Esc returns to the text.')).toBeVisible();
  await screenshot(page, 'word-habits');
  await page.keyboard.press('Escape');
  await expect(page.getByText('Esc returns to the text.')).toBeHidden();
  await expectSaved(page);

  const section = (await storedSections(page, draftId)).find((s) => s.norm === 'g');
  const kinds = (
    section?.content.root as {
      children: { type: string; listType?: string; tag?: string; $?: { listStyle?: string } }[];
    }
  ).children.map((block) =>
    block.type === 'list'
      ? `${block.listType}${block.$?.listStyle ? `:${block.$.listStyle}` : ''}`
      : block.type === 'heading'
        ? block.tag
        : block.type,
  );
  expect(kinds).toEqual(['bullet', 'number', 'paragraph', 'number:lower-alpha', 'bullet', 'h2', 'h3']);
});

test('the New draft dialog’s Create button is in view on a 768-pixel-high screen, without scrolling', async ({
  page,
}) => {
  for (const size of [
    { width: 1366, height: 768 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    await page.goto('/');
    await page.getByRole('button', { name: 'New draft' }).first().click();
    const create = page.getByRole('dialog', { name: 'New draft' }).getByRole('button', { name: 'Create draft' });
    const box = await create.boundingBox();
    expect(box, `${size.width}×${size.height}`).not.toBeNull();
    expect(box!.y + box!.height, `${size.width}×${size.height}`).toBeLessThanOrEqual(size.height);
    expect(box!.y, `${size.width}×${size.height}`).toBeGreaterThanOrEqual(0);
    await screenshot(page, `new-draft-${size.height}`);
  }
});
