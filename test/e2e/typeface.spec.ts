// Users compare the editor with the Word file: the editor shows document text in the typeface the
// export names for the draft's language (read here from the exported file's styles), in an
// English and in an Arabic draft.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, screenshot, typeInSection } from './helpers/drafts';
import { tempFolder, zipPart } from './helpers/files';

let folder: string;
test.beforeEach(() => {
  folder = tempFolder('typeface');
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The fonts the exported document's default run properties name (w:rFonts in styles.xml). */
async function exportedFonts(page: Page, name: string): Promise<{ ascii: string; cs: string }> {
  await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
  const downloading = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: 'Export to Word' })
    .getByRole('button', { name: 'Export', exact: true })
    .click();
  const file = join(folder, `${name}.docx`);
  await (await downloading).saveAs(file);
  const fonts = /<w:docDefaults>[\s\S]*?<w:rFonts ([^>]*)\/>/.exec(zipPart(file, 'word/styles.xml'))?.[1] ?? '';
  const attribute = (key: string) => new RegExp(`w:${key}="([^"]+)"`).exec(fonts)?.[1] ?? '';
  return { ascii: attribute('ascii'), cs: attribute('cs') };
}

/** The font families the browser really drew the editor's text with. */
async function renderedFonts(page: Page): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = await session.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await session.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: '.nd-editor__content p',
  });
  const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
  await session.detach();
  return fonts.map((f) => f.familyName);
}

const cases = [
  {
    language: 'en',
    submitter: 'Republic of Examplia',
    text: 'Examplia designates eleven critical sectors.',
    letters: /^(Arial|Liberation Sans|Arimo)$/,
  },
  {
    language: 'ar',
    submitter: 'جمهورية إكزامبليا',
    text: 'تحدد إكزامبليا أحد عشر قطاعًا حيويًا.',
    letters: /^(Arial|Noto Sans Arabic)$/,
  },
] as const;

for (const { language, submitter, text, letters } of cases)
  test(`shows an ${language === 'en' ? 'English' : 'Arabic'} draft in the typeface of its Word export`, async ({
    page,
  }) => {
    await page.goto('/');
    await createDraft(page, { template: 'Norms only', submitter, language });
    await openSection(page, /Norm 7 \(13g\)/);
    await typeInSection(page, text);
    await expectSaved(page);
    await screenshot(page, `typeface-${language}`);

    const exported = await exportedFonts(page, language);
    expect(exported.ascii).toBe('Arial');
    const family = await editor(page).evaluate((el) => getComputedStyle(el).fontFamily);
    const families = family.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
    // The export's fonts lead the editor's font list: the same letters where the fonts are installed.
    expect(families[0]).toBe(exported.ascii);
    expect(families).toContain(exported.cs);
    // Where Arial is not installed, the browser draws its metric-compatible substitute (and, for
    // Arabic letters, the script's Noto sans font), never the serif the editor used to show.
    const drawn = await renderedFonts(page);
    for (const font of drawn) expect(font).toMatch(/^(Arial|Liberation Sans|Arimo|Noto Sans Arabic)$/);
    expect(drawn.some((font) => letters.test(font))).toBe(true);
  });
