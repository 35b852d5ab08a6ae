// The submitter and the issuing body as the title blocks of real files have them: broken over
// lines, or inside a disclaimer sentence in one of the six languages. Only the name is taken; what
// is not clearly a name is left empty for the user to enter.
import { describe, expect, it } from 'vitest';
import type { Block } from '../ir';
import { detectFields } from './fields';

const p = (...lines: string[]): Block => ({
  kind: 'paragraph',
  inlines: lines.flatMap((text, i) => [
    ...(i > 0 ? [{ kind: 'break' as const }] : []),
    { kind: 'text' as const, text },
  ]),
});
const title: Block = { kind: 'heading', level: 1, inlines: [{ kind: 'text', text: 'Non-paper on the norms' }] };

describe('the submitter and issuing body across line breaks', () => {
  it('takes only the State from "…Northern Examplia," with the month on the next line', () => {
    const blocks = [title, p('Republic of Examplia and Northern Examplia,', 'September 2019')];
    expect(detectFields(blocks, title, [])).toMatchObject({
      submitter: 'Republic of Examplia and Northern Examplia',
      date: '2019-09-01',
    });
  });

  it('takes the same when the month is a paragraph of its own', () => {
    const blocks = [title, p('Republic of Examplia,'), p('September 2019')];
    expect(detectFields(blocks, title, [])).toMatchObject({ submitter: 'Republic of Examplia', date: '2019-09-01' });
  });

  it('joins an issuing body broken over three lines, in one paragraph or in several', () => {
    const oneParagraph = [p('Foreign &', 'Coastal Affairs', 'Office'), title];
    expect(detectFields(oneParagraph, title, []).issuingBody).toBe('Foreign & Coastal Affairs Office');
    const three = [p('Ministry of'), p('Foreign Affairs'), title];
    expect(detectFields(three, title, []).issuingBody).toBe('Ministry of Foreign Affairs');
  });
});

describe('the submitter in a disclaimer sentence', () => {
  it.each([
    [
      'This paper is submitted by the Examplia Open Networks Circle in its own name, March 2026.',
      'Examplia Open Networks Circle',
    ],
    [
      'La présente contribution est soumise par le Cercle des réseaux ouverts d’Examplia en son nom propre.',
      'Cercle des réseaux ouverts d’Examplia',
    ],
    [
      'Esta contribución es presentada por el Círculo de Redes Abiertas de Examplia en su propio nombre.',
      'Círculo de Redes Abiertas de Examplia',
    ],
    [
      'Настоящий документ подготовлен организацией «Круг открытых сетей Экзамплии» от своего имени.',
      'Круг открытых сетей Экзамплии',
    ],
    ['本文件由埃克森普利亚开放网络联盟以自身名义提交。', '埃克森普利亚开放网络联盟'],
    [
      'هذه المساهمة مقدمة من دائرة الشبكات المفتوحة في إكزامبليا بالأصالة عن نفسها.',
      'دائرة الشبكات المفتوحة في إكزامبليا',
    ],
  ])('reads only the name from "%s"', (sentence, name) => {
    const blocks = [title, p(sentence)];
    expect(detectFields(blocks, title, []).submitter).toBe(name);
  });

  it('leaves the submitter empty rather than take a sentence for a name', () => {
    const blocks = [
      title,
      p(
        'This paper was prepared by members who met over many months in several cities and who agreed on the text below after long discussion',
      ),
    ];
    expect(detectFields(blocks, title, []).submitter).toBe('');
  });
});
