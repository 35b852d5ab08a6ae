// Closing the desktop window right after typing: main asks the page to write its pending edits
// and waits for the answer (electron/close-guard.ts). Here the fake bridge plays main's part.
import { expect, test } from './helpers/guards';
import { createDraft, openSection, storedSections, typeInSection } from './helpers/drafts';
import { useFakeDesktop } from './helpers/fake-desktop';
import { storedText } from './helpers/safety';

test('an edit typed just before Close is written before the page answers main', async ({ page, context }) => {
  await useFakeDesktop(context);
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 3 \(13c\)/);
  await typeInSection(page, 'Examplia will not knowingly allow its territory to be used.');
  // Close at once, well within autosave's one-second wait: the answer comes after the write.
  const answered = await page.evaluate(() =>
    (window as unknown as { __requestFlush(): Promise<number> }).__requestFlush(),
  );
  expect(answered).toBe(1);
  expect(await storedText(page, draftId, 'c')).toBe('Examplia will not knowingly allow its territory to be used.');
});

test('Close right after typing in a footnote writes the footnote text and the text around it', async ({
  page,
  context,
}) => {
  await useFakeDesktop(context);
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 4 \(13d\)/);
  await typeInSection(page, 'Examplia answers requests for assistance within a day.');
  await page.keyboard.press('Control+Alt+F');
  await page.keyboard.type('Examplia Gazette No. 9.');
  const answered = await page.evaluate(() =>
    (window as unknown as { __requestFlush(): Promise<number> }).__requestFlush(),
  );
  expect(answered).toBe(1);
  const stored = await storedSections(page, draftId);
  const norm4 = JSON.stringify(stored.find((s) => s.norm === 'd')?.content);
  expect(norm4).toContain('Examplia answers requests for assistance within a day.');
  expect(norm4).toContain('Examplia Gazette No. 9.');
});
