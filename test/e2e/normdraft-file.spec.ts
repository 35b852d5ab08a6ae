// Draft files (.normdraft): saved from the draft view, opened from the library or the draft view.
// Opening never writes over a draft: the same draft opened again becomes a copy. A damaged or
// foreign file is refused with a clear message and the library stays as it was.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DrafterApi, MenuCommand } from '../../shared/bridge/api';
import { serializeNormdraft } from '../../shared/format/normdraft';
import type { Draft } from '../../shared/model/draft';
import { footnoteNode, paragraphNode, paragraphState, rootState, textNode } from '../../shared/model/empty';
import { expect, test, type Page } from './helpers/guards';
import { createDraft, draftIdFromUrl, expectSaved, openSection, storedSections, typeInSection } from './helpers/drafts';
import { insertFootnote, libraryCards, storedDraftCount, tempFolder } from './helpers/files';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('normdraft');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A draft file as another machine would have written it. */
function carriedDraft(): Draft {
  return {
    id: 'examplia-carried-draft',
    templateId: 'norms-only',
    fields: {
      title: 'Examplia on the eleven norms',
      submitter: 'Republic of Examplia',
      issuingBody: '',
      forum: 'OEWG, 2026 session',
      date: '2026-05-12',
    },
    submitterKind: 'state',
    language: 'en',
    createdAt: Date.UTC(2026, 4, 1),
    updatedAt: Date.UTC(2026, 4, 12),
    sections: [
      {
        id: 'norm-a',
        kind: 'norm',
        norm: 'a',
        heading: 'Cooperate for stability and security',
        status: 'drafting',
        content: rootState([
          paragraphNode([
            textNode('Examplia hosts the regional contact network.'),
            footnoteNode(['Coastal States Forum, 2025.']),
          ]),
        ]),
      },
      {
        id: 'norm-b',
        kind: 'norm',
        norm: 'b',
        heading: 'Consider all relevant information',
        status: 'empty',
        content: paragraphState([]),
      },
    ],
  };
}

async function openDraftFile(
  page: Page,
  file: string,
  button = page.getByRole('button', { name: 'Open draft file…' }).first(),
): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await button.click();
  await (await choosing).setFiles(file);
}

test('saves a draft as a .normdraft file and opens it again as a copy with the same content', async ({ page }) => {
  await page.goto('/');
  const originalId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 2 \(13b\)/);
  await typeInSection(page, 'Incidents are assessed by the national CERT before any response.');
  await insertFootnote(page, 'Examplia CERT, annual report 2025.');
  await expectSaved(page);

  // "File" shows the file actions; Escape hides them and returns to the button.
  const fileButton = page.getByRole('banner').getByRole('button', { name: 'File', exact: true });
  await fileButton.click();
  await expect(fileButton).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Save draft file…' })).toBeHidden();
  await expect(fileButton).toBeFocused();
  const downloading = page.waitForEvent('download');
  await fileButton.click();
  await page.getByRole('banner').getByRole('button', { name: 'Save draft file…' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/ - Republic of Examplia\.normdraft$/);
  const file = join(folder, download.suggestedFilename());
  await download.saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
    format: 'norms-drafter',
    version: 2,
    draft: { id: originalId },
    lineage: { draftId: originalId },
  });

  await page.getByRole('banner').getByRole('button', { name: 'File', exact: true }).click();
  await openDraftFile(page, file, page.getByRole('banner').getByRole('button', { name: 'Open draft file…' }));
  await expect(page.getByRole('status').filter({ hasText: 'opened as a separate copy' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\(copy\)$/);
  const copyId = draftIdFromUrl(page);
  expect(copyId).not.toBe(originalId);
  const content = (sections: Awaited<ReturnType<typeof storedSections>>) =>
    sections.map((s) => ({ id: s.id, heading: s.heading, content: s.content }));
  expect(content(await storedSections(page, copyId))).toEqual(content(await storedSections(page, originalId)));
  await openSection(page, /Norm 2 \(13b\)/);
  await expect(page.getByRole('main').getByRole('textbox').first()).toContainText(
    'Incidents are assessed by the national CERT',
  );

  await page.getByRole('link', { name: 'Library' }).click();
  await expect(libraryCards(page)).toHaveCount(2);
});

test('opens a draft file from the empty library as it was saved elsewhere', async ({ page }) => {
  const file = join(folder, 'carried.normdraft');
  writeFileSync(file, serializeNormdraft(carriedDraft()));
  await page.goto('/');
  await expect(page.getByText('No drafts yet')).toBeVisible();
  await openDraftFile(page, file);
  await expect(
    page.getByRole('status').filter({ hasText: '“Examplia on the eleven norms” was added to your drafts.' }),
  ).toBeVisible();
  expect(draftIdFromUrl(page)).toBe('examplia-carried-draft');
  await openSection(page, /Norm 1 \(13a\)/);
  await expect(page.getByRole('main').getByRole('textbox').first()).toContainText(
    'Examplia hosts the regional contact network.',
  );
});

test('refuses damaged, foreign and hostile files with a clear message and leaves the library unchanged', async ({
  page,
}) => {
  const valid = serializeNormdraft(carriedDraft());
  const files: [string, string, RegExp][] = [
    ['truncated.normdraft', valid.slice(0, Math.floor(valid.length / 2)), /damaged or incomplete/],
    [
      'newer.normdraft',
      valid.replace('"version":2', '"version":9'),
      /format version that this version of Norms Drafter cannot read/,
    ],
    ['other.normdraft', JSON.stringify({ name: 'something else' }), /not a Norms Drafter draft file/],
    [
      'hostile.normdraft',
      valid.replace('"title":', '"__proto__":{"polluted":true},"title":'),
      /not allowed\. It was not opened/,
    ],
    ['script.normdraft', valid.replace('"type":"text"', '"type":"script"'), /not allowed\. It was not opened/],
  ];
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await page.getByRole('link', { name: 'Library' }).click();
  await expect(libraryCards(page)).toHaveCount(1);

  for (const [name, text, message] of files) {
    const file = join(folder, name);
    writeFileSync(file, text);
    await openDraftFile(page, file);
    const problem = page.getByRole('dialog', { name: 'The file could not be opened' });
    await expect(problem).toContainText(message);
    await expect(problem).toContainText('Your drafts are unchanged.');
    await problem.getByRole('button', { name: 'Close' }).click();
    await expect(problem).toBeHidden();
    expect(await storedDraftCount(page)).toBe(1);
  }
  await expect(libraryCards(page)).toHaveCount(1);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
});

test.describe('in the desktop app', () => {
  // A stand-in for the desktop bridge: records saved files and lets the test send menu commands.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const listeners = new Set<(command: MenuCommand) => void>();
      // As the preload does: a command chosen before the page listens waits for its first listener.
      const waiting: MenuCommand[] = [];
      const saved: { name: string; text: string }[] = [];
      Object.assign(window, {
        __saved: saved,
        __menu: (command: MenuCommand) => {
          if (listeners.size === 0) waiting.push(command);
          listeners.forEach((listener) => listener(command));
        },
        // Typed against the bridge contract, so a method added to it is added here too.
        drafter: {
          getAppInfo: async () => ({ name: 'Norms Drafter', version: 'test', platform: 'electron' }),
          saveFile: async (request) => {
            saved.push({ name: request.suggestedName, text: new TextDecoder().decode(request.data.subarray(0, 64)) });
            return { saved: true, fileName: request.suggestedName };
          },
          openFile: async () => ({ opened: false, reason: 'cancelled' }),
          openFiles: async () => ({ opened: false, reason: 'cancelled' }),
          openExternal: async () => false,
          setUiLanguage: async () => {},
          listBackups: async () => [],
          writeBackup: async () => ({ written: false, reason: 'unavailable' }),
          readBackup: async () => ({ found: false }),
          onMenuCommand: (listener) => {
            listeners.add(listener);
            waiting.splice(0).forEach((command) => listener(command));
            return () => void listeners.delete(listener);
          },
          onFlushRequest: () => () => undefined,
        } satisfies DrafterApi,
      });
    });
  });

  const menu = (page: Page, command: string) =>
    page.evaluate((c) => (window as unknown as { __menu(c: string): void }).__menu(c), command);
  const savedFiles = (page: Page) =>
    page.evaluate(() => (window as unknown as { __saved: { name: string; text: string }[] }).__saved);

  test('a menu command chosen while the app is still loading is carried out once it is on screen', async ({ page }) => {
    // Sent before any of the page's own code runs, as a click on the menu during start-up would be.
    await page.addInitScript(() => (window as unknown as { __menu(c: string): void }).__menu('import-file'));
    await page.goto('/');
    await expect(page.getByRole('dialog', { name: 'Import a document' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible();
  });

  test('menu commands reach the same actions as the buttons', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible();
    await menu(page, 'new-draft');
    await expect(page.getByRole('dialog', { name: 'New draft' })).toBeVisible();
    await page.getByRole('dialog', { name: 'New draft' }).getByRole('button', { name: 'Cancel' }).click();

    await menu(page, 'export-docx');
    await expect(page.getByRole('status').filter({ hasText: 'Open a draft first' })).toBeVisible();

    await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
    await menu(page, 'save-draft-file');
    await expect(
      page.getByRole('status').filter({ hasText: /^Saved .* - Republic of Examplia\.normdraft\./ }),
    ).toBeVisible();
    await menu(page, 'export-docx');
    const dialog = page.getByRole('dialog', { name: 'Export to Word' });
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /^Exported .* - Republic of Examplia\.docx\./ }),
    ).toBeVisible();
    const files = await savedFiles(page);
    expect(files.map((f) => f.name.split('.').pop())).toEqual(['normdraft', 'docx']);
    expect(files[0]?.text).toMatch(/^\{"format":"norms-drafter","version":2,/);
    expect(files[1]?.text.startsWith('PK')).toBe(true);

    // The Word review round trip, as the draft's File menu offers it.
    await menu(page, 'export-for-review');
    const forReview = page.getByRole('dialog', { name: 'Export for review (Word)' });
    await expect(forReview).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(forReview).toHaveCount(0);
    await menu(page, 'bring-back-review');
    const bringBack = page.getByRole('dialog', { name: 'Bring back a reviewed Word file' });
    await expect(bringBack).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(bringBack).toHaveCount(0);

    await menu(page, 'import-file');
    await expect(page.getByRole('dialog', { name: 'Import a document' })).toBeVisible();
    await page.getByRole('dialog', { name: 'Import a document' }).getByRole('button', { name: 'Close' }).click();
    await menu(page, 'show-library');
    await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible();
  });
});
