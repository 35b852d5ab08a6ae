import { describe, expect, it } from 'vitest';
import { Document, ExternalHyperlink, FootnoteReferenceRun, Paragraph, TextRun } from 'docx';
import { docxParts } from './package';

function document(): Document {
  const link = new ExternalHyperlink({ link: 'https://example.org', children: [new TextRun('a link')] });
  return new Document({
    footnotes: { 1: { children: [new Paragraph({ children: [link] })] } },
    sections: [{ children: [new Paragraph({ children: [new TextRun('Examplia'), new FootnoteReferenceRun(1)] })] }],
  });
}

const text = (parts: Map<string, string | Uint8Array>) =>
  Object.fromEntries([...parts].map(([name, data]) => [name, typeof data === 'string' ? data : new TextDecoder().decode(data)]));
// docx gives hyperlinks random relationship ids.
const sameIds = (parts: Record<string, string>) => JSON.parse(JSON.stringify(parts).replace(/rId[a-z0-9_-]{10,}/g, 'rIdLINK'));

describe('the parts docx writes around the body', () => {
  it('are the same taken from its compiler or unzipped from its finished package', async () => {
    // Fixed properties: docx would stamp each package with the time it was written.
    const overrides = [
      { path: 'docProps/app.xml', data: '<Properties/>' },
      { path: 'docProps/core.xml', data: '<cp:coreProperties/>' },
    ];
    const direct = text(await docxParts(document(), overrides));
    const unzipped = text(await docxParts(document(), overrides, false));
    expect(Object.keys(unzipped)).toEqual(Object.keys(direct));
    expect(sameIds(unzipped)).toEqual(sameIds(direct));
    expect(direct['docProps/app.xml']).toBe('<Properties/>');
    expect(direct['word/document.xml']).toContain('<w:body>');
  });
});
