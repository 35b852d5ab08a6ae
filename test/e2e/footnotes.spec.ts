// Footnotes are numbered across the whole draft in document order: two in Norm 2 after one in
// the executive summary are 2 and 3; deleting the first renumbers the others, also after a reload.
import { expect, test, type Page } from './helpers/guards';
import {
  createDraft,
  editor,
  expectSaved,
  openSection,
  screenshot,
  storedSections,
  typeInSection,
} from './helpers/drafts';

const main = (page: Page) => page.getByRole('main');

/** The numbers shown on the footnote references in the section body, in order (as painted: the style sheet shows them). */
async function referenceNumbers(page: Page): Promise<string[]> {
  return main(page)
    .getByRole('button', { name: /^Footnote \d+$/ })
    .evaluateAll((buttons) =>
      buttons.map((button) => getComputedStyle(button, '::before').content.replace(/^"(.*)"$/, '$1')),
    );
}

/**
 * The footnote list under the section: each footnote's number (from its label) and text. The
 * list is built just after the section's text is painted: read once it has an item per reference.
 */
async function footnoteList(page: Page): Promise<string[]> {
  const boxes = main(page).getByRole('textbox', { name: /^Text of footnote \d+$/ });
  await expect(boxes).toHaveCount((await referenceNumbers(page)).length);
  const out: string[] = [];
  for (const box of await boxes.all())
    out.push(
      `${(await box.getAttribute('aria-label'))?.replace('Text of footnote ', '')}: ${(await box.textContent())?.trim()}`,
    );
  return out;
}

async function insertFootnote(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+Alt+F');
  // The caret moves into the new footnote's text.
  await expect(
    main(page)
      .getByRole('textbox', { name: /^Text of footnote \d+$/ })
      .last(),
  ).toBeFocused();
  await page.keyboard.type(text);
}

test('footnotes are numbered across sections, renumber when one is deleted, and survive a reload', async ({ page }) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });

  await openSection(page, /Norm 2 \(13b\)/);
  await typeInSection(page, 'Incidents are assessed by the national CERT.');
  await insertFootnote(page, 'Examplia CERT, annual report 2025.');
  await typeInSection(page, ' Attribution follows a legal review.');
  await insertFootnote(page, 'Decree 12/2024 on attribution.');
  expect(await referenceNumbers(page)).toEqual(['1', '2']);

  // A footnote in the executive summary, which comes first, takes number 1.
  await openSection(page, 'Executive summary');
  await typeInSection(page, 'Examplia reports on all 11 norms.');
  await insertFootnote(page, 'National cybersecurity strategy 2024–2028.');
  expect(await referenceNumbers(page)).toEqual(['1']);
  expect(await footnoteList(page)).toEqual(['1: National cybersecurity strategy 2024–2028.']);

  await openSection(page, /Norm 2 \(13b\)/);
  expect(await referenceNumbers(page)).toEqual(['2', '3']);
  expect(await footnoteList(page)).toEqual([
    '2: Examplia CERT, annual report 2025.',
    '3: Decree 12/2024 on attribution.',
  ]);
  await openSection(page, 'Overview');
  await expect(
    main(page).getByRole('term').filter({ hasText: 'Footnotes' }).locator('xpath=following-sibling::dd'),
  ).toHaveText('3');

  // Delete the summary's footnote (Backspace after its reference): Norm 2's become 1 and 2.
  await openSection(page, 'Executive summary');
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Backspace');
  if ((await referenceNumbers(page)).length > 0) await page.keyboard.press('Backspace');
  expect(await referenceNumbers(page)).toEqual([]);
  await expect(editor(page)).toHaveText('Examplia reports on all 11 norms.');
  await openSection(page, /Norm 2 \(13b\)/);
  expect(await referenceNumbers(page)).toEqual(['1', '2']);
  expect(await footnoteList(page)).toEqual([
    '1: Examplia CERT, annual report 2025.',
    '2: Decree 12/2024 on attribution.',
  ]);
  await expectSaved(page);

  await page.reload();
  await expect(main(page).getByRole('heading', { level: 2 })).toHaveText(
    'Consider all relevant information on ICT incidents',
  );
  expect(await referenceNumbers(page)).toEqual(['1', '2']);
  expect(await footnoteList(page)).toEqual([
    '1: Examplia CERT, annual report 2025.',
    '2: Decree 12/2024 on attribution.',
  ]);
  const stored = await storedSections(page, draftId);
  expect(stored.find((s) => s.kind === 'summary')?.footnotes).toBe(0);
  expect(stored.find((s) => s.norm === 'b')?.footnotes).toBe(2);
  expect(JSON.stringify(stored.find((s) => s.norm === 'b')?.content)).toContain('Decree 12/2024 on attribution.');

  // Opened again, the footnotes' texts have no editor yet: they look the same, the reference
  // still leads to its text, and a click on one puts the caret in it.
  await screenshot(page, 'footnotes-unopened');
  await main(page).getByRole('button', { name: 'Footnote 1' }).click();
  await expect(main(page).getByRole('textbox', { name: 'Text of footnote 1' })).toBeFocused();
  const second = main(page).getByRole('textbox', { name: 'Text of footnote 2' });
  await second.click();
  await expect(second).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Article 3.');
  await expect(second).toHaveText('Decree 12/2024 on attribution. Article 3.');
  await expectSaved(page);
  const edited = await storedSections(page, draftId);
  expect(JSON.stringify(edited.find((s) => s.norm === 'b')?.content)).toContain(
    'Decree 12/2024 on attribution. Article 3.',
  );
  expect(JSON.stringify(edited.find((s) => s.norm === 'b')?.content)).toContain('Examplia CERT, annual report 2025.');
});

test('a footnote inserted in a long section is brought well into the window, with room to type, not left on its lower edge', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 7 \(13g\)/);
  await editor(page).click();
  for (let i = 1; i <= 30; i += 1) {
    await page.keyboard.insertText(
      `Paragraph ${i}: the Republic of Examplia reports on the measures its agencies have taken to protect critical infrastructure.`,
    );
    await page.keyboard.press('Enter');
  }
  await page.keyboard.insertText('The last line.');
  // Near the top of the section: its footnotes are far below, past the window's lower edge.
  // The caret at the end of paragraph 3, set where the text is (a click's point can move while
  // the paragraphs between are laid out as they come into view).
  await editor(page).evaluate((root) => {
    const paragraph = [...root.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Paragraph 3:'))!;
    paragraph.scrollIntoView({ block: 'center' });
    const text = paragraph.querySelector('span')!.firstChild!;
    getSelection()!.collapse(text, text.textContent!.length);
  });
  await expect
    .poll(() =>
      page.evaluate(() =>
        getSelection()!.anchorNode?.parentElement?.closest('p')?.textContent?.startsWith('Paragraph 3:'),
      ),
    )
    .toBe(true);
  await insertFootnote(page, 'Examplia infrastructure act, 2024.');
  await expect(
    editor(page).locator('p', { hasText: 'Paragraph 3:' }).getByRole('button', { name: 'Footnote 1' }),
  ).toHaveCount(1);
  const note = (await main(page).getByRole('textbox', { name: 'Text of footnote 1' }).boundingBox())!;
  // Centred as far as the page scrolls: here the section's end, so not quite the middle, but
  // several lines clear of the lower edge (the smallest scroll would leave it touching it).
  expect(note.y).toBeGreaterThan(768 * 0.25);
  expect(note.y + note.height).toBeLessThan(768 - 96);
  await screenshot(page, 'footnote-inserted-long-section');
});
