import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import stakeholder from '../../templates/stakeholder-contribution.template.json';
import normsOnly from '../../templates/norms-only.template.json';
import { loadTemplates, parseTemplate, templatesFromModules, TemplateError } from './schema';

const SHIPPED = [national, stakeholder, normsOnly];
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function errorOf(raw: unknown): string {
  try {
    parseTemplate(raw);
  } catch (error) {
    if (error instanceof TemplateError) return error.message;
    throw error;
  }
  throw new Error('expected a TemplateError');
}

describe('template schema', () => {
  it('accepts every shipped template, in display order', () => {
    expect(loadTemplates([normsOnly, stakeholder, national]).map((t) => t.id)).toEqual(['national-non-paper', 'stakeholder-contribution', 'norms-only']);
  });

  it('unwraps bundler JSON modules', () => {
    expect(templatesFromModules({ a: { default: national }, b: { default: normsOnly } }).map((t) => t.id)).toEqual(['national-non-paper', 'norms-only']);
  });

  it('gives every norm section guidance (4-8 prompts) and sub-headings (3-6)', () => {
    for (const template of loadTemplates(SHIPPED)) {
      for (const section of template.sections.filter((s) => s.kind === 'norm')) {
        expect(section.guidanceKeys?.length).toBeGreaterThanOrEqual(4);
        expect(section.guidanceKeys?.length).toBeLessThanOrEqual(8);
        expect(section.subheadingKeys?.length).toBeGreaterThanOrEqual(3);
        expect(section.subheadingKeys?.length).toBeLessThanOrEqual(6);
      }
    }
  });

  it('rejects unknown keys, with the template id and the path', () => {
    const raw = copy(national) as Record<string, unknown>;
    (raw.sections as Record<string, unknown>[])[1]!.colour = 'red';
    expect(errorOf(raw)).toBe('Template "national-non-paper" is invalid: sections[1]: Unrecognized key: "colour"');
  });

  it('rejects a norm section without a letter and a norm listed twice', () => {
    const missing = copy(normsOnly);
    delete (missing.sections[0] as { norm?: string }).norm;
    expect(errorOf(missing)).toMatch(/sections\[0\]\.norm: A norm section needs "norm"/);
    const twice = copy(normsOnly);
    twice.sections[1]!.norm = 'a';
    expect(errorOf(twice)).toMatch(/sections\[1\]\.norm: Norm a appears twice/);
  });

  it('rejects unknown placeholders and blocks with both or neither text and key', () => {
    const raw = copy(national);
    raw.sections[0]!.initialContent![1] = { text: '{ministry}', style: 'heading' };
    expect(errorOf(raw)).toMatch(/Unknown placeholder \{ministry\}/);
    raw.sections[0]!.initialContent![1] = { style: 'heading' } as never;
    expect(errorOf(raw)).toMatch(/exactly one of "text" or "textKey"/);
  });

  it('rejects prototype keys and duplicate ids', () => {
    expect(errorOf(JSON.parse('{"id":"x","__proto__":{}}'))).toBe('Template "x" is invalid: forbidden key "__proto__" at (top level)');
    expect(() => loadTemplates([national, national])).toThrow('Two templates have the id "national-non-paper"');
  });
});
