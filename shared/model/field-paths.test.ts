import { describe, expect, it } from 'vitest';
import { answeredSurvey, surveyDraft } from '../../test/fixtures/survey-draft';
import { fillFields, FieldValueError, listedFields } from './field-paths';
import { draftSchema } from './schema';

const norm = (draft: ReturnType<typeof surveyDraft>, letter: string) => {
  const index = draft.sections.findIndex((section) => section.norm === letter);
  return listedFields(draft.sections[index]!, index);
};

describe('fields addressed by id', () => {
  it('lists each field and checklist item with a draft-wide id, its value or status and whether it is internal', () => {
    const draft = answeredSurvey();
    expect(draftSchema.safeParse(draft).success).toBe(true);
    const fields = norm(draft, 'g');
    expect(fields.find((f) => f.id === 'norm-g.assistance')).toEqual({
      id: 'norm-g.assistance',
      kind: 'choice',
      value: ['sought', 'offered'],
      internal: false,
    });
    expect(fields.find((f) => f.id === 'norm-g.capacityNeeds')).toMatchObject({ internal: true });
    const items = fields.find((f) => f.id === 'norm-g.practicalActions')!.items!;
    expect(items.slice(0, 2)).toEqual([
      {
        id: 'norm-g.practicalActions.g1',
        status: 'implemented',
        leadAgency: 'Examplia Cyber Agency',
        evidence: 'https://example.org/act',
        note: '',
        internal: false,
      },
      expect.objectContaining({ id: 'norm-g.practicalActions.g2', status: 'inProgress', internal: true }),
    ]);
    expect(listedFields(draft.sections[0]!, 0)).toEqual([
      { id: 'section-1.asOf', kind: 'date', value: '2026-02-27', internal: false },
    ]);
  });

  it('refuses an unknown id or a value its field does not take, naming both, and changes nothing', () => {
    const draft = surveyDraft();
    const before = JSON.stringify(draft);
    const refused = (id: string, value: string) => {
      try {
        fillFields(draft, [
          { id: 'norm-a.measuresOther', value: 'first' },
          { id, value },
        ]);
      } catch (error) {
        expect(error).toBeInstanceOf(FieldValueError);
        return (error as Error).message;
      }
      throw new Error(`${id}=${value} was accepted`);
    };
    expect(refused('norm-z.challenges', 'x')).toMatch(/no field or checklist item "norm-z.challenges"/);
    expect(refused('norm-a.nothing', 'x')).toMatch(/no field or checklist item "norm-a.nothing"/);
    expect(refused('norm-a.practicalActions.zz', 'implemented')).toMatch(/no field or checklist item/);
    expect(refused('norm-a.practicalActions.a1', 'done')).toMatch(
      /takes a status: notStarted, inProgress, implemented, notApplicable; not "done"/,
    );
    expect(refused('norm-a.assistance', 'maybe')).toMatch(/has no option "maybe"; choose from: sought, offered/);
    expect(refused('section-1.asOf', '2026-02-30')).toMatch(/real date written YYYY-MM-DD/);
    expect(refused('norm-a.challenges.internal', 'yes')).toMatch(/true or false/);
    expect(refused('norm-a.practicalActions', 'implemented')).toMatch(/is a checklist/);
    expect(refused('norm-a.challenges', 'x'.repeat(2_001))).toMatch(/too long/);
    expect(JSON.stringify(draft)).toBe(before);
  });
});
