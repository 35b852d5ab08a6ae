import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import stakeholder from '../../templates/stakeholder-contribution.template.json';
import normsOnly from '../../templates/norms-only.template.json';
import surveyTemplate from '../../templates/national-survey.template.json';
import { answeredSurvey } from '../../test/fixtures/survey-draft';
import french from '../../locales/fr/templates.json';
import type { Draft, Section } from '../model/draft';
import { footnoteNode, paragraphNode, rootState, textNode } from '../model/empty';
import { countFootnotes } from '../model/footnotes';
import { sectionPlainText } from '../model/text';
import { fieldTexts } from '../model/field-texts';
import { changeTemplate, TemplateChangeError } from './change-template';
import { createDraft, type CreateDraftParams } from './create-draft';
import { messagesTranslator } from './messages';
import { parseTemplate } from './schema';

const NATIONAL = parseTemplate(national);
const STAKEHOLDER = parseTemplate(stakeholder);
const NORMS_ONLY = parseTemplate(normsOnly);

const env = (prefix = 'id') => {
  let n = 0;
  return { now: 1_760_000_000_000, newId: () => `${prefix}-${++n}` };
};
const params: CreateDraftParams = {
  submitter: 'Republic of Examplia',
  forum: 'OEWG on ICTs, 2026 session',
  language: 'en',
  date: '2026-03-10',
  issuingBody: 'Ministry of Foreign Affairs of Examplia',
};

/** Writes text (with optional footnotes) into the first section matching `where`. */
function write(
  draft: Draft,
  where: (s: Section) => boolean,
  text: string,
  notes: string[] = [],
  status?: Section['status'],
): Draft {
  const sections = draft.sections.map((s) => {
    if (!where(s)) return s;
    const children = [textNode(text), ...notes.map((note) => footnoteNode([note]))];
    return { ...s, content: rootState([paragraphNode(children)]), status: status ?? 'drafting' };
  });
  return { ...draft, sections };
}

const norm = (letter: string) => (s: Section) => s.norm === letter;
const allText = (draft: Draft) => draft.sections.map((s) => sectionPlainText(s.content)).filter((t) => t.trim() !== '');
const footnotes = (draft: Draft) => draft.sections.reduce((sum, s) => sum + countFootnotes(s.content), 0);

function normsOnlyDraft(): Draft {
  let draft = createDraft(NORMS_ONLY, params, env('src'));
  draft = write(
    draft,
    norm('c'),
    'Examplia does not knowingly allow its territory to be used for wrongful acts.',
    ['Cybersecurity Act of Examplia, 2024, art. 12.'],
    'review',
  );
  draft = write(draft, norm('g'), 'Critical infrastructure operators report incidents within 24 hours.', [
    'Decree 7/2025.',
    'National CERT annual report 2025.',
  ]);
  return draft;
}

describe('changeTemplate', () => {
  it('turns a norms-only draft into a national non-paper: norms by letter, text, footnotes and statuses kept', () => {
    const source = normsOnlyDraft();
    const { draft, report } = changeTemplate(source, NATIONAL, env('new'));
    expect(draft.sections.map((s) => s.kind)).toEqual([
      'title',
      'summary',
      'approach',
      'general',
      ...Array(11).fill('norm'),
      'closing',
    ]);
    expect(draft.templateId).toBe('national-non-paper');
    expect(draft.id).toBe(source.id);
    expect(draft.updatedAt).toBe(1_760_000_000_000);
    const c = draft.sections.find(norm('c'))!;
    const sourceC = source.sections.find(norm('c'))!;
    expect(c).toMatchObject({ id: sourceC.id, status: 'review', content: sourceC.content, heading: sourceC.heading });
    expect(c.guidanceKeys).toContain('norm.c.guidance.1');
    expect(allText(draft)).toEqual(expect.arrayContaining(allText(source)));
    expect(footnotes(draft)).toBe(3);
    expect(report).toEqual({ kept: 11, moved: [], added: 5 });
  });

  it('fills the new sections as a new draft would, with the draft’s own submitter, forum and date', () => {
    const { draft } = changeTemplate(normsOnlyDraft(), NATIONAL, env('new'));
    const title = draft.sections.find((s) => s.kind === 'title')!;
    const fields = fieldTexts(draft);
    expect(sectionPlainText(title.content, fields)).toContain('Ministry of Foreign Affairs of Examplia');
    expect(sectionPlainText(title.content, fields)).toContain('Republic of Examplia, March 2026');
    expect(sectionPlainText(draft.sections.at(-1)!.content, fields)).toBe('10 March 2026');
    const summary = draft.sections.find((s) => s.kind === 'summary')!;
    expect(summary).toMatchObject({ heading: 'Executive summary', status: 'empty' });
    expect(summary.id).toMatch(/^new-/);
  });

  it('keeps sections the target has no place for at the end, under their own heading, with their words and footnotes', () => {
    let source = createDraft(NATIONAL, params, env('src'));
    source = write(source, (s) => s.kind === 'summary', 'Examplia sees the norms as a shared baseline.', [
      'A/76/135, para. 25.',
    ]);
    source = write(source, (s) => s.kind === 'approach', 'Domestic law gives effect to the norms.');
    source = write(source, norm('a'), 'Examplia joined two regional confidence-building measures.');
    const { draft, report } = changeTemplate(source, NORMS_ONLY, env('new'));
    const kinds = draft.sections.map((s) => s.kind);
    expect(kinds.slice(0, 11)).toEqual(Array(11).fill('norm'));
    expect(kinds.slice(11)).toEqual(['other', 'other', 'other', 'other']);
    expect(report.moved).toEqual(['Title block', 'Executive summary', 'National approach', 'Date']);
    const summary = draft.sections.find((s) => s.heading === 'Executive summary')!;
    expect(summary).toMatchObject({ kind: 'other', norm: null, status: 'drafting' });
    expect(allText(draft)).toEqual(expect.arrayContaining(allText(source)));
    expect(footnotes(draft)).toBe(footnotes(source));
    expect(report).toMatchObject({ kept: 11, added: 0 });
  });

  it('leaves out only sections that hold nothing at all (no text, no footnote, not started)', () => {
    const source = createDraft(NATIONAL, params, env('src'));
    const { draft } = changeTemplate(source, NORMS_ONLY, env('new'));
    // The title block and the date line have text; the empty summary, approach and policy steps do not.
    expect(draft.sections.filter((s) => s.kind === 'other').map((s) => s.heading)).toEqual(['Title block', 'Date']);
  });

  it('maps the other sections by kind, in order: a non-paper becomes a stakeholder contribution', () => {
    let source = createDraft(NATIONAL, params, env('src'));
    source = write(source, (s) => s.kind === 'general', 'A national strategy was adopted in 2025.');
    source = write(source, (s) => s.kind === 'approach', 'International law applies in cyberspace.');
    const { draft, report } = changeTemplate(source, STAKEHOLDER, env('new'));
    expect(draft.submitterKind).toBe('stakeholder');
    const generals = draft.sections.filter((s) => s.kind === 'general');
    expect(sectionPlainText(generals[0]!.content)).toBe('A national strategy was adopted in 2025.');
    expect(generals[0]!.heading).toBe('Ongoing efforts by stakeholders to promote the norms');
    expect(sectionPlainText(generals[1]!.content)).toBe('');
    expect(draft.sections.filter((s) => s.kind === 'other').map((s) => s.heading)).toEqual([
      'National approach',
      'Date',
    ]);
    expect(allText(draft)).toEqual(expect.arrayContaining(allText(source)));
    expect(report.added).toBe(1);
  });

  it('keeps the submitter kind for a template open to any submitter, and writes headings in the document language', () => {
    const source = { ...normsOnlyDraft(), submitterKind: 'stakeholder' as const, language: 'fr' as const };
    const { draft } = changeTemplate(source, STAKEHOLDER, { ...env('new'), translate: messagesTranslator(french) });
    expect(draft.submitterKind).toBe('stakeholder');
    expect(draft.sections.find((s) => s.kind === 'summary')!.heading).toBe('Résumé');
    const back = changeTemplate(draft, NORMS_ONLY, env('back')).draft;
    expect(back.submitterKind).toBe('stakeholder');
  });

  it('keeps every word and footnote over a round trip through every template', () => {
    const source = normsOnlyDraft();
    let draft = source;
    for (const [step, target] of [NATIONAL, STAKEHOLDER, NORMS_ONLY, NATIONAL].entries())
      draft = changeTemplate(draft, target, env(`step${step}`)).draft;
    expect(allText(draft)).toEqual(expect.arrayContaining(allText(source)));
    expect(footnotes(draft)).toBe(3);
    expect(new Set(draft.sections.map((s) => s.id)).size).toBe(draft.sections.length);
  });

  it('refuses a change that would break a limit of the draft format, with a clear message', () => {
    const source = normsOnlyDraft();
    const extra = Array.from({ length: 295 }, (_, i): Section => ({
      id: `extra-${i}`,
      kind: 'other',
      norm: null,
      heading: `Annex ${i + 1}`,
      status: 'drafting',
      content: rootState([paragraphNode([textNode('Annex text.')])]),
    }));
    const crowded = { ...source, sections: [...source.sections, ...extra] };
    expect(() => changeTemplate(crowded, NATIONAL, env('new'))).toThrow(TemplateChangeError);
    expect(() => changeTemplate(crowded, NATIONAL, env('new'))).toThrow(
      /cannot take the template "national-non-paper": sections/,
    );
  });
});

describe('changing the template of a draft with structured answers', () => {
  it('keeps checklist statuses and details, and the answers the new template has no field for', () => {
    const survey = answeredSurvey();
    const { draft } = changeTemplate(survey, NATIONAL, env('n'));
    const g = draft.sections.find((s) => s.norm === 'g')!;
    const checklist = g.fields!.find((f) => f.kind === 'checklist');
    expect(checklist?.kind === 'checklist' && checklist.items.slice(0, 2)).toEqual([
      expect.objectContaining({
        id: 'g1',
        status: 'implemented',
        leadAgency: 'Examplia Cyber Agency',
        internal: false,
      }),
      expect.objectContaining({ id: 'g2', status: 'inProgress', internal: true }),
    ]);
    expect(g.fields!.find((f) => f.id === 'measuresLegislation')).toMatchObject({
      value: 'The Examplia Critical Services Act of 2024.',
    });
    expect(g.fields!.find((f) => f.id === 'capacityNeeds')).toMatchObject({ internal: true });
    // Unanswered survey questions do not follow into the non-paper.
    expect(g.fields!.some((f) => f.id === 'measuresOther')).toBe(false);
    // And back: the survey's questions are answered again from the carried answers.
    const back = changeTemplate(draft, parseTemplate(surveyTemplate), env('b')).draft;
    const again = back.sections.find((s) => s.norm === 'g')!.fields!;
    expect(again.find((f) => f.id === 'assistance')).toMatchObject({ value: ['sought', 'offered'] });
  });
});
