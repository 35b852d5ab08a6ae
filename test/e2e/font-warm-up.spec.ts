// The draft screen's fonts are looked up before the draft is drawn (ui/FontWarmUp.tsx): every
// size, weight and style of text the screen shows is among those the warm-up draws, so the
// screen's first frame asks the system's font service nothing, and the warm-up itself is never
// seen nor read aloud.
import { expect, test, type Page } from './helpers/guards';
import { createDraft, editor, expectSaved, openSection, typeInSection } from './helpers/drafts';

/** Each font (family, size, weight, style) that visible text of the page is drawn in. */
async function drawnFonts(page: Page): Promise<{ screen: Record<string, string>; warmUp: string[] }> {
  return page.evaluate(() => {
    const font = (style: CSSStyleDeclaration) =>
      `${style.fontFamily} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`;
    const warmUp = [...document.querySelectorAll('.font-warm-up span')].map((span) => font(getComputedStyle(span)));
    const screen: Record<string, string> = {};
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('.font-warm-up')) continue;
      if (!element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
      screen[font(getComputedStyle(element))] ??= node.textContent.trim().slice(0, 30);
    }
    // Footnote numbers in the text are drawn by the style sheet, not held as text.
    for (const reference of document.querySelectorAll('.nd-footnote-ref'))
      screen[font(getComputedStyle(reference, '::before'))] ??= 'footnote reference';
    return { screen, warmUp };
  });
}

test('the fonts of the draft screen are looked up before it is drawn, unseen', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, { template: 'Norms only', submitter: 'Republic of Examplia' });
  await openSection(page, /^Norm 7/);
  await typeInSection(page, 'Critical infrastructure is listed in ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('law');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Control+i');
  await page.keyboard.type(' since 2019');
  await page.keyboard.press('Control+i');
  await page.keyboard.press('Control+Alt+F');
  await page.keyboard.type('Act on Networks.');
  await expectSaved(page);

  // A start straight into the section, as when the app reopens where it was left.
  await page.reload();
  await expect(editor(page)).toContainText('since 2019');
  await expect(page.locator('.font-warm-up span').first()).toBeAttached();
  const { screen, warmUp } = await drawnFonts(page);
  expect(Object.keys(screen).length).toBeGreaterThan(8);
  const notWarmed = Object.entries(screen).filter(([font]) => !warmUp.includes(font));
  expect(notWarmed, 'fonts drawn on the draft screen that the warm-up does not draw').toEqual([]);

  const warmUpBox = page.locator('.font-warm-up');
  await expect(warmUpBox).toHaveAttribute('aria-hidden', 'true');
  await expect(warmUpBox).toBeHidden();
  expect(await warmUpBox.boundingBox()).toEqual(expect.objectContaining({ width: 0, height: 0 }));
});
