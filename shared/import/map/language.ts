// The document language, guessed from the text: the script for Arabic, Chinese and Russian,
// common short words for English, French and Spanish. English when nothing says otherwise. The
// English official norm texts are left out first: our export writes them under each norm's label
// whatever the draft's language, and in a short draft they outweigh what its authors wrote.
import type { Language } from '../../model/languages';
import { OFFICIAL_NORMS } from '../../norms/official';

const SCRIPTS: Array<[Language, RegExp]> = [
  ['ar', /\p{Script=Arabic}/u],
  ['zh', /\p{Script=Han}/u],
  ['ru', /\p{Script=Cyrillic}/u],
];
const WORDS: Array<[Language, Set<string>]> = [
  ['en', new Set('the and of to is in that for with are this'.split(' '))],
  ['fr', new Set('le la les des et est du une dans pour sur qui au aux'.split(' '))],
  ['es', new Set('el los las del y es una en por para con que al se'.split(' '))],
];
const SAMPLE_CHARS = 200_000;

function matches(text: string, pattern: RegExp): number {
  return (text.match(pattern) ?? []).length;
}

function withoutOfficialTexts(text: string): string {
  let rest = text;
  for (const norm of OFFICIAL_NORMS)
    if (rest.includes(norm.officialTextEn)) rest = rest.split(norm.officialTextEn).join('\n');
  return rest;
}

export function detectLanguage(text: string): Language {
  const sample = withoutOfficialTexts(text.slice(0, SAMPLE_CHARS));
  // Letters are counted only when one of the scripts occurs at all: counting every letter of a
  // long Latin text was a large part of a DOCX import.
  const present = SCRIPTS.filter(([, script]) => script.test(sample));
  if (present.length > 0) {
    const letters = matches(sample, /\p{L}/gu);
    if (letters === 0) return 'en';
    for (const [language, script] of present) {
      if (matches(sample, new RegExp(script.source, 'gu')) / letters > 0.3) return language;
    }
  }
  const counts = new Map<Language, number>();
  for (const word of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    for (const [language, set] of WORDS) if (set.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best: Language = 'en';
  for (const [language, count] of counts) if (count > (counts.get(best) ?? 0)) best = language;
  return best;
}
