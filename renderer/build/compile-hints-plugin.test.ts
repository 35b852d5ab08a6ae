import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, addCompileHints } from './compile-hints-plugin';
import { fakeBundle } from './testing/fake-bundle';

describe('compile hints for start-up code', () => {
  it('go on the first line of the start-up chunks only, once, with their source maps a line down', () => {
    const output = fakeBundle();
    addCompileHints(output);
    addCompileHints(output);
    expect(output['assets/index.js'].code).toBe(`${COMPILE_HINT}\n// assets/index.js`);
    expect(output['assets/react-runtime.js'].code).toBe(`${COMPILE_HINT}\n// assets/react-runtime.js`);
    expect(output['assets/first-screen.js'].code).toBe(`${COMPILE_HINT}\n// assets/first-screen.js`);
    expect(output['assets/runtime.js'].code).toBe(`${COMPILE_HINT}\n// assets/runtime.js`);
    expect(output['assets/TrashScreen.js'].code).toBe('// assets/TrashScreen.js');
    expect(output['assets/fr.js'].code).toBe('// assets/fr.js');
    expect(output['assets/index.js'].map?.mappings).toBe(';AAAA');
    expect(output['assets/TrashScreen.js'].map?.mappings).toBe('AAAA');
    expect(JSON.parse(String(output['assets/index.js.map'].source))).toEqual({ version: 3, mappings: ';AAAA' });
  });
});
