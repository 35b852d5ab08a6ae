import { describe, expect, it } from 'vitest';
import type { Block } from '../ir';
import { detectFields, parseDate } from './fields';
import { detectLanguage } from './language';
import { segmentDocument } from './segments';
import { detectSubmitterKind } from './template-choice';

const p = (text: string, headingLike = false): Block => ({
  kind: 'paragraph',
  inlines: [{ kind: 'text', text, ...(headingLike ? { bold: true } : {}) }],
  ...(headingLike ? { headingLike } : {}),
});
const h = (level: number, text: string): Block => ({ kind: 'heading', level, inlines: [{ kind: 'text', text }] });

describe('splitting a document at recognised headings', () => {
  it('puts content up to the next recognised heading in that section, sub-headings included', () => {
    const { titleBlock, segments } = segmentDocument([
      p('Ministry of Foreign Affairs'),
      h(1, 'Non-paper on national implementation of the norms'),
      p('Republic of Examplia, March 2026', true),
      h(2, 'Executive summary'),
      p('Summary text.'),
      h(2, 'Policy and practical steps to implement the norms'),
      p('Norm 1 (UNGGE 2015 report, paragraph 13a) – Consistent with …', true),
      p('Body a.'),
      h(3, 'Regulatory framework'),
      p('More of a.'),
      p('Norm 2 (UNGGE 2015 report, paragraph 13b) – In case of ICT incidents …', true),
      p('Body b.'),
      p('Date: 05/09/2026'),
      h(2, 'Annex: abbreviations'),
      p('CERT: computer emergency response team'),
    ]);
    expect(titleBlock).toMatchObject({ kind: 'heading', level: 1 });
    expect(segments.map((s) => [s.role, s.norm, s.blocks.length])).toEqual([
      ['preamble', null, 3],
      ['summary', null, 1],
      ['norms-intro', null, 0],
      ['norm', 'a', 3],
      ['norm', 'b', 1],
      ['closing', null, 1],
      ['annex', null, 1],
    ]);
  });

  it('ends a section at an unknown heading that ranks above it', () => {
    const { segments } = segmentDocument([
      h(1, 'A title about norms'),
      h(2, '13(k) Emergency response teams'),
      p('k.'),
      h(3, 'Sub-heading stays'),
      p('k too.'),
      h(1, 'Something else entirely'),
      p('fits nowhere'),
    ]);
    expect(segments.map((s) => [s.role, s.blocks.length])).toEqual([
      ['preamble', 1],
      ['norm', 3],
      ['unknown', 1],
    ]);
  });
});

describe('the draft fields from the title block', () => {
  it("reads a State's title block", () => {
    const blocks = [
      p('Ministry of Foreign Affairs and Digital Cooperation'),
      h(1, 'Non-paper on norms'),
      p('Republic of Examplia, March 2026', true),
    ];
    expect(detectFields(blocks, blocks[1]!, [p('Date: 12/03/2026')])).toEqual({
      title: 'Non-paper on norms',
      issuingBody: 'Ministry of Foreign Affairs and Digital Cooperation',
      submitter: 'Republic of Examplia',
      forum: '',
      date: '2026-03-12',
    });
  });

  it("reads a stakeholder's disclaimer and forum line", () => {
    const blocks = [
      h(1, 'Contribution on norms'),
      p('This contribution is submitted by the Examplia Digital Rights Forum in its own name.'),
      p('Submitted to: OEWG intersessional meeting, February 2026'),
    ];
    expect(detectFields(blocks, blocks[0]!, [])).toMatchObject({
      submitter: 'Examplia Digital Rights Forum',
      forum: 'OEWG intersessional meeting, February 2026',
      date: null,
    });
  });

  it.each([
    ['05/09/2026', '2026-09-05'],
    ['5 September 2026', '2026-09-05'],
    ['September 5, 2026', '2026-09-05'],
    ['le 5 septembre 2026', '2026-09-05'],
    ['5 de septiembre de 2026', '2026-09-05'],
    ['5 сентября 2026 года', '2026-09-05'],
    ['2026年9月5日', '2026-09-05'],
    ['2026-09-05', '2026-09-05'],
    ['31/02/2026', null],
  ])('parses the date %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});

describe('language and submitter kind', () => {
  it.each([
    ['The Government of Examplia is committed to the norms and to their implementation.', 'en'],
    ['Le Gouvernement est attaché à la mise en œuvre des normes et à la coopération.', 'fr'],
    ['El Gobierno está comprometido con la aplicación de las normas y con la cooperación.', 'es'],
    ['Правительство привержено осуществлению норм.', 'ru'],
    ['政府致力于落实各项规范。', 'zh'],
    ['تلتزم الحكومة بتنفيذ القواعد.', 'ar'],
  ])('guesses the language of "%s"', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('tells a stakeholder contribution from a State non-paper', () => {
    expect(
      detectSubmitterKind(
        'This contribution does not represent the views of any government. Civil society organisations …',
        '',
      ),
    ).toBe('stakeholder');
    expect(detectSubmitterKind('Non-paper. Ministry of Foreign Affairs, Republic of Examplia', '')).toBe('state');
  });
});
