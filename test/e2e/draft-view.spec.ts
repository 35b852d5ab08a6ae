// The draft view: writing in a norm, live counts and status, the coverage picture, and everything
// found again after a reload, read back from IndexedDB itself.
import { expect, test } from './helpers/guards';
import {
  createDraft,
  editor,
  expectSaved,
  openSection,
  outline,
  screenshot,
  storedSections,
  typeInSection,
  unlabelledControls,
} from './helpers/drafts';

const NORM_7_TEXT = 'Examplia protects its critical infrastructure under the Cyber Resilience Act of 2024.';

test('writes in Norm 7: official text, guidance, live word count and status, coverage, and back after a reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  const draftId = await createDraft(page, {
    template: 'National non-paper',
    submitter: 'Republic of Examplia',
    forum: 'Open-ended working group, 2026 session',
  });
  await openSection(page, /Norm 7 \(13g\)/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText('Protect critical infrastructure');
  await expect(
    main.getByText(/^Norm 7 \(UNGGE 2015 report, paragraph 13g\) – States should take appropriate measures/),
  ).toBeVisible();

  // Guidance prompts sit in a folded panel (leaving room to type) that opens and closes with a click.
  const guidance = main.getByRole('group').filter({ hasText: 'Guidance: what to cover' });
  await expect(guidance.getByRole('listitem').first()).toBeHidden();
  await main.getByText('Guidance: what to cover').click();
  await expect(guidance.getByRole('listitem').first()).toBeVisible();
  await main.getByText('Guidance: what to cover').click();
  await expect(guidance.getByRole('listitem').first()).toBeHidden();

  const status = main.getByLabel('Status');
  await expect(status).toHaveValue('empty');
  // The whole draft's word count (the title block has some) grows live with the section's.
  const total = outline(page).getByText('Whole draft').locator('xpath=following-sibling::span');
  const wordsBefore = Number((await total.textContent())?.replace(/\D/g, ''));
  await typeInSection(page, NORM_7_TEXT);
  await expect(total).toHaveText(`${wordsBefore + 12} words`);
  await expect(main.getByText('12 words', { exact: true })).toBeVisible();
  await expect(status).toHaveValue('drafting');
  const norm7Link = outline(page).getByRole('link', { name: /Norm 7 \(13g\)/ });
  await expect(norm7Link).toContainText('Drafting');
  await expect(norm7Link).toContainText('12 words');
  await expectSaved(page);
  await screenshot(page, 'draft-view');

  await status.selectOption('review');
  await expect(norm7Link).toContainText('For review');
  await expectSaved(page);

  // Reload: the address brings us back to Norm 7, with its text and status.
  await page.reload();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText('Protect critical infrastructure');
  await expect(editor(page)).toContainText(NORM_7_TEXT);
  await expect(page.getByRole('main').getByLabel('Status')).toHaveValue('review');
  // Guidance starts folded again after a reload.
  await expect(
    page
      .getByRole('main')
      .getByRole('group')
      .filter({ hasText: 'Guidance: what to cover' })
      .getByRole('listitem')
      .first(),
  ).toBeHidden();

  const stored = await storedSections(page, draftId);
  const norm7 = stored.find((s) => s.norm === 'g');
  expect(norm7).toMatchObject({ status: 'review', words: 12 });
  expect(JSON.stringify(norm7?.content)).toContain('Cyber Resilience Act of 2024');
  expect(stored.filter((s) => s.kind === 'norm' && s.norm !== 'g').every((s) => s.words === 0)).toBe(true);

  // The coverage view shows it, and its tile opens the norm.
  await openSection(page, 'Overview');
  const coverage = page.getByRole('list', { name: 'Coverage of the 11 norms' });
  const tile = coverage.getByRole('button', { name: /Norm 7 \(13g\)/ });
  await expect(tile).toContainText('For review');
  await expect(tile).toContainText('12 words');
  await expect(coverage.getByRole('button', { name: /Norm 1 \(13a\)/ })).toContainText('Not started');
  await expect(page.getByRole('main').getByRole('definition').first()).toHaveText('1 of 11');
  await tile.click();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText('Protect critical infrastructure');
  expect(page.url()).toMatch(new RegExp(`#/draft/${draftId}/[\\w-]+$`));
});

test('text typed just before switching sections lands in the section it was typed in', async ({ page }) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  const samples: [RegExp, string][] = [
    [/Norm 1 \(13a\)/, 'Alpha cooperation text'],
    [/Norm 2 \(13b\)/, 'Bravo attribution text'],
    [/Norm 3 \(13c\)/, 'Charlie territory text'],
  ];
  for (const [name, text] of samples) {
    await openSection(page, name);
    await typeInSection(page, text);
    // Switch away 50 ms after the last keystroke, long before the autosave delay.
    await page.waitForTimeout(50);
  }
  await openSection(page, 'Overview');
  await expectSaved(page);
  await page.reload();
  const stored = await storedSections(page, draftId);
  const text = (letter: string) => JSON.stringify(stored.find((s) => s.norm === letter)?.content);
  expect(text('a')).toContain('Alpha cooperation text');
  expect(text('b')).toContain('Bravo attribution text');
  expect(text('c')).toContain('Charlie territory text');
  expect(text('a')).not.toContain('Bravo');
  expect(text('b')).not.toMatch(/Alpha|Charlie/);
  await openSection(page, /Norm 2 \(13b\)/);
  await expect(editor(page)).toHaveText('Bravo attribution text');
});

test('the outline is a navigation landmark the keyboard can walk with arrow keys', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  // One banner, one outline, one main area; every control has a name.
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('navigation')).toHaveCount(1);
  await expect(page.getByRole('main')).toHaveCount(1);
  expect(await unlabelledControls(page)).toEqual([]);
  const links = outline(page).getByRole('link');
  await expect(links).toHaveCount(12);
  await links.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(links.last()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(10)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(links.nth(10)).toHaveAttribute('aria-current', 'page');
  // Like a page load, opening a section puts focus on its heading.
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toBeFocused();
  expect(await unlabelledControls(page)).toEqual([]);
});

test('a failed save is shown with its reason and retried until it succeeds', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 5 \(13e\)/);
  // Make every IndexedDB write fail as a full disk does, until the test lets it through again.
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    const target = window as unknown as { restorePut(): void };
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    target.restorePut = () => {
      IDBObjectStore.prototype.put = original;
    };
  });
  await typeInSection(page, 'Human rights apply online as offline.');
  const indicator = page.getByRole('banner').getByRole('status');
  await expect(indicator).toContainText('Not saved: the browser’s storage is full');
  await page.evaluate(() => (window as unknown as { restorePut(): void }).restorePut());
  await expect(indicator).toHaveText('Saved', { timeout: 15_000 });
  await page.reload();
  await expect(editor(page)).toHaveText('Human rights apply online as offline.');
});

test('the coverage view shows each norm by status and fills it by the amount written', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 1000 });
  await page.goto('/');
  await createDraft(page, {
    template: 'National non-paper',
    submitter: 'Republic of Examplia',
    forum: 'Open-ended working group, 2026 session',
  });
  const sentence = 'Examplia reports its national measures, institutions and cooperation under this norm. ';
  const plan: [RegExp, number, string][] = [
    [/Norm 1 \(13a\)/, 40, 'final'],
    [/Norm 3 \(13c\)/, 12, 'review'],
    [/Norm 7 \(13g\)/, 20, 'drafting'],
    [/Norm 9 \(13i\)/, 4, 'drafting'],
  ];
  for (const [name, repeat, status] of plan) {
    await openSection(page, name);
    await editor(page).click();
    await page.keyboard.insertText(sentence.repeat(repeat).trim());
    if (status !== 'drafting') await page.getByRole('main').getByLabel('Status').selectOption(status);
  }
  await openSection(page, 'Overview');
  await expectSaved(page);
  const coverage = page.getByRole('list', { name: 'Coverage of the 11 norms' });
  const tile = (name: RegExp) => coverage.getByRole('button', { name });
  await expect(tile(/Norm 1 \(13a\)/)).toContainText('Final');
  await expect(tile(/Norm 3 \(13c\)/)).toContainText('For review');
  await expect(tile(/Norm 9 \(13i\)/)).toContainText('Drafting');
  await expect(tile(/Norm 11 \(13k\)/)).toContainText('Not started');
  await expect(page.getByRole('main').getByRole('definition').first()).toHaveText('4 of 11');
  const fill = (name: RegExp) => tile(name).evaluate((el) => Number(getComputedStyle(el).getPropertyValue('--fill')));
  const fills = [
    await fill(/Norm 1 \(13a\)/),
    await fill(/Norm 7 \(13g\)/),
    await fill(/Norm 3 \(13c\)/),
    await fill(/Norm 9 \(13i\)/),
    await fill(/Norm 11 \(13k\)/),
  ];
  expect(fills[0]).toBe(1);
  for (let i = 1; i < fills.length; i += 1) expect(fills[i]).toBeLessThan(fills[i - 1]!);
  expect(fills[4]).toBe(0);
  await screenshot(page, 'coverage-view');
});

test('a section whose stored text holds a part the app cannot read says so, is shown read-only and changes nothing', async ({
  page,
}) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 7 \(13g\)/);
  await typeInSection(page, NORM_7_TEXT);
  await expectSaved(page);
  // A block of a kind this app does not know (as a later version of it might store), after the text.
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('norms-drafter');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('sections', 'readwrite');
      const rows = tx.objectStore('sections').index('draftId').openCursor(id);
      rows.onsuccess = () => {
        const cursor = rows.result;
        if (!cursor) return;
        const row = cursor.value as { norm: string | null; content: { root: { children: unknown[] } } };
        if (row.norm === 'g') row.content.root.children.push({ type: 'examplia-chart', version: 1, children: [] });
        cursor.update(row);
        cursor.continue();
      };
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, draftId);
  const stored = async () => (await storedSections(page, draftId)).find((section) => section.norm === 'g')?.content;
  const before = await stored();

  await page.reload();
  const main = page.getByRole('main');
  await expect(main.getByRole('alert')).toHaveText(
    'Part of this section could not be read. It is shown read-only so that the saved text is not overwritten.',
  );
  const body = main.locator('.nd-editor__content');
  await expect(body).toHaveText(NORM_7_TEXT);
  await expect(body).toHaveAttribute('contenteditable', 'false');
  await body.click();
  await page.keyboard.type(' More words.');
  await expect(body).toHaveText(NORM_7_TEXT);
  await screenshot(page, 'unreadable-block-read-only');
  // Leaving the section and the draft writes whatever was pending: the stored text is as it was.
  await openSection(page, 'Executive summary');
  await page.goto('/');
  expect(await stored()).toEqual(before);
});
