// Clearance: norm 7 is cleared at Legal review by a typed name (a named version is kept), the
// outline and the section show it; edited afterwards, the section says "Changed since cleared"
// and shows what changed against the cleared text; the clearance sheet downloads as a .docx
// holding the section, the step, the name and the date.
import { readFileSync, rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, outline, screenshot, typeInSection } from './helpers/drafts';
import { pandocMarkdown, tempFolder } from './helpers/files';
import { openVersions } from './helpers/safety';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('clearance');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('clears norm 7 at Legal review, marks it changed after an edit with the diff, and downloads the sheet', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 7 \(13g\)/);
  await typeInSection(page, 'Examplia protects its critical infrastructure.');
  await expectSaved(page);

  await page.getByRole('button', { name: 'Clearance', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: /^Clearance of / });
  await expect(dialog.getByRole('heading', { name: 'Clearance path' })).toBeVisible();
  await expect(dialog.getByRole('list').first().getByRole('listitem')).toHaveText([
    /Drafting/,
    /Legal review/,
    /Policy clearance/,
    /Final/,
  ]);
  const norm7 = dialog.getByRole('region', { name: /^Norm 7 \(13g\)/ });
  await norm7.getByRole('button', { name: /^Clear “Norm 7 \(13g\).*” at Legal review$/ }).click();
  const form = norm7.getByRole('form', { name: /at Legal review$/ });
  await form.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(form.getByRole('alert')).toHaveText('Type the name of the person who cleared the section.');
  await form.getByLabel('Name of the person clearing it').fill('Ama Tarrow');
  await form.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('was cleared at Legal review by Ama Tarrow');
  const legal = norm7.getByRole('row', { name: /^Legal review/ });
  await expect(legal).toContainText('Ama Tarrow');
  await expect(norm7.getByRole('row', { name: /^Drafting/ })).toContainText('Not cleared');
  // A step sections were cleared at stays, and the panel says why.
  await dialog.getByRole('button', { name: 'Remove “Legal review”' }).click();
  await expect(dialog.getByRole('alert')).toContainText('“Legal review” cannot be removed');
  await screenshot(page, 'clearance-panel');
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  // The badge in the outline and under the section's heading.
  const entry = outline(page).getByRole('link', { name: /Norm 7 \(13g\)/ });
  await expect(entry).toContainText('Cleared: Legal review');
  const main = page.getByRole('main');
  await expect(main.getByText('Cleared: Legal review')).toBeVisible();
  await expect(main.getByText('Changed since cleared')).toHaveCount(0);

  // The version taken when it was cleared, named for it.
  const versions = await openVersions(page);
  await expect(versions.getByRole('list').getByRole('listitem').first()).toContainText(
    'Cleared: Norm 7 (13g) — Legal review — Ama Tarrow',
  );
  await versions.getByRole('button', { name: 'Close' }).first().click();

  // Edited after clearance: marked, with the diff against the cleared text.
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(' and hospitals');
  await expectSaved(page);
  await expect(main.getByText('Changed since cleared')).toBeVisible();
  await expect(entry).toContainText('Changed since cleared');
  await main.getByRole('button', { name: 'Show changes since cleared' }).click();
  const diff = main.getByRole('region', { name: 'Show changes since cleared' });
  await expect(diff.getByRole('heading')).toContainText('at Legal review by Ama Tarrow');
  await expect(diff.locator('ins')).toHaveText('[added: and hospitals ]');
  await screenshot(page, 'clearance-changed');

  // The sheet: on screen, and as a .docx for the file.
  await page.getByRole('button', { name: 'Clearance', exact: true }).click();
  await expect(norm7).toContainText('Changed since cleared');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download clearance sheet (.docx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Clearance sheet - .*\.docx$/);
  const file = join(folder, 'sheet.docx');
  await download.saveAs(file);
  await expect(dialog.getByRole('status')).toContainText('The clearance sheet was downloaded as');
  const markdown = pandocMarkdown(file);
  expect(markdown).toContain('Norm 7 (13g)');
  expect(markdown).toContain('Legal review');
  expect(markdown).toContain('Ama Tarrow');
  expect(markdown).toContain('Changed since cleared');
  expect(markdown).toMatch(/\b20\d\d\b/);
  expect(markdown).not.toContain('Examplia protects');
  await norm7.scrollIntoViewIfNeeded();
  await screenshot(page, 'clearance-sheet');
});

const arabic = (path: string): string => {
  let value: unknown = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'locales', 'ar', 'draft.json'), 'utf8'),
  );
  for (const key of path.split('.')) value = (value as Record<string, unknown>)[key];
  return value as string;
};

test('in the Arabic UI the panel, the badge and the changed marker read right to left, with no serious axe violation', async ({
  page,
}) => {
  test.setTimeout(90_000); // two axe scans, each a few seconds on a busy machine
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 7 \(13g\)/);
  await typeInSection(page, 'Examplia protects its critical infrastructure.');
  await expectSaved(page);
  await page.evaluate(() => localStorage.setItem('drafter.uiLanguage', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page.getByRole('button', { name: arabic('clearance.open'), exact: true }).click();
  const dialog = page.getByRole('dialog');
  const legal = arabic('clearance.step.legalReview');
  const norm7 = dialog.getByRole('region', { name: /^القاعدة 7 / });
  await norm7.getByRole('button', { name: new RegExp(`${legal}$`) }).click();
  await norm7.getByLabel(arabic('clearance.byLabel')).fill('أمل الترو');
  await norm7.getByRole('button', { name: arabic('clearance.confirm'), exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('أمل الترو');
  const scan = async () =>
    (
      await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
    ).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await scan()).toEqual([]);
  await dialog.getByRole('button', { name: 'إغلاق' }).first().click();

  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Hospitals too.');
  await expect(page.getByRole('main').getByText(arabic('clearance.changed'))).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('button', { name: arabic('clearance.showDiff') })
    .click();
  await expect(page.getByRole('main').locator('ins')).toContainText('Hospitals');
  expect(await scan()).toEqual([]);
  await screenshot(page, 'clearance-arabic');
});

// At 1024×700 every "Clear at …" button stays inside its table and the dialog, in English and Arabic.
const expectButtonsInside = async (page: Page, name: RegExp): Promise<void> => {
  const dialog = page.getByRole('dialog');
  const outer = await dialog.boundingBox();
  const tables = dialog.locator('.sheet-table');
  expect(await tables.count()).toBeGreaterThan(0);
  for (const table of await tables.all()) {
    const inner = await table.boundingBox();
    const buttons = table.getByRole('button');
    expect(await buttons.count()).toBeGreaterThan(0);
    for (const button of await buttons.all()) {
      await expect(button).toHaveAccessibleName(name);
      const box = await button.boundingBox();
      for (const frame of [outer, inner]) {
        if (!box || !frame) throw new Error('The dialog, a table or a button is not shown.');
        expect(box.x).toBeGreaterThanOrEqual(frame.x - 0.5);
        expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      }
    }
  }
};

test('at 1024×700 the "Clear at" buttons fit inside the clearance dialog, in English and Arabic', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await page.getByRole('button', { name: 'Clearance', exact: true }).click();
  await expectButtonsInside(page, /^Clear “/);
  await page.evaluate(() => localStorage.setItem('drafter.uiLanguage', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: arabic('clearance.open'), exact: true }).click();
  await expectButtonsInside(page, /./);
});
