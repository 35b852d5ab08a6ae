// Print layout: the draft as the Word file will look, on A4 pages with the title block, the norm
// headings as the export writes them, and each footnote at the bottom of the page that holds its
// reference; right to left for an Arabic document. Reached from the File menu, left with Esc.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './helpers/guards';
import { createDraft, draftIdFromUrl, editor, expectSaved, fileMenu, openSection, screenshot } from './helpers/drafts';
import { insertFootnote, tempFolder } from './helpers/files';

const A4_RATIO = 297 / 210;

function pages(page: Page) {
  return page.locator('section[data-page]');
}

/** Types paragraphs quickly (one input event each), as a paste of prepared text would. */
async function writeParagraphs(page: Page, paragraphs: string[]): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  for (const text of paragraphs) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(text);
  }
}

const sentence = (n: number) =>
  `Paragraph ${n}: the Republic of Examplia reports how its national computer emergency response team coordinates with operators of critical infrastructure, how incidents are notified within twenty-four hours, and how lessons are shared with regional partners every quarter.`;

/** For every footnote reference on a page, the page number of its reference and of its text. */
async function footnotePlaces(page: Page): Promise<Array<{ note: string; reference: number; text: number }>> {
  return page.evaluate(() => {
    const pageOf = (el: Element | null) => Number(el?.closest('section[data-page]')?.getAttribute('data-page') ?? 0);
    const refs = [...document.querySelectorAll<HTMLElement>('section[data-page] .pl-flow sup[data-note]')].filter(
      (sup) => {
        // A reference in the hidden part of a paragraph split between pages does not count there.
        const box = sup.getBoundingClientRect();
        const clip = sup.closest('.pl-slice')?.getBoundingClientRect();
        // Its bottom tells the line it is on (a raised number can reach above its line).
        return !clip || (box.bottom > clip.top && box.bottom <= clip.bottom + 1);
      },
    );
    return refs.map((sup) => ({
      note: sup.textContent ?? '',
      reference: pageOf(sup),
      text: pageOf(document.querySelector(`section[data-page] [data-note-index="${sup.dataset['note']}"]`)),
    }));
  });
}

test('print layout shows A4 pages with the title block, norm headings and footnotes under their page, and Esc returns', async ({
  page,
}) => {
  test.setTimeout(90_000); // several sections are written first, on a busy machine
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await createDraft(page, {
    template: 'National non-paper',
    submitter: 'Republic of Examplia',
    forum: 'Open-ended working group, 2026 session',
  });
  const draftId = draftIdFromUrl(page);

  await openSection(page, 'Executive summary');
  await writeParagraphs(page, ['Examplia supports the eleven norms and reports on each.']);
  await insertFootnote(page, 'See the national cyber strategy of Examplia, 2025.');
  await openSection(page, /Norm 7 \(13g\)/);
  await writeParagraphs(page, [sentence(1), sentence(2), sentence(3), sentence(4)]);
  await insertFootnote(page, 'Examplia Grid Act 2024, article 12.');
  await writeParagraphs(page, [sentence(5), sentence(6), sentence(7), sentence(8), sentence(9), sentence(10)]);
  await insertFootnote(page, 'Annual report of the Examplia CERT, 2025.');
  await writeParagraphs(page, [sentence(11), sentence(12)]);
  // A bulleted list (Word's "- "), and a word in bold.
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Sector regulators');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Grid operators ');
  await page.keyboard.press('Control+B');
  await page.keyboard.type('weekly');
  await expectSaved(page);
  const sectionHash = new URL(page.url()).hash;

  // From the keyboard: File, then its first item.
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'File' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(header.getByRole('button', { name: 'Print layout' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/print/${draftId}/`));
  await expect(pages(page).first()).toBeVisible();
  await expect(header.getByRole('heading', { level: 1 })).toBeFocused();

  // Pages of A4 proportions, counted in the header.
  const count = await pages(page).count();
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(header).toContainText(`${count} pages`);
  for (const box of await pages(page).evaluateAll((els) =>
    els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
  )) {
    expect(box.height / box.width).toBeCloseTo(A4_RATIO, 2);
  }

  // The title block and the norm heading as the export writes them.
  const first = pages(page).first();
  await expect(first.locator('.pl-Title')).toHaveText(/^Non-paper on national efforts to implement the norms/);
  await expect(first).toContainText('Republic of Examplia');
  await expect(
    page.locator('section[data-page] .pl-NormHeading', {
      hasText: 'Norm 7 (UNGGE 2015 report, paragraph 13g) – States should take appropriate measures',
    }),
  ).toHaveCount(1);
  await expect(page.locator('section[data-page]').getByText('Paragraph 12: the Republic of Examplia')).toBeVisible();
  const items = page.locator('section[data-page] .pl-ListParagraph');
  await expect(items).toHaveText(['•Sector regulators', '•Grid operators weekly']);
  await expect(items.last().locator('strong')).toHaveText('weekly');

  // Every footnote sits on the page of its reference, numbered as in the Word file.
  const places = await footnotePlaces(page);
  expect(places.map((p) => p.note)).toEqual(['1', '2', '3']);
  for (const place of places) expect(place.text, `footnote ${place.note}`).toBe(place.reference);
  expect(new Set(places.map((p) => p.reference)).size).toBeGreaterThan(1);
  await expect(page.locator('section[data-page] .pl-notes')).toContainText([
    'See the national cyber strategy of Examplia, 2025.',
  ]);
  await screenshot(page, 'print-layout-en');
  // The foot of the first page, its footnote under a separator, and the top of the next.
  await page.locator('section[data-page="1"] .pl-footer').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await screenshot(page, 'print-layout-en-page-foot');

  // The browser's print (Ctrl+P) makes the same A4 pages.
  const folder = tempFolder('print');
  try {
    await page.emulateMedia({ media: 'print' });
    const pdf = join(folder, 'pages.pdf');
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const info = execFileSync('pdfinfo', [pdf]).toString();
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(count);
    expect(info).toMatch(/^Page size:.*\(A4\)/m);
    await page.emulateMedia({ media: 'screen' });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  // Esc returns to the section the user came from.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(new RegExp(`${sectionHash}$`));
  await expect(editor(page)).toBeVisible();

  // A draft that is not in the library is said so, in plain words.
  await page.goto('/#/print/no-such-draft');
  await expect(page.getByRole('alert')).toHaveText('This draft is no longer in the library.');
});

test('an Arabic document is laid out right to left, in Arabic, with its footnote under its page', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('button', { name: 'New draft' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New draft' });
  await dialog.getByRole('radio', { name: /^Norms only/ }).check();
  await dialog.getByLabel('Name of the State').fill('جمهورية إكزامبليا');
  await dialog.getByLabel('Document language').selectOption('ar');
  await dialog.getByRole('button', { name: 'Create draft' }).click();
  await openSection(page, /Norm 7 \(13g\)/);
  await editor(page).click();
  await page.keyboard.insertText('تبلغ جمهورية إكزامبليا عن حماية البنية التحتية الحيوية.');
  await insertFootnote(page, 'قانون الشبكة الكهربائية لعام 2024.');
  await expectSaved(page);

  // The export's choices for this draft: only sections with text (the default), and a line at the top of every page.
  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export to Word' });
  await expect(exportDialog.getByLabel('Include sections that have no text yet (headings only)')).not.toBeChecked();
  await exportDialog.getByLabel('Line at the top of every page').fill('غير سري');
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click();
  await downloading;
  await page.getByRole('button', { name: 'Dismiss' }).click();

  await page.getByRole('banner').getByRole('combobox', { name: 'Language of the application' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const header = page.getByRole('banner');
  await header.getByRole('button', { name: 'ملف' }).click();
  await header.getByRole('button', { name: 'تخطيط الطباعة' }).click();
  await expect(pages(page).first()).toBeVisible();

  const pagesOfDocument = page.locator('.pl-document');
  await expect(pagesOfDocument).toHaveAttribute('lang', 'ar');
  await expect(pagesOfDocument).toHaveAttribute('dir', 'rtl');
  const paragraph = page.locator('section[data-page] .pl-p', { hasText: 'تبلغ جمهورية إكزامبليا' });
  expect(await paragraph.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  // The text starts at the page's right edge.
  const pageBox = (await pages(page).first().boundingBox())!;
  const textBox = (await paragraph.boundingBox())!;
  expect(pageBox.x + pageBox.width - (textBox.x + textBox.width)).toBeLessThan(pageBox.width * 0.15);
  // One norm with text: one page, its header line at the top, the other norms left out as in the file.
  await expect(pages(page)).toHaveCount(1);
  await expect(header).toContainText('صفحة واحدة');
  await expect(pages(page).locator('.pl-header')).toHaveText('غير سري');
  await expect(page.locator('section[data-page] .pl-NormHeading')).toHaveCount(1);
  await expect(page.locator('section[data-page] .pl-Subtitle')).toHaveText(/جمهورية إكزامبليا،/);
  const places = await footnotePlaces(page);
  expect(places).toEqual([{ note: '1', reference: 1, text: 1 }]);
  await screenshot(page, 'print-layout-ar');

  // On a small laptop the header stays one line and the page fits the window's width.
  await page.setViewportSize({ width: 1024, height: 700 });
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(64);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  await screenshot(page, 'print-layout-ar-1024');

  await header.getByRole('button', { name: 'العودة إلى التحرير' }).click();
  await expect(editor(page)).toBeVisible();
});

test('a survey shows its answers, its checklist and the capacity annex as tables, never an internal item', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await createDraft(page, { template: 'National survey of implementation', submitter: 'Republic of Examplia' });
  const main = page.getByRole('main');
  await openSection(page, /Norm 7 \(13g\)/);
  const answers = main.getByRole('region', { name: 'Structured answers' });
  await answers.getByLabel('Measures taken: legislation').fill('Critical Services Act of 2024');
  await answers.getByLabel('Capacity needs').fill('Training for incident responders');
  await answers.getByRole('checkbox', { name: 'Sought' }).check();
  const checklist = answers.getByRole('group', { name: 'Practical actions' });
  const first = checklist.getByRole('listitem').first();
  await first.getByRole('combobox', { name: 'Progress on this action' }).selectOption({ label: 'Implemented' });
  await first.getByText('Lead agency, evidence and note').click();
  await first.getByLabel('Lead agency').fill('Examplia Cyber Agency');
  const second = checklist.getByRole('listitem').nth(1);
  const internalAction = (await second.locator('.checklist-action').innerText()).trim();
  await second.getByRole('combobox', { name: 'Progress on this action' }).selectOption({ label: 'In progress' });
  await second.getByText('Lead agency, evidence and note').click();
  await second.getByLabel('Lead agency').fill('Office of the confidential adviser');
  await second.getByLabel('Internal: never in the public export').check();
  await expectSaved(page);

  await fileMenu(page, 'Print layout');
  await expect(pages(page).first()).toBeVisible();
  const document = page.locator('section[data-page]');
  // The question, then its answer, under the norm's heading.
  const question = document.locator('.pl-p', { hasText: /^Measures taken: legislation$/ });
  await expect(question.locator('strong')).toHaveText('Measures taken: legislation');
  await expect(document.locator('.pl-p', { hasText: /^Critical Services Act of 2024$/ })).toHaveCount(1);
  // The checklist as the Word table: its columns, the public items, not the internal one.
  const table = document.getByRole('table').filter({ hasText: 'Examplia Cyber Agency' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Action',
    'Status',
    'Lead agency',
    'Evidence (reference or link)',
    'Note',
  ]);
  await expect(table.getByRole('row').nth(1)).toContainText(
    /Identify critical infrastructure sectors and their operators\.\s*Implemented\s*Examplia Cyber Agency/,
  );
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table).not.toContainText(internalAction);
  const allPages = page.locator('.pl-pages');
  await expect(allPages).not.toContainText('Office of the confidential adviser');
  await expect(allPages).not.toContainText('In progress');
  // The capacity needs annex, on a page of its own, as the export writes it by default.
  const annex = document.getByRole('table').filter({ hasText: 'Training for incident responders' });
  await expect(annex.getByRole('row').nth(1)).toContainText(/Norm 7.*Training for incident responders\s*Sought/);
  const annexPage = annex.locator('xpath=ancestor::section[@data-page]');
  await expect(annexPage.locator('.pl-Heading1')).toHaveText('Capacity needs');
  await table.scrollIntoViewIfNeeded();
  await screenshot(page, 'print-layout-survey');
  await annex.scrollIntoViewIfNeeded();
  await screenshot(page, 'print-layout-survey-annex');
});
