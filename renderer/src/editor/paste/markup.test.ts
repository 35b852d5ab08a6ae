// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { neutraliseMarkup, restorePastedStyles } from './markup';

describe('neutraliseMarkup', () => {
  it('parks style attributes, drops handlers and renames style elements, leaving text alone', () => {
    const html = `<p class="a" STYLE='font-weight:700' onclick="go()" OnMouseOver=x>Set style="bold" and onclick=run in text</p><style>p > b { color: red }</style>`;
    expect(neutraliseMarkup(html)).toBe(
      `<p class="a" data-nd-style='font-weight:700'>Set style="bold" and onclick=run in text</p><nd-style>p > b { color: red }</nd-style>`,
    );
  });

  it('copes with ">" inside quoted values and drops comments', () => {
    const html = `<a title="a > b" href="https://x.example/?q=1>2" style="font-style:italic">t</a><!--[if gte vml 1]><v:shape style="w:1"/><![endif]-->`;
    expect(neutraliseMarkup(html)).toBe(
      `<a title="a > b" href="https://x.example/?q=1>2" data-nd-style="font-style:italic">t</a>`,
    );
  });
});

describe('restorePastedStyles', () => {
  it('restores formatting declarations through the CSSOM and keeps Word list marks', () => {
    const dom = new DOMParser().parseFromString(
      neutraliseMarkup(
        `<p style="mso-list:l0 level2 lfo1;margin-left:72pt"><span style="font-weight:700;color:red;background:url(https://t.example/x)">x</span></p>`,
      ),
      'text/html',
    );
    restorePastedStyles(dom);
    const p = dom.querySelector('p');
    const span = dom.querySelector('span');
    expect(p?.getAttribute('data-mso-list')).toBe('l0 level2 lfo1');
    expect(p?.style.marginLeft).toBe('');
    expect([span?.style.fontWeight, span?.style.color, span?.style.background]).toEqual(['700', '', '']);
    expect(dom.querySelector('[data-nd-style]')).toBeNull();
  });
});
