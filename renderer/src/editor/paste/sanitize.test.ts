// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HOSTILE_HTML, WORD_HTML } from './fixtures';
import { sanitizePastedDom } from './sanitize';

function sanitized(html: string): HTMLElement {
  const dom = new DOMParser().parseFromString(html, 'text/html');
  sanitizePastedDom(dom);
  return dom.body;
}

describe('sanitizePastedDom', () => {
  it('removes scripts, styles, frames, objects, forms, images and SVG with their contents', () => {
    const body = sanitized(HOSTILE_HTML);
    expect(
      body.querySelectorAll(
        'script, style, iframe, object, embed, form, input, button, img, svg, noscript, template, link, base',
      ),
    ).toHaveLength(0);
    for (const gone of ['alert', 'stolen', 'typed secret', 'Send', 'svg words', 'Enable scripts', 'hidden template']) {
      expect(body.innerHTML).not.toContain(gone);
    }
  });

  it('keeps no event handler, class or colour, and no reference to another origin', () => {
    const html = sanitized(HOSTILE_HTML).outerHTML;
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/tracker\.example|evil\.example/);
    expect(html).not.toMatch(/class=|color|background/);
  });

  it('turns javascript:, data:, file: and vbscript: links into plain text and keeps safe ones, cleaned', () => {
    const body = sanitized(HOSTILE_HTML);
    const links = Array.from(body.querySelectorAll('a'));
    expect(links.map((a) => a.outerHTML)).toEqual(['<a href="https://safe.example/guide">the guide</a>']);
    expect(body.querySelector('p')?.textContent).toBe('Click here, there, data, file, basic or the guide.');
  });

  it('keeps the formatting the importer reads (bold spans, Word list paragraphs)', () => {
    const heading = sanitized(HOSTILE_HTML).querySelector('h3');
    expect(heading?.querySelector('span')?.style.fontWeight).toBe('700');
    expect(heading?.style.textAlign).toBe('');
    const word = sanitized(WORD_HTML);
    expect(word.querySelectorAll('p.MsoListParagraphCxSpFirst')).toHaveLength(2);
    expect(word.querySelector('p.MsoNormal')).toBeNull();
    expect(word.innerHTML).not.toMatch(/clip_image|v:shape|imagedata|draft\.docx/);
    expect(word.textContent).toContain('the internal draft');
  });
});
