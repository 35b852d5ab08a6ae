// A mail link can ask some mail clients to attach a local file (attach=, attachment=): pasted
// into the editor, it is kept as a link without that field. Checked in what IndexedDB stores.
import { expect, test } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, storedSections, typeInSection } from './helpers/drafts';

async function paste(page: Parameters<typeof editor>[0], data: Record<string, string>): Promise<void> {
  await editor(page).evaluate((element, entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

async function selectedText(page: Parameters<typeof editor>[0]): Promise<string> {
  // The editor applies a selection change after the event that made it.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return page.evaluate(() => getSelection()?.toString() ?? '');
}

test('pasted mail links keep their address and lose attach/attachment fields, from HTML and as a URL pasted over words', async ({
  page,
}) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 5 \(13e\)/);
  await editor(page).click();
  await paste(page, {
    'text/html':
      '<p>Write to <a href="mailto:desk@examplia.example?subject=Norms&amp;ATTACHMENT=%2Fhome%2Fuser%2F.ssh%2Fid_rsa">the desk</a>.</p>',
    'text/plain': 'Write to the desk.',
  });
  await expect(editor(page).getByRole('link', { name: 'the desk' })).toHaveAttribute(
    'href',
    'mailto:desk@examplia.example?subject=Norms',
  );

  await typeInSection(page, ' Or the unit');
  await expect(editor(page)).toContainText('Or the unit');
  // The word is selected as a user would, then checked: under load a key can reach the page
  // before the editor has drawn the previous one, and a selection one letter short links "nit".
  for (let presses = 0; presses < 8 && (await selectedText(page)) !== 'unit'; presses++) {
    await page.keyboard.press('Shift+ArrowLeft');
  }
  expect(await selectedText(page)).toBe('unit');
  await paste(page, { 'text/plain': 'mailto:unit@examplia.example?%61ttach=C:/secret.docx' });
  await expect(editor(page).getByRole('link', { name: 'unit' })).toHaveAttribute(
    'href',
    'mailto:unit@examplia.example',
  );
  await expectSaved(page);

  const stored = JSON.stringify((await storedSections(page, draftId)).find((s) => s.norm === 'e')?.content);
  expect([...stored.matchAll(/"url":"([^"]*)"/g)].map((m) => m[1])).toEqual([
    'mailto:desk@examplia.example?subject=Norms',
    'mailto:unit@examplia.example',
  ]);
  expect(stored).not.toMatch(/attach|id_rsa|secret/i);
});
