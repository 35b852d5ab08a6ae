// Changing a draft's template: a "Norms only" draft becomes a national non-paper. The dialog says
// that nothing is deleted and that a version is saved first; Norm 3's text and footnote stay; the
// executive summary appears; the version kept before the change brings the old shape back.
import { expect, test, type Page } from './helpers/guards';
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
import { openVersions, storedText } from './helpers/safety';

const NORM_3_TEXT = 'Examplia does not knowingly allow its territory to be used for internationally wrongful acts.';
const FOOTNOTE = 'Cybersecurity Act of the Republic of Examplia, 2024, article 12.';

async function insertFootnote(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+Alt+F');
  await expect(
    page
      .getByRole('main')
      .getByRole('textbox', { name: /^Text of footnote \d+$/ })
      .last(),
  ).toBeFocused();
  await page.keyboard.type(text);
}

/** Section kinds as stored, and the footnotes of the stored Norm 3 (13c). */
async function storedShape(page: Page, draftId: string) {
  const sections = await storedSections(page, draftId);
  return { kinds: sections.map((s) => s.kind), normCFootnotes: sections.find((s) => s.norm === 'c')?.footnotes };
}

test('a norms-only draft becomes a national non-paper, keeping Norm 3 and its footnote; the version kept first restores the old shape', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  const draftId = await createDraft(page, {
    template: 'Norms only',
    submitter: 'Republic of Examplia',
    forum: 'OEWG on ICTs',
  });
  await expect(outline(page).getByRole('link', { name: /Executive summary/ })).toHaveCount(0);
  await openSection(page, /Norm 3 \(13c\)/);
  await typeInSection(page, NORM_3_TEXT);
  await expectSaved(page);
  await insertFootnote(page, FOOTNOTE);
  await expectSaved(page);

  await page.getByRole('banner').getByRole('button', { name: 'Change template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the template' });
  await expect(dialog).toContainText('Current template: Norms only.');
  await expect(dialog).toContainText('Nothing is deleted');
  await expect(dialog).toContainText('A version of the draft as it is now is saved first');
  // The draft's own template is not offered; the others are, with their descriptions.
  await expect(dialog.getByRole('radio', { name: /^Norms only/ })).toHaveCount(0);
  await expect(dialog.getByRole('radio', { name: /^Stakeholder contribution/ })).toBeVisible();
  await dialog.getByRole('radio', { name: /^National non-paper/ }).check();
  expect(await unlabelledControls(page)).toEqual([]);
  await screenshot(page, 'change-template-dialog');
  await dialog.getByRole('button', { name: 'Change template', exact: true }).click();
  await expect(dialog).toBeHidden();

  await expect(
    page.getByRole('status').filter({ hasText: 'The draft now follows the template “National non-paper”.' }),
  ).toContainText('Sections kept: 11; sections added: 5.');
  await expect(outline(page).getByRole('link', { name: /Executive summary/ })).toBeVisible();
  await expect(outline(page).getByRole('link', { name: /National approach/ })).toBeVisible();
  await expectSaved(page);
  await openSection(page, /Norm 3 \(13c\)/);
  await expect(editor(page)).toContainText(NORM_3_TEXT);
  await expect(page.getByRole('main').getByRole('textbox', { name: 'Text of footnote 1' })).toHaveText(FOOTNOTE);
  await screenshot(page, 'change-template-done');
  const changed = await storedShape(page, draftId);
  expect(changed.kinds).toEqual(['title', 'summary', 'approach', 'general', ...Array(11).fill('norm'), 'closing']);
  expect(changed.normCFootnotes).toBe(1);
  expect(await storedText(page, draftId, 'c')).toBe(NORM_3_TEXT);

  // The version kept automatically before the change puts the norms-only shape back.
  const versions = await openVersions(page);
  const before = versions.getByRole('listitem').filter({ hasText: 'Before a template change' });
  await expect(before).toHaveCount(1);
  await before.getByRole('button', { name: /^Restore the whole draft/ }).click();
  await page
    .getByRole('dialog', { name: /^Restore the version of/ })
    .getByRole('button', { name: 'Restore' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /^The version of .* was restored/ })).toBeVisible();
  await expect(outline(page).getByRole('link', { name: /Executive summary/ })).toHaveCount(0);
  await expect(outline(page).getByRole('link', { name: /Norm 3 \(13c\)/ })).toBeVisible();
  const restored = await storedShape(page, draftId);
  expect(restored.kinds).toEqual(Array(11).fill('norm'));
  expect(restored.normCFootnotes).toBe(1);
  expect(await storedText(page, draftId, 'c')).toBe(NORM_3_TEXT);
});

test('changing the template can be cancelled, and then changes nothing', async ({ page }) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  const before = await storedSections(page, draftId);
  await page.getByRole('banner').getByRole('button', { name: 'Change template…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the template' });
  await dialog.getByRole('radio', { name: /^Norms only/ }).check();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Change template…' })).toBeFocused();
  expect(await storedSections(page, draftId)).toEqual(before);
  const versions = await openVersions(page);
  await expect(versions.getByRole('heading', { name: /^Versions of/ })).toBeVisible();
  await expect(versions.getByText('Before a template change')).toHaveCount(0);
});

test('a template change is refused, saying why, while another tab has changed the draft; after a reload it goes through', async ({
  page,
  context,
}) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 3 \(13c\)/);
  const second = await context.newPage();
  await second.goto(page.url());
  await expect(editor(second)).toBeVisible();
  await typeInSection(second, NORM_3_TEXT);
  await expectSaved(second);

  const change = async () => {
    await page.getByRole('banner').getByRole('button', { name: 'Change template…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the template' });
    await dialog.getByRole('radio', { name: /^National non-paper/ }).check();
    await dialog.getByRole('button', { name: 'Change template', exact: true }).click();
    return dialog;
  };
  const dialog = await change();
  await expect(dialog.getByRole('alert')).toHaveText(
    'The template was not changed: this draft was changed in another window or tab. Reload it to see those changes, then try again.',
  );
  await screenshot(page, 'change-template-elsewhere');
  expect((await storedShape(page, draftId)).kinds).not.toContain('summary');
  expect(await storedText(page, draftId, 'c')).toBe(NORM_3_TEXT);
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // The window says which section changed elsewhere, as after any change made in another tab.
  await expect(page.getByText(/This draft was changed in another window or tab \(.*Norm 3/)).toBeVisible();
  await page.getByRole('button', { name: 'Reload the draft' }).click();
  await expect(editor(page)).toContainText(NORM_3_TEXT);
  await expect(await change()).toBeHidden();
  await expect(outline(page).getByRole('link', { name: /Executive summary/ })).toBeVisible();
  expect(await storedText(page, draftId, 'c')).toBe(NORM_3_TEXT);
  await second.close();
});
