// The templates shipped in templates/ are taken as they are when the app starts
// (renderer/src/templates/registry.ts): every one of them must pass the template schema here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates, parseTemplate } from '../../../shared/templates';
import { TEMPLATES } from './registry';

const DIR = resolve(import.meta.dirname, '..', '..', '..', 'templates');
const files = readdirSync(DIR).filter((name) => name.endsWith('.template.json'));
const raw = (name: string): unknown => JSON.parse(readFileSync(join(DIR, name), 'utf8'));

describe('shipped templates', () => {
  it.each(files)('%s passes the template schema', (name) => {
    expect(() => parseTemplate(raw(name))).not.toThrow();
  });

  it('are the app’s templates, in the order the schema’s loading gives', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(TEMPLATES).toEqual(loadTemplates(files.map(raw)));
  });
});
