// Arabic mirrors the whole UI through dir="rtl" alone, which only works when CSS never names a
// physical side. This fails on any physical property or on `direction:` in the renderer's CSS.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', 'renderer');

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cssFiles(path);
    return name.endsWith('.css') ? [path] : [];
  });
}

const PHYSICAL = [
  /(^|[\s;{])direction\s*:/,
  /(margin|padding|border)-(left|right)\b/,
  /(^|[\s;{])(left|right)\s*:/,
  /text-align\s*:\s*(left|right)/,
  /float\s*:\s*(left|right)/,
  /clear\s*:\s*(left|right)/,
  /border-(top|bottom)-(left|right)-radius/,
];

describe('renderer CSS uses logical properties only', () => {
  const files = cssFiles(root);

  it('finds the stylesheets', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${relative(root, file)} names no physical side and no direction`, () => {
      const offending = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('\n')
        .map((line, i) => ({ line: line.trim(), number: i + 1 }))
        .filter(({ line }) => PHYSICAL.some((re) => re.test(line)));
      expect(offending).toEqual([]);
    });
  }
});
