// Pasting from Word and the web keeps structure and drops everything unsafe. Checked in what
// IndexedDB stores, not only on screen.
import { expect, test } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, storedSections } from './helpers/drafts';

// Invented sample: Word's list markup, plus a script, an event handler, a javascript: link and a
// remote image a hostile page might carry.
const CLIPBOARD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><meta name=Originator content="Microsoft Word 15"><style>p.MsoNormal { margin: 0 } @list l0:level1 { mso-level-number-format: bullet }</style>
<script>window.pasteScriptRan = true</script></head>
<body lang=EN-GB>
<!--StartFragment-->
<p class=MsoNormal onclick="window.pasteHandlerRan = true">Examplia's <b>national CERT</b> reports <a href="javascript:window.pasteLinkRan = true">incidents</a> and <a href="https://cert.examplia.example/guidance">publishes guidance</a>.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Incident reporting line opened<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Sector regulators trained<o:p></o:p></p>
<p class=MsoNormal><img src="https://tracker.example/pixel.gif" onerror="window.pasteImageRan = true">End of sample.</p>
<!--EndFragment-->
</body></html>`;

test('a pasted Word list is kept, and scripts, handlers, javascript: links and remote images are dropped', async ({
  page,
}) => {
  await page.goto('/');
  const draftId = await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /Norm 1 \(13a\)/);
  await editor(page).click();
  await editor(page).evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'plain fallback');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, CLIPBOARD_HTML);

  await expect(editor(page).getByRole('listitem')).toHaveText([
    'Incident reporting line opened',
    'Sector regulators trained',
  ]);
  await expect(editor(page).getByRole('link', { name: 'publishes guidance' })).toHaveAttribute(
    'href',
    'https://cert.examplia.example/guidance',
  );
  await expect(editor(page)).toContainText('reports incidents and');
  await expectSaved(page);

  const norm1 = (await storedSections(page, draftId)).find((s) => s.norm === 'a');
  const json = JSON.stringify(norm1?.content);
  expect(json).toContain('"type":"list"');
  expect(json).toContain('Incident reporting line opened');
  expect(json).toContain('Sector regulators trained');
  expect(json).toContain('https://cert.examplia.example/guidance');
  for (const unsafe of [
    'javascript:',
    'onclick',
    'onerror',
    'script',
    'pasteScriptRan',
    'tracker.example',
    'mso-',
    '<',
  ])
    expect(json).not.toContain(unsafe);

  const ran = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return ['pasteScriptRan', 'pasteHandlerRan', 'pasteLinkRan', 'pasteImageRan'].filter(
      (name) => w[name] !== undefined,
    );
  });
  expect(ran).toEqual([]);
  await expect(page.locator('[onclick], [onerror], img[src^="http"], script:not([src])')).toHaveCount(0);

  await page.reload();
  await expect(editor(page).getByRole('listitem')).toHaveCount(2);
});
