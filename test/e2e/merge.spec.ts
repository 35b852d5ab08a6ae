// Collecting contributions in the lead's draft: three contributors' files, opened in another
// order and one twice, are merged (non-overlapping changes applied and attributed, the same
// paragraph changed twice kept as a conflict); the conflict is resolved in the review, a change
// is rejected, and the Word export holds the result without any review data; the versions show
// the merge.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { CERT, JUSTICE, NGO, leadDraft, sendTo, withBlock } from '../fixtures/contributions';
import { bold, note, para } from '../fixtures/content';
import { serializeNormdraft } from '../../shared/format/normdraft';
import type { Draft } from '../../shared/model/draft';
import { expect, test, type Page } from './helpers/guards';
import { editor, openSection, outline, screenshot, unlabelledControls } from './helpers/drafts';
import { pandocMarkdown, tempFolder } from './helpers/files';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('merge');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, draft: Draft): string {
  const file = join(folder, name);
  writeFileSync(file, serializeNormdraft(draft));
  return file;
}

/** The lead's draft and what came back: the CERT and the NGO rewrote the same paragraph of norm g. */
function files() {
  const lead = leadDraft();
  const cert = withBlock(
    sendTo(lead, CERT, ['norm-g']),
    'norm-g',
    1,
    para(
      bold('Operators'),
      ' report incidents to the CERT within four hours.',
      note('Examplia incident rules of 2025.'),
    ),
  );
  const justice = withBlock(
    withBlock(
      sendTo(lead, JUSTICE, ['norm-h', 'summary']),
      'norm-h',
      0,
      para('Requests go through the Ministry of Justice.'),
    ),
    'summary',
    0,
    para('Examplia fully supports the framework and its review.'),
  );
  const ngo = withBlock(
    sendTo(lead, NGO, ['norm-g']),
    'norm-g',
    1,
    para('Operators and vendors report incidents to the CERT.'),
  );
  return {
    lead: write('lead.normdraft', lead),
    cert: write('cert.normdraft', cert),
    justice: write('justice.normdraft', justice),
    justiceAgain: write('justice (2).normdraft', justice),
    ngo: write('ngo.normdraft', ngo),
  };
}

test('merges three contributions, resolves the conflict, rejects a change and exports the result without review data', async ({
  page,
}) => {
  const file = files();
  await page.goto('/');
  const opening = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open draft file…' }).first().click();
  await (await opening).setFiles(file.lead);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Non-paper');

  // Collect: another order than sent, justice's file twice.
  await page.getByRole('banner').getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Collect contributions…' }).click();
  const collect = page.getByRole('dialog', { name: 'Collect contributions' });
  await collect.getByTestId('contribution-files').setInputFiles([file.justice, file.ngo, file.cert, file.justiceAgain]);
  await expect(collect.getByRole('listitem')).toHaveCount(4);
  expect(await unlabelledControls(page)).toEqual([]);
  await screenshot(page, 'merge-collect-chosen');
  await collect.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(collect.getByText('What was merged')).toBeVisible();
  const report = collect.locator('.merge-report-item');
  await expect(report).toHaveCount(4);
  await expect(report.nth(0)).toContainText('Odile Ferrand');
  await expect(report.nth(0)).toContainText('Merged');
  await expect(report.nth(0)).toContainText('Norm 8: 1 change applied');
  await expect(report.nth(0)).toContainText('Executive summary: 1 change applied');
  await expect(report.nth(1)).toContainText('Tamsin Roe');
  await expect(report.nth(2)).toContainText('Quillon Ardent');
  await expect(report.nth(2)).toContainText('1 conflict to resolve');
  await expect(report.nth(3)).toContainText('Already merged: nothing changed');
  await screenshot(page, 'merge-report');
  await collect.getByRole('button', { name: 'Close' }).click();

  // The outline and the bar above the text count what is open; the section shows the merged text
  // and, on request, who wrote it.
  await expect(outline(page).getByRole('link', { name: /Norm 7/ })).toContainText('1 conflict');
  await expect(page.locator('.merge-bar-open')).toContainText('1 conflict · 3 changes to review');
  await openSection(page, /Norm 8/);
  await expect(editor(page)).toContainText('Requests go through the Ministry of Justice.');
  const shown = page.getByLabel('Show who wrote what');
  await expect(shown).not.toBeChecked();
  await expect(editor(page).locator('[data-author]')).toHaveCount(0);
  await shown.check();
  await expect(editor(page).locator('[data-author="Odile Ferrand"]')).toHaveText(
    'Requests go through the Ministry of Justice.',
  );
  await expect(page.getByRole('list', { name: 'Authors' })).toContainText('Tamsin Roe');
  await screenshot(page, 'merge-attribution');
  await shown.uncheck();
  await expect(editor(page).locator('[data-author]')).toHaveCount(0);

  // Review: the conflict side by side, resolved with an edited text; the summary change rejected.
  await page.getByRole('main').getByRole('button', { name: 'Review contributions…' }).click();
  const review = page.getByRole('dialog', { name: 'Review contributions' });
  const conflict = review.getByRole('listitem').filter({ hasText: 'Conflict in Norm 7' });
  await expect(conflict).toContainText('Tamsin Roe');
  await expect(conflict).toContainText('Quillon Ardent');
  expect(await unlabelledControls(page)).toEqual([]);
  await screenshot(page, 'merge-review');
  // Edited in the section editor itself, from the contributor's side: its bold word and footnote stay.
  await conflict.getByRole('button', { name: 'Edit…' }).click();
  const edit = conflict.getByRole('textbox', { name: 'The paragraph as it should read' });
  await expect(edit.locator('.nd-bold').first()).toHaveText('Operators');
  await edit.click();
  await edit.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent === 'Operators') {
        document.getSelection()?.collapse(node, 'Operators'.length);
        return;
      }
    }
  });
  await page.keyboard.type(' and vendors');
  await conflict.getByRole('button', { name: 'Use this text' }).click();
  // (The editor's own notices are a status too while it is on screen.)
  await expect(review.getByRole('status').filter({ hasText: 'Conflict resolved.' })).toBeVisible();
  await expect(review.getByText('Conflict in Norm 7')).toHaveCount(0);
  await review.getByRole('button', { name: 'Reject the change by Odile Ferrand in Executive summary' }).click();
  await expect(review.getByRole('status')).toHaveText('Rejected: the text as it was sent is back.');
  await screenshot(page, 'merge-review-after');
  await review.getByRole('button', { name: 'Close' }).click();

  await openSection(page, /Executive summary/);
  await expect(editor(page)).toContainText('Examplia supports the framework.');
  await expect(editor(page)).not.toContainText('fully supports');
  await openSection(page, /Norm 7/);
  await expect(editor(page)).toContainText('Operators and vendors report incidents to the CERT within four hours.');
  await expect(outline(page).getByRole('link', { name: /Norm 7/ })).not.toContainText('conflict');

  // The Word file holds the resolution and the merged text, and nothing of the review.
  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: 'Export to Word' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const docx = join(folder, 'merged.docx');
  await (await downloading).saveAs(docx);
  const markdown = pandocMarkdown(docx, { standalone: true });
  expect(markdown).toContain('**Operators and vendors** report incidents to the CERT within four hours.[^2]');
  expect(markdown).toContain('[^2]: Examplia incident rules of 2025.');
  expect(markdown).toContain('Requests go through the Ministry of Justice.');
  expect(markdown).toContain('Examplia supports the framework.');
  expect(markdown).not.toContain('fully supports');
  for (const name of ['Quillon Ardent', 'Odile Ferrand', 'Tamsin Roe', 'Examplia CERT', 'Open Lines Foundation'])
    expect(markdown).not.toContain(name);

  // The versions show the merge: before it, and who contributed what.
  await page.getByRole('banner').getByRole('button', { name: 'Versions' }).click();
  const versions = page.getByRole('dialog', { name: /Versions/ });
  await expect(
    versions.getByText(
      'Merged: Odile Ferrand (Norm 8, Executive summary), Tamsin Roe (Norm 7), Quillon Ardent (Norm 7)',
    ),
  ).toBeVisible();
  await expect(
    versions.getByText('Before merging contributions from Odile Ferrand, Tamsin Roe, Quillon Ardent'),
  ).toBeVisible();
  await screenshot(page, 'merge-versions');
});

/** A UI text of the given language, from the project's locale files. */
function text(ui: 'ar' | 'en', namespace: string, path: string): string {
  let value: unknown = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'locales', ui, `${namespace}.json`), 'utf8'),
  );
  for (const key of path.split('.')) value = (value as Record<string, unknown>)[key];
  if (typeof value !== 'string') throw new Error(`No text ${ui}:${namespace}:${path}`);
  return value;
}

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

test('the merge screens in an Arabic interface: right to left, named controls, no accessibility violation', async ({
  page,
}) => {
  const file = files();
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('drafter.uiLanguage', 'ar'));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const opening = page.waitForEvent('filechooser');
  await page
    .getByRole('button', { name: text('ar', 'files', 'actions.open') })
    .first()
    .click();
  await (await opening).setFiles(file.lead);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Non-paper');

  const found: Record<string, string[]> = {};
  await page
    .getByRole('banner')
    .getByRole('button', { name: text('ar', 'files', 'actions.menu'), exact: true })
    .click();
  await page.getByRole('button', { name: text('ar', 'draft', 'merge.collect.open') }).click();
  const collect = page.getByRole('dialog', { name: text('ar', 'draft', 'merge.collect.heading') });
  await collect.getByTestId('contribution-files').setInputFiles([file.cert, file.ngo, file.justice]);
  found['collect, chosen'] = await violations(page);
  await collect.getByRole('button', { name: text('ar', 'draft', 'merge.collect.run'), exact: true }).click();
  await expect(collect.getByText(text('ar', 'draft', 'merge.report.heading'))).toBeVisible();
  found['collect, report'] = await violations(page);
  await screenshot(page, 'merge-report-ar');
  await collect.getByRole('button', { name: text('ar', 'common', 'actions.close') }).click();

  await page.goto('/#/draft/lead-draft/norm-g');
  await page.getByLabel(text('ar', 'draft', 'merge.attribution.toggle')).check();
  await expect(editor(page).locator('[data-author="Quillon Ardent"]')).toHaveCount(1);
  found['section with authors'] = await violations(page);
  await screenshot(page, 'merge-attribution-ar');

  await page
    .getByRole('main')
    .getByRole('button', { name: text('ar', 'draft', 'merge.review.open') })
    .click();
  await expect(page.getByRole('dialog', { name: text('ar', 'draft', 'merge.review.heading') })).toBeVisible();
  expect(await unlabelledControls(page)).toEqual([]);
  found['review'] = await violations(page);
  await screenshot(page, 'merge-review-ar');
  expect(found).toEqual({
    'collect, chosen': [],
    'collect, report': [],
    'section with authors': [],
    review: [],
  });
});
