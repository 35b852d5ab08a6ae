import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import { paragraphState } from '../model/empty';
import { draftSchema } from '../model/schema';
import { sectionPlainText } from '../model/text';
import { fieldTexts } from '../model/field-texts';
import { createDraft } from './create-draft';
import { refreshDetails } from './refresh-details';
import { parseTemplate } from './schema';

const template = parseTemplate(national);
const created = () => {
  let n = 0;
  return createDraft(
    template,
    { submitter: 'Republic of Examplia', forum: 'OEWG', language: 'en', date: '2025-09-05', issuingBody: '' },
    { now: 1, newId: () => `id-${++n}` },
  );
};
const text = (draft: ReturnType<typeof created>, kind: string) =>
  sectionPlainText(draft.sections.find((s) => s.kind === kind)!.content, fieldTexts(draft));
const details = {
  title: 'Examplia and the 11 norms',
  submitter: 'Kingdom of Examplia',
  issuingBody: 'Ministry of Foreign Affairs',
  forum: 'OEWG, fifth session',
  date: '2026-07-01',
};

describe('refreshDetails', () => {
  it('fills the title block and the date line again from the new details', () => {
    const draft = created();
    const result = refreshDetails(draft, details, template, undefined);
    expect(result.draft.fields).toMatchObject(details);
    expect(text(result.draft, 'title')).toBe(
      'Ministry of Foreign Affairs\nExamplia and the 11 norms\nKingdom of Examplia, July 2026',
    );
    expect(text(result.draft, 'closing')).toBe('1 July 2026');
    expect(result.edited).toEqual([]);
    // The ministry line is new, so the title block is filled again; the date line holds the date
    // field, which shows the new date without its section being rewritten.
    const [titleBlock, closing] = [draft.sections[0]!, draft.sections.at(-1)!];
    expect(result.refreshed).toEqual([titleBlock.id]);
    expect(result.draft.sections.at(-1)!.content).toEqual(closing.content);
    expect(result.draft.sections.filter((s) => s.kind === 'norm')).toEqual(
      draft.sections.filter((s) => s.kind === 'norm'),
    );
    expect(draftSchema.safeParse(result.draft).success).toBe(true);
  });

  it('keeps a title block the user edited, and names it', () => {
    const draft = created();
    const titleBlock = draft.sections.find((s) => s.kind === 'title')!;
    titleBlock.content = paragraphState(['Republic of Examplia: our own wording']);
    const result = refreshDetails(draft, details, template, undefined);
    expect(text(result.draft, 'title')).toBe('Republic of Examplia: our own wording');
    expect(result.edited).toEqual([titleBlock.heading]);
    expect(text(result.draft, 'closing')).toBe('1 July 2026');
  });

  it('shows a new submitter and date through the fields, leaving every section as it was', () => {
    const draft = created();
    const changed = { ...draft.fields, submitter: 'Kingdom of Examplia', date: '2026-07-01' };
    const result = refreshDetails(draft, changed, template, undefined);
    expect(result.refreshed).toEqual([]);
    expect(result.draft.sections).toEqual(draft.sections);
    expect(text(result.draft, 'title')).toBe(`${draft.fields.title}\nKingdom of Examplia, July 2026`);
    expect(text(result.draft, 'closing')).toBe('1 July 2026');
  });

  it('changes only the fields when the template is unknown', () => {
    const draft = created();
    const result = refreshDetails(draft, details, undefined, undefined);
    expect(result.draft.sections).toEqual(draft.sections);
    expect(result.draft.fields.submitter).toBe('Kingdom of Examplia');
  });
});
