import { describe, expect, it } from 'vitest';
import { NORM_LETTERS } from '../../model/draft';
import { OFFICIAL_NORMS } from '../../norms/official';
import { normFromPattern, normFromText, normOverlap, NORM_TEXT_THRESHOLD, recognizeNorm } from './norms';

describe('norm headings by number or letter', () => {
  it.each([
    ['Norm 7 (UNGGE 2015 report, paragraph 13g) – States should take appropriate measures', 'g'],
    ['Norm 10 (UNGGE 2015 report, paragraph 13j) - States should encourage', 'j'],
    ['NORM 3: not allowing territory to be used', 'c'],
    ['Norm 11', 'k'],
    ['13(g)', 'g'],
    ['13 (b) Considering all relevant information', 'b'],
    ['13g) Protecting critical infrastructure', 'g'],
    ['Norm (c): Not allowing territory to be used', 'c'],
    ['Norm 13(e)', 'e'],
    ['Paragraph 13 (d) – Cooperation', 'd'],
    ['Para. 13(h)', 'h'],
    ['1. Norm 4 – Exchanging information', 'd'],
    ['Norme 7 (rapport du GEG de 2015, paragraphe 13 g))', 'g'],
    ['Norma 9 – Integridad de la cadena de suministro', 'i'],
    ['Норма 5 (пункт 13 e))', 'e'],
    ['规范 7：保护关键基础设施', 'g'],
    ['规范7', 'g'],
    ['第13段(k)', 'k'],
    ['القاعدة 7 – حماية البنية التحتية الحيوية', 'g'],
    ['القاعدة ٧', 'g'],
  ])('%s -> %s', (heading, letter) => {
    expect(recognizeNorm(heading)).toBe(letter);
  });

  it('trusts the paragraph reference when it disagrees with the number', () => {
    expect(normFromPattern('Norm 6 (UNGGE 2015 report, paragraph 13g)')).toBe('g');
  });

  it.each([
    'Norms of responsible State behaviour',
    'Norm 12 (a proposal of our own)',
    'The 13 agreed measures',
    '2013 report of the Group',
    'Normal operations resumed after 13 days',
    'Executive summary',
  ])('is not fooled by "%s"', (heading) => {
    expect(recognizeNorm(heading)).toBeNull();
  });
});

describe('norm headings by the norm text', () => {
  it('recognises each official text on its own', () => {
    for (const norm of OFFICIAL_NORMS) expect(normFromText(norm.officialTextEn)).toBe(norm.letter);
  });

  it('recognises close variants: "agreed" for "acknowledged", "inter alia", a missing last clause', () => {
    const a = OFFICIAL_NORMS[0]!.officialTextEn.replace('acknowledged', 'agreed');
    expect(normFromText(a)).toBe('a');
    expect(
      normFromText(
        'In case of ICT incidents, States should consider all relevant information, including, inter alia, the larger context of the event, the challenges of attribution in the ICT environment, and the nature and extent of the consequences',
      ),
    ).toBe('b');
    expect(
      normFromText(
        'States should take appropriate measures to protect their critical infrastructure from ICT threats, taking into account General Assembly resolution 58/199 and other relevant resolutions',
      ),
    ).toBe('g');
  });

  it('does not take a heading that shares only a few words with a norm', () => {
    expect(normFromText('Protecting critical infrastructure')).toBeNull();
    expect(normFromText('How States respond to ICT incidents and requests for assistance')).toBeNull();
  });

  it('does not take prose that quotes a norm among many words of its own', () => {
    const prose = `Our ministry, together with the national regulator and three universities, reviewed in detail how ${OFFICIAL_NORMS[2]!.officialTextEn.toLowerCase()} applies to hosting companies, internet exchange points, registrars, resellers and cloud providers operating from our territory today.`;
    expect(normFromText(prose)).toBeNull();
  });

  it('keeps the thresholds of the recogniser', () => {
    // The overlap of the shortest norm with itself is complete, and a word less still passes.
    const c = OFFICIAL_NORMS[2]!.officialTextEn;
    expect(normOverlap(c, 'c')).toEqual({ recall: 1, precision: 1 });
    expect(normOverlap(c.replace('knowingly ', ''), 'c').recall).toBeGreaterThanOrEqual(NORM_TEXT_THRESHOLD.recall);
    expect(
      NORM_LETTERS.filter(
        (letter) => normFromText(OFFICIAL_NORMS.find((n) => n.letter === letter)!.officialTextEn) !== letter,
      ),
    ).toEqual([]);
  });
});
