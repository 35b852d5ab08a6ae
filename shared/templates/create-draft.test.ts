import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import stakeholder from '../../templates/stakeholder-contribution.template.json';
import normsOnly from '../../templates/norms-only.template.json';
import french from '../../locales/fr/templates.json';
import { createDraft, DraftParamsError, type CreateDraftParams } from './create-draft';
import { parseTemplate } from './schema';
import { messagesTranslator } from './messages';
import { sectionPlainText } from '../model/text';
import { fieldTexts } from '../model/field-texts';
import { fieldNode, textNode } from '../model/empty';
import { TEXT_FORMAT, type SerializedParagraph } from '../model/lexical-json';
import { draftSchema } from '../model/schema';

const env = () => {
  let n = 0;
  return { now: 1_757_000_000_000, newId: () => `id-${++n}` };
};
const stateParams: CreateDraftParams = {
  submitter: 'Republic of Examplia',
  forum: 'OEWG on ICTs, 2025 session',
  language: 'en',
  date: '2025-09-05',
  issuingBody: 'Ministry of Foreign Affairs of Examplia',
};
const text = (draft: ReturnType<typeof createDraft>, kind: string) =>
  sectionPlainText(draft.sections.find((s) => s.kind === kind)!.content, fieldTexts(draft));

describe('createDraft', () => {
  it('puts the title block’s fields into the text as field nodes, not as copies of their values', () => {
    const draft = createDraft(parseTemplate(national), stateParams, env());
    const [ministry, title, submitterLine] = draft.sections[0]!.content.root.children as SerializedParagraph[];
    expect(ministry!.children).toEqual([fieldNode('issuingBody')]);
    expect(title!.children).toEqual([fieldNode('title')]);
    expect(submitterLine!.children).toEqual([
      fieldNode('submitter', TEXT_FORMAT.bold),
      textNode(', ', TEXT_FORMAT.bold),
      fieldNode('monthYear', TEXT_FORMAT.bold),
    ]);
    expect(draft.sections.at(-1)!.content.root.children[0]).toMatchObject({ children: [fieldNode('date')] });
    expect(JSON.stringify(draft.sections[0]!.content)).not.toContain('Examplia');
  });

  it('lays out the national non-paper: title block, summary, approach, policy heading, 11 norms, date', () => {
    const draft = createDraft(parseTemplate(national), stateParams, env());
    expect(draft.sections.map((s) => s.kind)).toEqual([
      'title',
      'summary',
      'approach',
      'general',
      ...Array(11).fill('norm'),
      'closing',
    ]);
    expect(text(draft, 'title')).toBe(
      [
        'Ministry of Foreign Affairs of Examplia',
        'Non-paper on national efforts to implement the norms of responsible State behaviour in the use of ICTs recommended in the reports of the UN Groups of Governmental Experts',
        'Republic of Examplia, September 2025',
      ].join('\n'),
    );
    expect(text(draft, 'closing')).toBe('5 September 2025');
    expect(draft).toMatchObject({
      templateId: 'national-non-paper',
      submitterKind: 'state',
      createdAt: 1_757_000_000_000,
      updatedAt: 1_757_000_000_000,
    });
    expect(draftSchema.safeParse(draft).success).toBe(true);
  });

  it('gives norm sections their letter, short title, guidance and sub-heading keys', () => {
    const draft = createDraft(parseTemplate(national), stateParams, env());
    const g = draft.sections.find((s) => s.norm === 'g')!;
    expect(g).toMatchObject({ kind: 'norm', heading: 'Protect critical infrastructure', status: 'empty' });
    expect(g.guidanceKeys).toContain('norm.g.guidance.1');
    expect(g.subheadingKeys).toContain('subheading.regulatoryFramework');
  });

  it('leaves out the ministry line when there is none, and takes a custom title', () => {
    const draft = createDraft(
      parseTemplate(national),
      { ...stateParams, issuingBody: '', title: 'Examplia and the 11 norms' },
      env(),
    );
    expect(text(draft, 'title')).toBe('Examplia and the 11 norms\nRepublic of Examplia, September 2025');
    expect(draft.fields.title).toBe('Examplia and the 11 norms');
  });

  it('fills the stakeholder disclaimer with the submitter and the government, and the forum line', () => {
    const params = {
      submitter: 'Examplia Digital Rights Forum',
      forum: 'OEWG intersessional meeting, December 2025',
      language: 'en' as const,
      date: '2025-11-20',
    };
    const named = createDraft(
      parseTemplate(stakeholder),
      { ...params, government: 'the Government of the Republic of Examplia' },
      env(),
    );
    expect(text(named, 'title')).toContain(
      'This contribution is made by Examplia Digital Rights Forum in its own name.',
    );
    expect(text(named, 'title')).toContain('official position of the Government of the Republic of Examplia.');
    expect(text(named, 'title')).toContain('Submitted to: OEWG intersessional meeting, December 2025');
    expect(named.fields.government).toBe('the Government of the Republic of Examplia');
    const unnamed = createDraft(parseTemplate(stakeholder), { ...params, forum: '' }, env());
    expect(text(unnamed, 'title')).toContain('official position of any government.');
    expect(text(unnamed, 'title')).not.toContain('Submitted to');
    expect(unnamed.submitterKind).toBe('stakeholder');
  });

  it('writes headings, boilerplate and dates in the document language', () => {
    const draft = createDraft(
      parseTemplate(national),
      { ...stateParams, language: 'fr' },
      { ...env(), translate: messagesTranslator(french) },
    );
    expect(draft.sections.map((s) => s.heading).slice(0, 3)).toEqual(['Bloc de titre', 'Résumé', 'Approche nationale']);
    expect(text(draft, 'closing')).toBe('5 septembre 2025');
    expect(draft.language).toBe('fr');
  });

  it('falls back to English when the host has no translation (i18next returns the key)', () => {
    const draft = createDraft(parseTemplate(normsOnly), stateParams, { ...env(), translate: (key) => key });
    expect(draft.sections[0]!.heading).toBe('Cooperate for stability and security');
  });

  it('refuses an empty submitter, a bad date and the wrong kind of submitter', () => {
    const template = parseTemplate(national);
    expect(() => createDraft(template, { ...stateParams, submitter: '  ' }, env())).toThrow(DraftParamsError);
    expect(() => createDraft(template, { ...stateParams, date: '2025-02-30' }, env())).toThrow(
      'Invalid date "2025-02-30"',
    );
    expect(() => createDraft(template, { ...stateParams, submitterKind: 'stakeholder' }, env())).toThrow(
      'is for State submissions',
    );
    expect(() => createDraft(template, { ...stateParams, forum: 'f'.repeat(501) }, env())).toThrow(/forum: Too big/);
    expect(
      createDraft(parseTemplate(normsOnly), { ...stateParams, submitterKind: 'stakeholder' }, env()).submitterKind,
    ).toBe('stakeholder');
  });

  it('fills a template field from its value and refuses a draft that lacks a required field or names one its template lacks', () => {
    const raw = JSON.parse(JSON.stringify(national)) as Record<string, unknown> & typeof national;
    raw.fields = [
      { id: 'meetingName', labelKey: 'field.meetingName', kind: 'text', required: true },
      { id: 'sessionStart', labelKey: 'field.sessionStart', kind: 'date', required: false },
    ];
    raw.sections[0]!.initialContent!.push({
      text: 'Prepared for {meetingName}, opening {sessionStart}',
      requires: ['sessionStart'],
    } as never);
    const template = parseTemplate(raw);
    const draft = createDraft(
      template,
      { ...stateParams, extraFields: { meetingName: ' Ninth substantive session ', sessionStart: '2026-03-02' } },
      env(),
    );
    expect(draft.fields).toMatchObject({
      meetingName: 'Ninth substantive session',
      sessionStart: '2026-03-02',
      submitter: 'Republic of Examplia',
    });
    expect(text(draft, 'title')).toContain('Prepared for Ninth substantive session, opening 2 March 2026');
    expect(draftSchema.safeParse(draft).success).toBe(true);
    expect(() => createDraft(template, stateParams, env())).toThrow(
      new DraftParamsError('The field "meetingName" must not be empty.'),
    );
    expect(() =>
      createDraft(template, { ...stateParams, extraFields: { meetingName: 'x', sessionStart: '2026-02-30' } }, env()),
    ).toThrow('The field "sessionStart" must be a real date written YYYY-MM-DD.');
    expect(() =>
      createDraft(parseTemplate(national), { ...stateParams, extraFields: { meetingName: 'x' } }, env()),
    ).toThrow('The draft\'s template has no field "meetingName"; remove it or choose a template that has it.');
  });
});
