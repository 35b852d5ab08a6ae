// An Arabic draft as LibreOffice lays it out (word positions in its PDF): the English official
// text under each Arabic norm label keeps its full stop at its end.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NORM_LETTERS } from '../../shared/model/draft';
import { officialNorm } from '../../shared/norms/official';
import { exampliaShortNonPaper } from '../fixtures/examplia-languages';
import { convertToPdf, pdfLines, tempDir, writeExport, type PdfLine } from './support';

let dir: string;
let lines: PdfLine[];

beforeAll(async () => {
  dir = tempDir('arabic-directions');
  const docx = await writeExport(exampliaShortNonPaper('ar'), dir, 'examplia-ar-short');
  lines = pdfLines(convertToPdf([docx], dir)[0]!);
  // LibreOffice starts and converts the document: several seconds.
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Arabic draft in LibreOffice', () => {
  it.each(NORM_LETTERS)('ends the English official text of norm %s with its own full stop', (letter) => {
    const last = officialNorm(letter).officialTextEn.split(' ').pop()!;
    // The text's last line, read left to right, ends in its last word with the full stop attached
    // (written right to left, the full stop stood alone at the line's left end).
    const ending = lines.filter((l) => l.words.at(-1)?.text === last && l.words[0]?.text !== '.');
    expect(ending.length, `a line ending in "${last}" with no full stop alone at its other end`).toBeGreaterThan(0);
  });
});
