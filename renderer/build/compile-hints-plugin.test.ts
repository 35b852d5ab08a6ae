import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, addCompileHints, startupChunkNames } from './compile-hints-plugin';

const chunk = (code: string, imports: string[] = [], isEntry = false) => ({
  type: 'chunk' as const,
  isEntry,
  imports,
  code,
  map: { mappings: 'AAAA' },
});

/** An app like ours: the entry, what it imports, and a screen loaded on first use. */
function bundle() {
  return {
    'assets/index.js': chunk('import "./react.js";import("./trash.js")', ['assets/react.js'], true),
    'assets/index.js.map': { type: 'asset' as const, source: JSON.stringify({ version: 3, mappings: 'AAAA' }) },
    'assets/react.js': chunk('import "./runtime.js"', ['assets/runtime.js']),
    'assets/runtime.js': chunk('export {}'),
    'assets/trash.js': chunk('import "./react.js"', ['assets/react.js']),
    'assets/index.css': { type: 'asset' as const, source: 'body{}' },
  };
}

describe('compile hints for start-up code', () => {
  it('finds the entry and what it imports statically, directly or not, and not a screen loaded later', () => {
    expect(startupChunkNames(bundle())).toEqual(['assets/index.js', 'assets/react.js', 'assets/runtime.js']);
  });

  it('puts the hint on the first line of start-up chunks only, once, with their source maps a line down', () => {
    const output = bundle();
    addCompileHints(output);
    addCompileHints(output);
    expect(output['assets/index.js'].code).toBe(`${COMPILE_HINT}\nimport "./react.js";import("./trash.js")`);
    expect(output['assets/runtime.js'].code).toBe(`${COMPILE_HINT}\nexport {}`);
    expect(output['assets/trash.js'].code).toBe('import "./react.js"');
    expect(output['assets/index.js'].map.mappings).toBe(';AAAA');
    expect(output['assets/trash.js'].map.mappings).toBe('AAAA');
    expect(JSON.parse(output['assets/index.js.map'].source)).toEqual({ version: 3, mappings: ';AAAA' });
  });
});
