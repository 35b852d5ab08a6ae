// shared/ must run in a browser, a web worker, the CLI and tests alike: prove that lint refuses
// DOM, Electron, React and Node dependencies there, and accepts them elsewhere.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

// The first lint loads the configuration, its plugins and the TypeScript parser (several seconds,
// once): done here so that each test measures only its own linting.
beforeAll(() => problems('export const x = 1;\n', 'shared/model/probe.ts'), 60_000);

describe('shared/ stays pure', () => {
  const forbidden: Array<[string, string]> = [
    ['electron', "import { app } from 'electron';\nexport const x = app;\n"],
    ['react', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['node:fs', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['fs', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
    ['path', "import { join } from 'path';\nexport const x = join;\n"],
    ['document', 'export const x = document.title;\n'],
    ['window', 'export const x = window.location;\n'],
    ['process', 'export const x = process.env;\n'],
  ];

  for (const [what, code] of forbidden) {
    it(`refuses ${what} in shared/`, async () => {
      const found = await problems(code, 'shared/model/probe.ts');
      expect(found.some((p) => p.startsWith('no-restricted-imports') || p.startsWith('no-restricted-globals'))).toBe(
        true,
      );
    });
  }

  it('allows the same imports in the Electron main process', async () => {
    const found = await problems("import { app } from 'electron';\nexport const x = app;\n", 'electron/probe.ts');
    expect(found.filter((p) => p.startsWith('no-restricted'))).toEqual([]);
  });
});
