import { describe, expect, it } from 'vitest';
import { draftSchema, sectionSchema } from './schema';
import { exampliaForumContribution, exampliaNonPaper } from '../../test/fixtures/examplia';

function issuesOf(value: unknown) {
  const result = draftSchema.safeParse(value);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('draftSchema', () => {
  it('accepts the fixture drafts as created from templates and edited', () => {
    expect(issuesOf(exampliaNonPaper())).toEqual([]);
    expect(issuesOf(exampliaForumContribution())).toEqual([]);
  });

  it('rejects unknown keys on the draft and on a section', () => {
    expect(issuesOf({ ...exampliaNonPaper(), owner: 'someone' })).toEqual([
      { path: '', message: 'Unrecognized key: "owner"' },
    ]);
    const draft = exampliaNonPaper();
    Object.assign(draft.sections[2]!, { hidden: true });
    expect(issuesOf(draft)).toEqual([{ path: 'sections.2', message: 'Unrecognized key: "hidden"' }]);
  });

  it('rejects dates that are not real YYYY-MM-DD dates', () => {
    for (const date of ['2025-02-30', '05/09/2025', '2025-9-5', '']) {
      expect(issuesOf({ ...exampliaNonPaper(), fields: { ...exampliaNonPaper().fields, date } })[0]?.path).toBe(
        'fields.date',
      );
    }
  });

  it('rejects wrong types and oversized strings', () => {
    expect(issuesOf({ ...exampliaNonPaper(), createdAt: '2025' })[0]?.path).toBe('createdAt');
    expect(issuesOf({ ...exampliaNonPaper(), language: 'de' })[0]?.path).toBe('language');
    expect(
      issuesOf({ ...exampliaNonPaper(), fields: { ...exampliaNonPaper().fields, title: 'T'.repeat(1_001) } })[0]
        ?.message,
    ).toMatch(/Too big/);
    expect(issuesOf({ ...exampliaNonPaper(), id: 'has space' })[0]?.path).toBe('id');
  });

  it('ties the norm letter to norm sections', () => {
    const section = { ...exampliaNonPaper().sections[5]! };
    expect(sectionSchema.safeParse({ ...section, norm: null }).error?.issues[0]?.message).toBe(
      'A norm section needs its norm letter (a to k)',
    );
    expect(sectionSchema.safeParse({ ...section, kind: 'other' }).error?.issues[0]?.message).toBe(
      'Only norm sections carry a norm letter',
    );
  });

  it('rejects two sections with the same id', () => {
    const draft = exampliaNonPaper();
    draft.sections[3]!.id = draft.sections[2]!.id;
    expect(issuesOf(draft)).toEqual([
      { path: 'sections.3.id', message: `Duplicate section id "${draft.sections[2]!.id}"` },
    ]);
  });
});
