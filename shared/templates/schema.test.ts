import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import stakeholder from '../../templates/stakeholder-contribution.template.json';
import normsOnly from '../../templates/norms-only.template.json';
import { loadTemplates, parseTemplate, templateFields, templatesFromModules, TemplateError } from './schema';

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
    expect(loadTemplates([normsOnly, stakeholder, national]).map((t) => t.id)).toEqual([
      'national-non-paper',
      'stakeholder-contribution',
      'norms-only',
    ]);
  });

  it('unwraps bundler JSON modules', () => {
    expect(templatesFromModules({ a: { default: national }, b: { default: normsOnly } }).map((t) => t.id)).toEqual([
      'national-non-paper',
      'norms-only',
    ]);
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
    expect(errorOf(JSON.parse('{"id":"x","__proto__":{}}'))).toBe(
      'Template "x" is invalid: forbidden key "__proto__" at (top level)',
    );
    expect(() => loadTemplates([national, national])).toThrow('Two templates have the id "national-non-paper"');
  });

  it('declares fields as data: the seven placeholders are built in, a template adds its own and may use them in its text', () => {
    const shipped = parseTemplate(national);
    expect(templateFields(shipped).map((field) => field.id)).toEqual([
      'title',
      'submitter',
      'issuingBody',
      'forum',
      'date',
      'monthYear',
      'government',
    ]);
    expect(
      templateFields(shipped)
        .filter((field) => field.required)
        .map((field) => field.id),
    ).toEqual(['title', 'submitter', 'date']);
    const raw = copy(national) as Record<string, unknown> & typeof national;
    raw.fields = [{ id: 'meetingName', labelKey: 'field.meetingName', kind: 'text', required: false }];
    raw.sections[0]!.initialContent!.push({ text: 'Prepared for {meetingName}', requires: ['meetingName'] } as never);
    const withField = parseTemplate(raw);
    expect(templateFields(withField).at(-1)).toEqual({
      id: 'meetingName',
      labelKey: 'field.meetingName',
      kind: 'text',
      required: false,
    });
  });

  it('rejects a template field that repeats a built-in or another field, an unknown kind, and an unknown field in "requires"', () => {
    const field = (id: string, kind = 'text') => ({ id, labelKey: `field.${id}`, kind, required: false });
    const builtIn = copy(national) as Record<string, unknown>;
    builtIn.fields = [field('forum')];
    expect(errorOf(builtIn)).toBe(
      'Template "national-non-paper" is invalid: fields[0].id: "forum" is a built-in field; choose another id',
    );
    const twice = copy(national) as Record<string, unknown>;
    twice.fields = [field('meetingName'), field('meetingName')];
    expect(errorOf(twice)).toMatch(/fields\[1\]\.id: Field "meetingName" appears twice/);
    const kind = copy(national) as Record<string, unknown>;
    kind.fields = [field('meetingDay', 'colour')];
    expect(errorOf(kind)).toMatch(/fields\[0\]\.kind: Invalid option/);
    const requires = copy(national);
    (requires.sections[0]!.initialContent![0] as { requires?: string[] }).requires = ['ministry'];
    expect(errorOf(requires)).toBe(
      'Template "national-non-paper" is invalid: sections[0].initialContent[0].requires: Unknown field "ministry"',
    );
  });
});
