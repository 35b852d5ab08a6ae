import { describe, expect, it } from 'vitest';
import { xmlSafe } from '../ooxml/xml/escape';
import { directionSegments, isLeftToRightOnly } from './text';

describe('xmlSafe', () => {
  it('drops characters an XML part cannot hold and keeps the rest', () => {
    expect(xmlSafe('a\u0000b\u0007c\td\ne\uFFFF')).toBe('abc\td\ne');
    expect(xmlSafe('emoji \uD83D\uDE00 kept, lone \uD83D dropped')).toBe('emoji \uD83D\uDE00 kept, lone  dropped');
  });
});

describe('directionSegments', () => {
  it('keeps a Latin name inside Arabic text as one left-to-right run', () => {
    const segments = directionSegments('أعلن Examplia Digital Rights Forum عن خطة 2026.');
    expect(segments).toEqual([
      { text: 'أعلن ', rtl: true },
      { text: 'Examplia Digital Rights Forum', rtl: false },
      { text: ' عن خطة 2026.', rtl: true },
    ]);
  });

  it('keeps digits between Latin words in the Latin run', () => {
    expect(directionSegments('وفق Examplia 2030 Strategy فقط')).toEqual([
      { text: 'وفق ', rtl: true },
      { text: 'Examplia 2030 Strategy', rtl: false },
      { text: ' فقط', rtl: true },
    ]);
  });

  it('returns pure Arabic or pure Latin text whole', () => {
    expect(directionSegments('نص عربي')).toEqual([{ text: 'نص عربي', rtl: true }]);
    expect(directionSegments('Latin only')).toEqual([{ text: 'Latin only', rtl: false }]);
    expect(directionSegments('')).toEqual([]);
  });
});

describe('isLeftToRightOnly', () => {
  it('tells an English paragraph in an Arabic draft from a mixed one', () => {
    expect(isLeftToRightOnly('Norm 1 (UNGGE 2015 report) – States should cooperate.')).toBe(true);
    expect(isLeftToRightOnly('منتدى Examplia Digital Rights Forum')).toBe(false);
    expect(isLeftToRightOnly('2026.')).toBe(false);
  });
});
