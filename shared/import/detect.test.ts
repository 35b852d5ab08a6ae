import { describe, expect, it } from 'vitest';
import { detectInput, SIZE_LIMITS } from './detect';
import { WarningLog } from './warnings';

const bytes = (text: string) => new TextEncoder().encode(text);
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);

function code(name: string, data: Uint8Array): string | undefined {
  try {
    detectInput(name, data, new WarningLog());
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('file type by content and name', () => {
  it('takes a ZIP named .docx as DOCX and text named .md/.txt as Markdown/text', () => {
    expect(detectInput('a.docx', ZIP, new WarningLog()).format).toBe('docx');
    expect(detectInput('notes.MD', bytes('# Title'), new WarningLog())).toEqual({
      format: 'markdown',
      text: '# Title',
    });
    expect(detectInput('notes.txt', bytes('\uFEFFhello'), new WarningLog())).toEqual({ format: 'text', text: 'hello' });
  });

  it('says so when a file is not what its name says', () => {
    expect(code('report.docx', bytes('Just some text pretending to be Word.'))).toBe('docx-is-text');
    expect(code('report.docx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0]))).toBe('not-zip');
    expect(code('notes.txt', ZIP)).toBe('text-is-zip');
    expect(code('notes.md', new Uint8Array([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0x10]))).toBe('not-text');
  });

  it('takes a PDF by its bytes whatever its name, and says so when a .pdf is not one', () => {
    expect(detectInput('paper.pdf', bytes('%PDF-1.7 ...'), new WarningLog()).format).toBe('pdf');
    expect(detectInput('download', bytes('\n%PDF-1.4 ...'), new WarningLog()).format).toBe('pdf');
    expect(code('paper.pdf', bytes('Just some text.'))).toBe('not-pdf');
    expect(code('paper.pdf', ZIP)).toBe('not-pdf');
    expect(code('big.pdf', new Uint8Array(SIZE_LIMITS.pdf + 1))).toBe('too-large');
  });

  it('refuses old Word and RTF files whatever their name, with their own message', () => {
    expect(code('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe('legacy-word');
    expect(code('renamed.docx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe(
      'legacy-word',
    );
    expect(code('paper.rtf', bytes('{\\rtf1 hello}'))).toBe('unsupported-type');
  });

  it('refuses files over the size limit before looking inside', () => {
    expect(code('big.docx', new Uint8Array(SIZE_LIMITS.docx + 1))).toBe('too-large');
    expect(code('big.txt', new Uint8Array(SIZE_LIMITS.text + 1))).toBe('too-large');
    expect(code('empty.txt', new Uint8Array(0))).toBe('empty');
  });

  it('reads UTF-16 with a byte-order mark and falls back to Windows-1252 with a warning', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x68, 0, 0xe9, 0]);
    expect(detectInput('a.txt', utf16, new WarningLog())).toEqual({ format: 'text', text: 'hé' });
    const log = new WarningLog();
    expect(detectInput('a.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]), log)).toEqual({
      format: 'text',
      text: 'café',
    });
    expect(log.list()).toEqual([{ code: 'legacy-encoding', params: { encoding: 'Windows-1252' } }]);
  });

  it('decides by content when the name says nothing', () => {
    expect(detectInput('download', ZIP, new WarningLog()).format).toBe('docx');
    expect(detectInput('notes', bytes('plain words'), new WarningLog()).format).toBe('text');
    expect(code('scan.odt', ZIP.slice(0, 3))).toBe('unsupported-type');
  });
});
