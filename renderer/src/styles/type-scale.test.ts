// The interface draws its text in a short scale of sizes and one heavy weight (base.css). Each
// further size or weight is one more font the engine looks up, through the system's font service,
// the first time a screen draws it; on the draft screen's first frame those look-ups were most of
// its layout, and made it one task longer than 50 ms (bench/). Document text keeps the Word file's
// sizes and bold: rules in its typeface, or on the editor's document classes, are left out here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = join(import.meta.dirname, '..');
/** The print layout is a picture of the Word file's pages, in its point sizes. */
const PAGE_PICTURE = join('print', 'print.css');
const DOCUMENT_CLASSES =
  /^\s*\.(nd-h2|nd-h3|nd-bold|nd-footnote-ref|nd-footnotes__number|nd-footnotes|nd-editor__content|nd-editor__placeholder|nd-sub|nd-sup)\b/;
const DOCUMENT_TYPEFACE = /font-family:\s*var\(--(font-document|nd-doc-font)/;

function styleSheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return styleSheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

interface Declaration {
  where: string;
  value: string;
}

/** Every font size and weight the interface's own rules declare, with the rule they are in. */
function interfaceDeclarations(property: 'font-size' | 'font-weight'): Declaration[] {
  const found: Declaration[] = [];
  for (const path of styleSheets(SOURCE)) {
    const name = relative(SOURCE, path);
    if (name === PAGE_PICTURE) continue;
    for (const [, selector = '', body = ''] of withoutComments(readFileSync(path, 'utf8')).matchAll(
      /([^{}]*)\{([^{}]*)\}/g,
    )) {
      if (DOCUMENT_TYPEFACE.test(body) || selector.split(',').some((part) => DOCUMENT_CLASSES.test(part))) continue;
      for (const [, value = ''] of body.matchAll(new RegExp(`(?:^|[;\\s])${property}:\\s*([^;]+);`, 'g')))
        found.push({ where: `${name} ${selector.trim()}`, value: value.trim() });
    }
  }
  return found;
}

describe('the interface’s type', () => {
  it('takes its sizes from the scale, or relative to the text around it', () => {
    const sizes = interfaceDeclarations('font-size');
    expect(sizes.length).toBeGreaterThan(50);
    const off = sizes.filter(
      ({ value }) => !/^var\(--text-[a-z0-9]+\)$/.test(value) && !/^[0-9.]+em$/.test(value) && value !== 'inherit',
    );
    // The root's own size, which the scale's rem steps are counted from.
    expect(off.map(({ where, value }) => `${where}: ${value}`)).toEqual(['styles/base.css :root: 15px']);
  });

  it('has one heavy weight', () => {
    const weights = interfaceDeclarations('font-weight');
    expect(weights.length).toBeGreaterThan(30);
    const off = weights.filter(({ value }) => !['var(--weight-strong)', '400', '500', 'normal'].includes(value));
    expect(off.map(({ where, value }) => `${where}: ${value}`)).toEqual([]);
  });

  it('defines each step once, and gives headings and strong text the heavy weight', () => {
    const base = readFileSync(join(SOURCE, 'styles', 'base.css'), 'utf8');
    expect(base.match(/--text-[a-z0-9]+:/g)?.length).toBe(8);
    expect(base).toMatch(/--weight-strong: 600;/);
    expect(base).toMatch(/:where\(h1, h2, h3, h4, h5, h6, strong, b, th\) \{\s*font-weight: var\(--weight-strong\);/);
  });
});
