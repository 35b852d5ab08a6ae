import { describe, expect, it } from 'vitest';
import { hasOwnHeaderText } from './header-text';

const run = (inner: string) => `<w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr>${inner}</w:r>`;
const footer = (body: string) => `<w:ftr xmlns:w="w"><w:p>${body}</w:p></w:ftr>`;
const pageField = [
  run('<w:fldChar w:fldCharType="begin"></w:fldChar>'),
  run('<w:instrText xml:space="preserve"> PAGE </w:instrText>'),
  run('<w:fldChar w:fldCharType="separate"/>'),
  run('<w:t>144</w:t>'),
  run('<w:fldChar w:fldCharType="end"/>'),
].join('');

describe('hasOwnHeaderText', () => {
  it('does not count a page number cached in a field (as LibreOffice and Word save it)', () => {
    expect(hasOwnHeaderText(footer(pageField))).toBe(false);
    expect(hasOwnHeaderText(footer('<w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple>'))).toBe(false);
    expect(hasOwnHeaderText(footer(run('<w:t xml:space="preserve"> </w:t>')))).toBe(false);
  });

  it('counts the author’s own words, beside a field too', () => {
    expect(hasOwnHeaderText(footer(run('<w:t>Republic of Examplia – non-paper</w:t>')))).toBe(true);
    expect(hasOwnHeaderText(footer(run('<w:t xml:space="preserve">Page </w:t>') + pageField))).toBe(true);
    expect(hasOwnHeaderText(footer(pageField + run('<w:t>2026</w:t>')))).toBe(true);
  });
});
