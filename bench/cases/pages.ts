// Steps the browser cases share: opening the app at a place, and typing with measurement.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { LARGE_DRAFT_ID } from '../web/library';
import { probes, resetProbes, waitForProbe } from '../lib/browser';
import { keyLatencies, withEventTiming, type KeyLatencies } from '../lib/event-timing';

/** Norm 7 (13g), in the middle of the large draft. */
export const MIDDLE_NORM_SECTION = 's8';
/** Norm 2 (13b): a footnote inserted here renumbers every later one. */
export const NORM_2_SECTION = 's3';

export function sectionUrl(site: string, sectionId: string, draftId = LARGE_DRAFT_ID): string {
  return `${site}#/draft/${draftId}/${sectionId}`;
}

/**
 * Tries a style change on an open page without a build: `rules` become the page's one adopted
 * style sheet (the app adopts none of its own), and '' takes them away again.
 */
export async function setTrialStyle(page: Page, rules: string): Promise<void> {
  await page.evaluate((css) => {
    // Through the CSSOM: the app's Content Security Policy refuses inline style elements.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [sheet];
  }, rules);
}

/** A bare contenteditable page (no app, no style, no script) holding `html`, in `direction`. */
export async function openBare(context: BrowserContext, html = 'Examplia', direction = 'ltr'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(
    `data:text/html,${encodeURIComponent(`<main><div contenteditable="true" dir="${direction}" style="width:40em;min-height:20em">${html}</div></main>`)}`,
  );
  return page;
}

/** A section's text as the app shows it: the editor's DOM, without the app's styles or script. */
export interface SectionCopy {
  html: string;
  direction: string;
}

/**
 * Copies the section at `url` from the app (or, `paragraphOnly`, only the paragraph the caret goes
 * to, without the rest of the section).
 */
export async function copySection(context: BrowserContext, url: string, paragraphOnly = false): Promise<SectionCopy> {
  const app = await openSection(context, url);
  const editable = app.page.locator('main [contenteditable="true"]').first();
  const html = paragraphOnly
    ? await editable.evaluate((element) => {
        const paragraphs = element.querySelectorAll(':scope > p');
        return paragraphs[Math.floor(paragraphs.length / 2)]!.outerHTML;
      })
    : await editable.innerHTML();
  const direction = await editable.evaluate((element) => getComputedStyle(element).direction);
  await app.page.close();
  return { html, direction };
}

/**
 * A bare contenteditable holding a copy of a section (copySection), with the caret where the app
 * cases put it: what the browser alone costs per keystroke for that much text.
 */
export async function openBareCopy(context: BrowserContext, copy: SectionCopy): Promise<Page> {
  const page = await openBare(context, copy.html, copy.direction);
  await caretInMiddle(page);
  return page;
}

/** A new tab at `url`, returned once the section editor shows its text (painted). */
export async function openSection(context: BrowserContext, url: string): Promise<{ page: Page; editableAtMs: number }> {
  const page = await context.newPage();
  await page.goto(url);
  const editableAtMs = await waitForProbe(page, 'editableAt');
  return { page, editableAtMs };
}

/** Puts the caret at the end of a paragraph in the middle of the section's body. */
export async function caretInMiddle(page: Page): Promise<void> {
  const paragraphs = page.locator('main [contenteditable="true"]').first().locator(':scope > p');
  const count = await paragraphs.count();
  const target = paragraphs.nth(Math.floor(count / 2));
  await target.scrollIntoViewIfNeeded();
  await target.click();
  await page.keyboard.press('End');
}

/** A letter Playwright's US keyboard does not have (Arabic): pressed as a key of another layout. */
export const isForeignCharacter = (key: string) => key.length === 1 && key.charCodeAt(0) > 0x7f;

/** One key press of a keyboard whose layout types `character` (keydown with its text, keyup). */
export async function pressCharacter(cdp: CDPSession, character: string): Promise<void> {
  const key = { key: character, code: 'KeyA', windowsVirtualKeyCode: 65 };
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: character, unmodifiedText: character, ...key });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key });
}

/**
 * Presses the keys at a steady pace (a key, then a pause: about 12 keystrokes a second, a fast
 * typist) while Chrome traces, and returns each key's latency by the browser's Event Timing:
 * keydown to the presentation of the frame that shows it (paint and composite included), and
 * the whole interaction's (keydown, keypress, keyup). Nothing polls the page while typing.
 */
export async function typeMeasured(page: Page, keys: readonly string[], pauseMs = 80): Promise<KeyLatencies> {
  // Keys pressed before (placing the caret) settle first and are not counted.
  await page.waitForTimeout(150);
  await resetProbes(page);
  const { entries } = await withEventTiming(page, async () => {
    const cdp = keys.some(isForeignCharacter) ? await page.context().newCDPSession(page) : null;
    for (const key of keys) {
      if (cdp && isForeignCharacter(key)) await pressCharacter(cdp, key);
      else await page.keyboard.press(key);
      await page.waitForTimeout(pauseMs);
    }
    // The last frames are presented and reported before the trace stops (a frame can wait for
    // presentation up to the caret's next blink).
    await page.waitForTimeout(1200);
  });
  // Chords count once: their modifier keydowns are not recorded.
  const { keydowns } = await probes(page);
  if (keydowns.length !== keys.length)
    throw new Error(`typing: ${keys.length} keys pressed, ${keydowns.length} keydowns seen by the page`);
  return keyLatencies(entries, keydowns);
}

/**
 * Presses F8 `count` times on a page whose only handler for it moves the view 4,000 px, down then
 * back up: each time a screen of the page's text it has not drawn lately, with no other work.
 * What the browser alone takes to present a new screen, as a footnote's insertion must when the
 * caret goes from the text to the footnotes under it.
 */
export async function jumpMeasured(page: Page, count: number, pauseMs: number): Promise<KeyLatencies> {
  await page.evaluate(() => {
    let down = false;
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'F8') return;
        event.preventDefault();
        down = !down;
        window.scrollBy(0, down ? 4000 : -4000);
      },
      true,
    );
  });
  return typeMeasured(
    page,
    Array.from({ length: count }, () => 'F8'),
    pauseMs,
  );
}

const PROSE =
  ' Examplia reports every significant incident to the national team within one day, and tests its plans each year.';
const ARABIC_PROSE = ' تبلغ إكزامبليا الفريق الوطني بكل حادث جسيم خلال يوم واحد، وتختبر خططها كل عام.';

/** Printable keys for `count` keystrokes of ordinary prose, in English or in Arabic. */
export function proseKeys(count: number, language: 'en' | 'ar' = 'en'): string[] {
  const text = language === 'ar' ? ARABIC_PROSE : PROSE;
  return Array.from({ length: count }, (_, i) => {
    const char = text[i % text.length]!;
    return char === ' ' ? 'Space' : char;
  });
}
