import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import survey from '../../templates/national-survey.template.json';
import sgViews from '../../templates/sg-views.template.json';
import english from '../../locales/en/templates.json';
import { createDraft } from './create-draft';
import { messagesTranslator } from './messages';
import { parseTemplate, TemplateError } from './schema';
import { draftSchema } from '../model/schema';
import type { ChecklistField, SectionField } from '../model/section-fields';

const env = () => {
  let n = 0;
  return { now: 1_767_000_000_000, newId: () => `id-${++n}`, translate: messagesTranslator(english) };
};
const params = { submitter: 'Republic of Examplia', forum: '', language: 'en' as const, date: '2026-03-02' };
const ids = (fields: readonly SectionField[] | undefined) => (fields ?? []).map((field) => field.id);

describe('structured fields in templates', () => {
  it('builds the survey: Parts I to IV, and each norm with its measures by type, needs and assistance', () => {
    const draft = createDraft(parseTemplate(survey), params, env());
    expect(draftSchema.safeParse(draft).success).toBe(true);
    const headings = draft.sections.map((section) => section.heading);
    for (const part of ['Part I:', 'Part II:', 'Part III:', 'Part IV:'])
      expect(headings.some((heading) => heading.startsWith(part))).toBe(true);
    const norms = draft.sections.filter((section) => section.kind === 'norm');
    expect(norms).toHaveLength(11);
    for (const norm of norms) {
      expect(ids(norm.fields)).toEqual([
        'measuresLegislation',
        'measuresPolicy',
        'measuresInstitution',
        'measuresCooperation',
        'measuresOther',
        'challenges',
        'capacityNeeds',
        'assistance',
        'assistanceDetails',
        'practicalActions',
      ]);
      const assistance = norm.fields!.find((field) => field.id === 'assistance');
      expect(assistance).toMatchObject({ kind: 'choice', multiple: true, value: [], internal: false });
    }
  });

  it('builds the Secretary-General views from four questions', () => {
    const draft = createDraft(parseTemplate(sgViews), params, env());
    const questions = draft.sections.filter((section) => section.kind === 'general');
    expect(questions.map((section) => section.heading)).toEqual([
      'General appreciation of ICT security issues',
      'National efforts to strengthen ICT security and international cooperation',
      'Content of the relevant concepts',
      'Possible international measures to strengthen ICT security',
    ]);
  });

  it('asks the Secretary-General views for the date of the position, the resolution answered and the kinds of efforts', () => {
    const draft = createDraft(parseTemplate(sgViews), params, env());
    expect(draftSchema.safeParse(draft).success).toBe(true);
    const [title, q1, q2, q3, q4] = draft.sections;
    const say = messagesTranslator(english);
    expect(title!.fields?.map((field) => [field.id, field.kind, say(field.labelKey)])).toEqual([
      ['positionDate', 'date', 'Date of the national position'],
      ['resolution', 'shortText', 'Resolution this reply answers'],
    ]);
    const efforts = q2!.fields?.[0];
    expect(efforts).toMatchObject({ id: 'effortKinds', kind: 'choice', multiple: true, internal: false });
    expect(efforts?.kind === 'choice' && efforts.options.map((option) => say(option.labelKey))).toEqual([
      'Legislation',
      'Policy or strategy',
      'Institutions',
      'International cooperation',
      'Other',
    ]);
    // The other questions are answered in prose only; no checklist, since no section is a norm.
    for (const section of [q1, q3, q4]) expect(section!.fields ?? []).toEqual([]);
    expect(draft.sections.some((section) => section.fields?.some((field) => field.kind === 'checklist'))).toBe(false);
  });

  it('gives every norm section of every template its checklist of practical actions, not started', () => {
    for (const template of [national, survey]) {
      const draft = createDraft(parseTemplate(template), params, env());
      const norms = draft.sections.filter((section) => section.kind === 'norm');
      for (const norm of norms) {
        const checklist = norm.fields?.find((field) => field.kind === 'checklist') as ChecklistField;
        expect(checklist.items.length).toBeGreaterThanOrEqual(3);
        expect(checklist.items.every((item) => item.status === 'notStarted' && !item.internal)).toBe(true);
        expect(checklist.items[0]!.labelKey).toBe(`checklist.${norm.norm}.1`);
      }
      expect(
        draft.sections
          .filter((section) => section.kind !== 'norm')
          .every((s) => !s.fields?.some((f) => f.kind === 'checklist')),
      ).toBe(true);
    }
  });

  it('takes a new kind of question from data alone: a single choice, a date and a checklist of its own', () => {
    const template = parseTemplate({
      id: 'examplia-form',
      version: 1,
      nameKey: 'template.norms-only.name',
      descriptionKey: 'template.norms-only.description',
      submitterKind: 'any',
      titleKey: 'title.normsOnly',
      sections: [
        {
          kind: 'general',
          heading: 'Readiness',
          fields: [
            {
              id: 'stage',
              kind: 'choice',
              multiple: false,
              labelKey: 'survey.field.assistance',
              options: [
                { id: 'early', labelKey: 'survey.option.sought' },
                { id: 'late', labelKey: 'survey.option.offered' },
              ],
            },
            { id: 'reviewed', kind: 'date', labelKey: 'survey.field.asOf', internal: true },
            {
              id: 'steps',
              kind: 'checklist',
              labelKey: 'checklist.practicalActions',
              items: [{ id: 's1', labelKey: 'checklist.a.1' }],
            },
          ],
        },
      ],
    });
    const [section] = createDraft(template, params, env()).sections;
    expect(section!.fields).toEqual([
      expect.objectContaining({ id: 'stage', kind: 'choice', multiple: false, value: [] }),
      { id: 'reviewed', kind: 'date', labelKey: 'survey.field.asOf', value: '', internal: true },
      expect.objectContaining({
        id: 'steps',
        kind: 'checklist',
        items: [expect.objectContaining({ id: 's1', status: 'notStarted' })],
      }),
    ]);
  });

  it('refuses a template whose fields do not hold together, saying which', () => {
    const withFields = (fields: unknown[], norm = false) => ({
      id: 'broken',
      version: 1,
      nameKey: 'template.norms-only.name',
      descriptionKey: 'template.norms-only.description',
      submitterKind: 'any',
      titleKey: 'title.normsOnly',
      sections: [norm ? { kind: 'norm', norm: 'a', heading: 'A', fields } : { kind: 'general', heading: 'G', fields }],
    });
    const text = { id: 'x', kind: 'shortText', labelKey: 'survey.field.challenges' };
    expect(() => parseTemplate(withFields([text, text]))).toThrow(/Field "x" appears twice/);
    expect(() => parseTemplate(withFields([{ ...text, id: 'practicalActions' }], true))).toThrow(/appears twice/);
    expect(() =>
      parseTemplate(
        withFields([{ id: 'c', kind: 'checklist', labelKey: 'checklist.practicalActions', source: 'nowhere' }], true),
      ),
    ).toThrow(/No checklist file "nowhere"/);
    expect(() =>
      parseTemplate(withFields([{ id: 'c', kind: 'checklist', labelKey: 'checklist.practicalActions' }])),
    ).toThrow(TemplateError);
    expect(() =>
      parseTemplate(withFields([{ id: 'c', kind: 'choice', labelKey: 'a.b', multiple: false, options: [] }])),
    ).toThrow(TemplateError);
  });
});
