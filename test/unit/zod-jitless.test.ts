// The app's Content-Security-Policy refuses eval: if a schema module took zod from the package
// instead of from zod.ts, its first object schema could run before the setting and report a
// policy violation in the middle of start-up (see shared/model/zod.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '../../shared/model/zod';

const SHARED = resolve(import.meta.dirname, '..', '..', 'shared');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('zod in shared/', () => {
  it('never compiles parsers with eval', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('is taken from zod.ts by every schema module', () => {
    const direct = sourceFiles(SHARED)
      .filter((file) => !file.endsWith(join('model', 'zod.ts')))
      .filter((file) => /^import (?!type )[^;]*from 'zod(\/[^']*)?';/m.test(readFileSync(file, 'utf8')))
      .map((file) => relative(SHARED, file));
    expect(direct).toEqual([]);
  });
});
