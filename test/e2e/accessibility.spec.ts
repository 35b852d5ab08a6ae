// Accessibility (WCAG 2.2 AA): axe scans every screen and dialog, in English and in Arabic (right
// to left), and fails on any serious or critical violation. Buttons are found by their text in
// the UI language, read from the project's own locale files.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './helpers/guards';
import { createDraft, expectSaved, openSection, typeInSection } from './helpers/drafts';
import { insertFootnote, tempFolder } from './helpers/files';

type Ui = 'en' | 'ar';

/** A UI text of the given language, e.g. text('ar', 'export', 'action'). */
function text(ui: Ui, namespace: string, path: string): string {
  let value: unknown = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'locales', ui, `${namespace}.json`), 'utf8'),
  );
  for (const key of path.split('.')) value = (value as Record<string, unknown>)[key];
  if (typeof value !== 'string') throw new Error(`No text ${ui}:${namespace}:${path}`);
  return value;
}

/** Serious and critical violations of what the page shows now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id}: ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').slice(0, 200)}`,
      ),
    );
}

async function closeDialog(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('axe');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

for (const ui of ['en', 'ar'] as const) {
  test(`axe finds no serious or critical violation on any screen or dialog, ${ui === 'en' ? 'English' : 'Arabic'} UI`, async ({
    page,
  }) => {
    // About twenty scans, each a few seconds on a busy machine, and two drafts made in the UI.
    test.setTimeout(180_000);
    const found: Record<string, string[]> = {};
    await page.goto('/');
    await page.evaluate((language) => localStorage.setItem('drafter.uiLanguage', language), ui);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', ui);
    found['library, empty'] = await violations(page);

    await page
      .getByRole('button', { name: text(ui, 'library', 'newDraft.open') })
      .first()
      .click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found['new draft dialog'] = await violations(page);
    await closeDialog(page);

    // The content is made in the English UI, where the shared steps know their way.
    await page.evaluate(() => localStorage.setItem('drafter.uiLanguage', 'en'));
    await page.reload();
    const draftId = await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
    await openSection(page, /Norm 7 \(13g\)/);
    const sectionHash = new URL(page.url()).hash;
    await typeInSection(page, 'Grid operators report incidents.');
    await insertFootnote(page, 'Examplia Grid Act 2024.');
    await expectSaved(page);
    await page.evaluate((language) => localStorage.setItem('drafter.uiLanguage', language), ui);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', ui);

    for (const [name, hash] of [
      ['library', '#/'],
      ['draft overview', `#/draft/${draftId}`],
      ['trash', '#/trash'],
      ['backups and storage', '#/backups'],
      ['section with a footnote', sectionHash],
    ] as const) {
      await page.goto(`/${hash}`);
      await expect(page.getByRole('main')).toBeVisible();
      found[name] = await violations(page);
    }

    const header = page.getByRole('banner');
    await header.getByRole('button', { name: text(ui, 'export', 'action') }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found['export dialog'] = await violations(page);
    await closeDialog(page);

    await header.getByRole('button', { name: text(ui, 'draft', 'details.button') }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found['details dialog'] = await violations(page);
    await closeDialog(page);

    await header.getByRole('button', { name: text(ui, 'safety', 'versions.open') }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found['versions dialog'] = await violations(page);
    await closeDialog(page);

    await header.getByRole('button', { name: text(ui, 'files', 'actions.menu'), exact: true }).click();
    await header.getByRole('button', { name: text(ui, 'draft', 'contribution.menu') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: text(ui, 'draft', 'contribution.add') })
      .click();
    await expect(page.getByRole('dialog').getByRole('checkbox').first()).toBeVisible();
    found['contributors dialog'] = await violations(page);
    await closeDialog(page);

    await page.goto(`/#/print/${draftId}`);
    await expect(page.locator('section[data-page]').first()).toBeVisible();
    found['print layout'] = await violations(page);

    // An import with a report that lists norms not found and a block it could not place.
    const file = join(folder, 'notes.md');
    writeFileSync(
      file,
      '# Notes of the Examplia working group\n\nA paragraph with no norm heading.\n\n## Norm 3 (13c)\n\nTerritory is not used for attacks.\n',
    );
    await page.goto('/#/');
    await page
      .getByRole('button', { name: text(ui, 'files', 'actions.import') })
      .first()
      .click();
    const importDialog = page.getByRole('dialog');
    await expect(importDialog).toBeVisible();
    found['import dialog'] = await violations(page);
    const choosing = page.waitForEvent('filechooser');
    await importDialog.getByRole('button', { name: text(ui, 'import', 'dialog.chooseFile') }).click();
    await (await choosing).setFiles(file);
    await importDialog.getByRole('button', { name: text(ui, 'import', 'dialog.start'), exact: true }).click();
    await expect(page.getByRole('dialog', { name: text(ui, 'import', 'report.title') })).toBeVisible();
    found['import report'] = await violations(page);

    // A survey: a norm section with its answers and an opened checklist item, the overview with
    // the capacity table and "Actions done", points of contact, and "Write as" in the export.
    await page.evaluate(() => localStorage.setItem('drafter.uiLanguage', 'en'));
    await page.reload();
    const surveyId = await createDraft(page, {
      template: 'National survey of implementation',
      submitter: 'Republic of Examplia',
    });
    await openSection(page, /Norm 7 \(13g\)/);
    const normHash = new URL(page.url()).hash;
    const answers = page.getByRole('main').getByRole('region', { name: 'Structured answers' });
    await answers.getByLabel('Capacity needs').fill('Training for incident handlers');
    await answers
      .getByRole('combobox', { name: 'Progress on this action' })
      .first()
      .selectOption({ label: 'Implemented' });
    await answers.getByLabel('Internal: never in the public export').last().check();
    await expectSaved(page);
    await page.evaluate((language) => localStorage.setItem('drafter.uiLanguage', language), ui);
    await page.goto(`/${normHash}`);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', ui);
    await page
      .getByRole('main')
      .getByText(text(ui, 'draft', 'sectionFields.itemDetails'))
      .first()
      .click();
    await expect(page.getByRole('main').locator('details[open]').first()).toBeVisible();
    found['survey norm section with its answers'] = await violations(page);

    await page.goto(`/#/draft/${surveyId}`);
    await expect(page.getByRole('main').getByRole('table')).toBeVisible();
    found['survey overview'] = await violations(page);

    await header.getByRole('button', { name: text(ui, 'files', 'actions.menu'), exact: true }).click();
    await header.getByRole('button', { name: text(ui, 'draft', 'contacts.menu') }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: text(ui, 'draft', 'contacts.add') })
      .click();
    await expect(page.getByRole('dialog').getByRole('textbox').first()).toBeVisible();
    found['points of contact dialog'] = await violations(page);
    await closeDialog(page);

    await header.getByRole('button', { name: text(ui, 'export', 'action') }).click();
    await expect(page.getByRole('dialog').getByRole('radio').first()).toBeVisible();
    found['survey export dialog with "Write as"'] = await violations(page);
    await closeDialog(page);

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((name) => [name, []])));
  });
}
