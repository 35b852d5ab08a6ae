// The document language comes from what the document's authors wrote, not from the English
// official norm texts the export writes under each norm's label.
import { describe, expect, it } from 'vitest';
import { NORM_LETTERS } from '../../model/draft';
import { normHeadingLine } from '../../norms/official';
import { detectLanguage } from './language';

/** A short draft as our export writes it: each norm's label and English official text, then one line of the draft's own. */
function exportedText(language: 'ar' | 'zh' | 'fr', line: string): string {
  return NORM_LETTERS.map((letter) => `${normHeadingLine(letter, undefined, language)}\n${line}`).join('\n');
}

describe('document language', () => {
  it.each([
    ['ar', 'تعمل جمهورية إكزامبليا على ذلك.'],
    ['zh', '艾克桑普利亚共和国正在落实。'],
    ['fr', 'La République d’Examplia y travaille avec les autres États de la région.'],
  ] as const)('is %s for a short draft under English official texts', (language, line) => {
    expect(detectLanguage(exportedText(language, line))).toBe(language);
  });

  it('is English for an English draft quoting the official texts', () => {
    expect(detectLanguage(exportedText('fr', 'Examplia is working on it with the other States of the region.'))).toBe(
      'en',
    );
  });
});
