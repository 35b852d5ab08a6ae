// Contributions: the lead lists two contributors with different sections and sends each a file;
// the contributor opens theirs, sees whose draft it is and what is asked, writes only the asked
// sections and returns a file holding the edit and the ticket.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download } from '@playwright/test';
import { expect, test, type Page } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, outline, screenshot, typeInSection } from './helpers/drafts';
import { tempFolder } from './helpers/files';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('contribution');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

interface ContributionFile {
  version: number;
  draft: { id: string; sections: { id: string; norm: string | null; kind: string; content: unknown }[] };
  contribution: {
    id: string;
    draftId: string;
    from: { name: string };
    to: { name: string; organisation: string; contributorId: string };
    request: string;
    due: string;
    sections: string[];
    others: string;
    returnedAt?: number;
  };
}

async function saved(download: Download): Promise<ContributionFile> {
  const file = join(folder, download.suggestedFilename());
  await download.saveAs(file);
  return JSON.parse(readFileSync(file, 'utf8')) as ContributionFile;
}

/** Serious and critical accessibility violations (WCAG 2.2 AA) of what the page shows now. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

async function leadCollaboration(page: Page, draftId: string) {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('norms-drafter');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const row = await new Promise<{ collaboration?: { contributors: { name: string }[]; sent: unknown[] } }>(
      (resolve, reject) => {
        const request = db.transaction('drafts').objectStore('drafts').get(id);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      },
    );
    db.close();
    return row.collaboration;
  }, draftId);
}

test('sends sections out for contribution, opens one as the contributor and returns it with the edit', async ({
  page,
}) => {
  test.setTimeout(120_000); // a whole round trip: five files written and read, two accessibility scans
  await page.goto('/');
  const leadId = await createDraft(page, { template: 'National non-paper', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 7 \(13g\)/);
  await typeInSection(page, 'The national CERT coordinates incident response.');
  await expectSaved(page);

  const fileButton = page.getByRole('banner').getByRole('button', { name: 'File', exact: true });
  await fileButton.click();
  await page.getByRole('banner').getByRole('button', { name: 'Contributors…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Contributors' });
  await expect(dialog.getByText('No contributors yet.')).toBeVisible();
  const contributors = dialog.locator('fieldset.contributor');

  await dialog.getByRole('button', { name: 'Add a contributor' }).click();
  const cert = contributors.nth(0);
  await expect(cert.getByLabel('Name')).toBeFocused();
  await page.keyboard.type('Quillon Ardent');
  await cert.getByLabel('Organisation').fill('Examplia CERT');
  await cert.getByRole('checkbox', { name: /^Norm 7 \(13g\)/ }).check();
  await cert.getByRole('checkbox', { name: /^Norm 8 \(13h\)/ }).check();
  await cert.getByLabel('What is asked').fill('Please describe how the CERT protects critical infrastructure.');
  await cert.getByLabel('Due by').fill('2026-12-20');

  await dialog.getByRole('button', { name: 'Add a contributor' }).click();
  const justice = contributors.nth(1);
  await justice.getByLabel('Name').fill('Orla Penhale');
  await justice.getByLabel('Organisation').fill('Ministry of Justice');
  // Sending asks for at least one section for each chosen contributor, and says so under them.
  await dialog.getByRole('button', { name: 'Send for contribution' }).click();
  await expect(justice.getByText('Choose at least one section for Orla Penhale.')).toBeVisible();
  await justice.getByRole('checkbox', { name: 'Executive summary' }).check();
  await expect(dialog.getByRole('radio', { name: 'Included, read-only, for context' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'Norms Drafter file (.normdraft)' })).toBeChecked();
  await screenshot(page, 'contribution-dialog');

  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await dialog.getByRole('button', { name: 'Send for contribution' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contribution files written: 2.' })).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect.poll(() => downloads.length).toBe(2);
  const files = await Promise.all(downloads.map(saved));
  const certFile = files.find((file) => file.contribution.to.name === 'Quillon Ardent')!;
  const justiceFile = files.find((file) => file.contribution.to.name === 'Orla Penhale')!;
  const certName = downloads
    .map((d) => d.suggestedFilename())
    .find((name) => name.endsWith(' - Quillon Ardent.normdraft'));
  expect(certName).toBeDefined();
  expect(certFile).toMatchObject({
    version: 3,
    draft: { id: leadId },
    contribution: {
      draftId: leadId,
      from: { name: 'Republic of Examplia' },
      to: { organisation: 'Examplia CERT' },
      request: 'Please describe how the CERT protects critical infrastructure.',
      due: '2026-12-20',
      others: 'read-only',
    },
  });
  const normG = certFile.draft.sections.find((s) => s.norm === 'g')!;
  const normH = certFile.draft.sections.find((s) => s.norm === 'h')!;
  expect(certFile.contribution.sections).toEqual([normG.id, normH.id]);
  expect(JSON.stringify(normG.content)).toContain('The national CERT coordinates incident response.');
  expect(justiceFile.contribution.sections).toEqual([certFile.draft.sections.find((s) => s.kind === 'summary')!.id]);
  // Neither file names the other contributor.
  expect(JSON.stringify(certFile)).not.toContain('Orla Penhale');
  expect(JSON.stringify(justiceFile)).not.toContain('Quillon Ardent');
  const recorded = await leadCollaboration(page, leadId);
  expect(recorded?.contributors.map((c) => c.name)).toEqual(['Quillon Ardent', 'Orla Penhale']);
  expect(recorded?.sent).toHaveLength(2);
  // Opened again, the dialog shows the contributors as saved.
  await fileButton.click();
  await page.getByRole('banner').getByRole('button', { name: 'Contributors…' }).click();
  await expect(dialog.getByLabel('Name')).toHaveCount(2);
  await expect(dialog.getByLabel('Name').first()).toHaveValue('Quillon Ardent');
  await expect(dialog.getByRole('checkbox', { name: /^Norm 8 \(13h\)/ }).first()).toBeChecked();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The CERT opens its file, here in the same library as the lead's draft: a copy of its own.
  await fileButton.click();
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: 'Open draft file…' }).click();
  await (await choosing).setFiles(join(folder, certName!));
  await expect(
    page.getByRole('status').filter({ hasText: 'as your contribution to the draft of Republic of Examplia' }),
  ).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(`#/draft/${leadId}`));
  const banner = page.getByRole('region', { name: 'A contribution to the draft of Republic of Examplia' });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('Quillon Ardent (Examplia CERT)');
  await expect(banner).toContainText('Please describe how the CERT protects critical infrastructure.');
  await expect(banner).toContainText('20 December 2026');
  await expect(banner.getByRole('button', { name: /^Norm 7 \(13g\)/ })).toBeVisible();
  await expect(banner.getByRole('button', { name: /^Norm 8 \(13h\)/ })).toBeVisible();
  // A contributor's copy is not sent out again, nor its template changed.
  await fileButton.click();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Save draft file…' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Contributors…' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Change template…' })).toHaveCount(0);
  await expect(outline(page).getByRole('link', { name: /Norm 7 \(13g\).*Yours/ })).toBeVisible();
  await expect(outline(page).getByRole('link', { name: /Executive summary/ })).not.toContainText('Yours');
  await screenshot(page, 'contribution-banner');

  // A section not asked for is shown for reading only.
  await openSection(page, /Executive summary/);
  await expect(page.getByText('For reading only: this section is not one you were asked to write.')).toBeVisible();
  await expect(editor(page)).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByLabel('Status')).toHaveCount(0);
  await screenshot(page, 'contribution-read-only');
  expect(await violations(page)).toEqual([]);

  // The asked section is written as usual, then returned.
  await banner.getByRole('button', { name: /^Norm 7 \(13g\)/ }).click();
  await expect(editor(page)).toHaveAttribute('contenteditable', 'true');
  await typeInSection(page, ' Examplia CERT answers operators within four hours.');
  await expectSaved(page);
  await screenshot(page, 'contribution-asked-section');
  const returning = page.waitForEvent('download');
  await banner.getByRole('button', { name: 'Return contribution' }).click();
  const returnedDownload = await returning;
  // Named apart from the file received, however long the draft's title.
  expect(returnedDownload.suggestedFilename()).toMatch(/ - Quillon Ardent \(contribution\)\.normdraft$/);
  const returned = await saved(returnedDownload);
  await expect(
    page.getByRole('status').filter({ hasText: 'send this file back to Republic of Examplia' }),
  ).toBeVisible();
  expect(returned.draft.id).toBe(leadId);
  expect(returned.contribution).toMatchObject({ ...certFile.contribution, returnedAt: expect.any(Number) });
  expect(returned.draft.sections.map((s) => s.id)).toEqual(certFile.contribution.sections);
  const written = JSON.stringify(returned.draft.sections[0]!.content);
  expect(written).toContain('The national CERT coordinates incident response.');
  expect(written).toContain('Examplia CERT answers operators within four hours.');

  // The same file opened again opens the copy already made, with what was written in it.
  const copyUrl = page.url().split('/').slice(0, -1).join('/');
  await fileButton.click();
  const again = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: 'Open draft file…' }).click();
  await (await again).setFiles(join(folder, certName!));
  await expect(
    page.getByRole('status').filter({ hasText: 'This contribution is already in your drafts' }),
  ).toBeVisible();
  expect(page.url()).toContain(copyUrl.split('#')[1]!);
  await openSection(page, /Norm 7 \(13g\)/);
  await expect(editor(page)).toContainText('Examplia CERT answers operators within four hours.');

  // The returned file, opened where the lead's draft is, points to that draft and adds nothing.
  await fileButton.click();
  const back = page.waitForEvent('filechooser');
  await page.getByRole('banner').getByRole('button', { name: 'Open draft file…' }).click();
  await (await back).setFiles(join(folder, returnedDownload.suggestedFilename()));
  await expect(
    page.getByRole('status').filter({ hasText: 'This file is Quillon Ardent’s contribution returned to your draft' }),
  ).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#/draft/${leadId}$`));
  await expect(page.getByRole('region', { name: /^A contribution to the draft/ })).toHaveCount(0);
  await page.goBack();
  await expect(page.getByRole('region', { name: /^A contribution to the draft/ })).toBeVisible();

  // In an Arabic interface the banner reads right to left, the names as typed.
  await page.getByRole('banner').getByRole('combobox', { name: 'Language of the application' }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('region', { name: 'مساهمة في مسودة Republic of Examplia' })).toBeVisible();
  await screenshot(page, 'contribution-banner-ar');
  expect(await violations(page)).toEqual([]);
});
