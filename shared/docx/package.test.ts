import { describe, expect, it } from 'vitest';
import { Document } from 'docx';
import { CONTENT_TYPE, RELATIONSHIP } from '../ooxml/names';
import { partText, readPackage } from '../ooxml/package';
import { writeWordPackage, type WordContent } from './package';

const document = () => new Document({ sections: [{ children: [] }] });
const LINK = { id: 'rIdLink1', type: RELATIONSHIP.hyperlink, target: 'https://examplia.example/', external: true };
const NOTE_LINK = { ...LINK, id: 'rIdNoteLink1' };
const CONTENT: WordContent = {
  body: '<w:p><w:r><w:t xml:space="preserve">Republic of Examplia</w:t></w:r></w:p>',
  footnotes: '<w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">A note.</w:t></w:r></w:p></w:footnote>',
  documentLinks: [LINK],
  footnoteLinks: [NOTE_LINK],
};
const OVERRIDES = [{ path: 'docProps/app.xml', data: '<Properties/>' }];

describe('the Word package', () => {
  it("holds the body before docx's section properties, the notes after its separators, and every link in its part's relationships", async () => {
    const read = await readPackage(await writeWordPackage(document(), OVERRIDES, CONTENT));
    const body = /<w:body>(.*)<\/w:body>/.exec(partText(read, 'word/document.xml')!)![1]!;
    expect(body).toMatch(
      /^<w:p><w:r><w:t xml:space="preserve">Republic of Examplia<\/w:t><\/w:r><\/w:p><w:sectPr><w:pgSz /,
    );
    expect(partText(read, 'word/footnotes.xml')).toMatch(
      /<w:footnote w:type="separator" w:id="-1">.*<w:footnote w:type="continuationSeparator" w:id="0">.*<w:footnote w:id="1">.*A note\./,
    );
    const part = (path: string) => read.parts.find((p) => p.path === path)!;
    expect(part('word/document.xml').relationships!.map((r) => r.type)).toEqual(
      expect.arrayContaining([
        RELATIONSHIP.footnotes,
        'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
        RELATIONSHIP.hyperlink,
      ]),
    );
    expect(part('word/document.xml').relationships).toContainEqual(LINK);
    expect(part('word/footnotes.xml').relationships).toEqual([NOTE_LINK]);
    expect(partText(read, 'docProps/app.xml')).toBe('<Properties/>');
    expect(read.parts.some((p) => p.path.endsWith('comments.xml'))).toBe(false);
  });

  it('writes an extra part with its relationship and content type', async () => {
    const comments = '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>';
    const read = await readPackage(await writeWordPackage(document(), OVERRIDES, { ...CONTENT, comments }));
    const part = read.parts.find((p) => p.path === 'word/comments.xml')!;
    expect([part.contentType, partText(read, part.path)]).toEqual([CONTENT_TYPE.comments, comments]);
    expect(read.parts.find((p) => p.path === 'word/document.xml')!.relationships).toContainEqual({
      id: 'rIdComments',
      type: RELATIONSHIP.comments,
      target: 'comments.xml',
    });
  });
});
