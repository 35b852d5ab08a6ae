import { describe, expect, it } from 'vitest';
import { CONTENT_TYPE, RELATIONSHIP } from './names';
import { readPackage, writePackage, partText, type OpcPackage } from './package';
import { readRelationships, relationshipsPath, relationshipsXml, resolveTarget } from './relationships';
import { inflateEntry } from './zip/inflate';
import { readZipDirectory } from './zip/read';

const MAIN = { id: 'rId1', type: RELATIONSHIP.officeDocument, target: 'word/document.xml' };
const PACKAGE: OpcPackage = {
  relationships: [MAIN],
  parts: [
    {
      path: 'word/document.xml',
      contentType: CONTENT_TYPE.document,
      data: '<w:document/>',
      relationships: [
        { id: 'rIdComments', type: RELATIONSHIP.comments, target: 'comments.xml' },
        { id: 'rIdLink1', type: RELATIONSHIP.hyperlink, target: 'https://examplia.example/?a=1&b="2"', external: true },
      ],
    },
    { path: 'word/comments.xml', contentType: CONTENT_TYPE.comments, data: new TextEncoder().encode('<w:comments/>') },
    { path: 'customXml/item1.xml', contentType: CONTENT_TYPE.xml, data: '<data/>' },
  ],
};

async function names(zip: Uint8Array): Promise<Record<string, string>> {
  const entries = readZipDirectory(zip);
  return Object.fromEntries(
    await Promise.all(
      entries.map(async (e) => [e.name, new TextDecoder().decode(await inflateEntry(zip, e, 100))] as const),
    ),
  );
}

describe('writePackage', () => {
  it('writes the content types and every relationship part from the list of parts, and reads back the same package', async () => {
    const zip = await writePackage(PACKAGE);
    const files = await names(zip);
    expect(Object.keys(files)).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/_rels/document.xml.rels',
      'word/comments.xml',
      'customXml/item1.xml',
    ]);
    expect(files['[Content_Types].xml']).toContain(
      `<Override PartName="/word/comments.xml" ContentType="${CONTENT_TYPE.comments}"/>`,
    );
    // A part of the default type for its extension needs no override.
    expect(files['[Content_Types].xml']).not.toContain('customXml');

    const read = await readPackage(zip);
    expect(read.relationships).toEqual([MAIN]);
    expect(read.parts.map((p) => [p.path, p.contentType, p.relationships])).toEqual(
      PACKAGE.parts.map((p) => [p.path, p.contentType, p.relationships]),
    );
    expect(partText(read, 'word/comments.xml')).toBe('<w:comments/>');
  });

  it('refuses a relationship to a part the package does not hold, and two parts of one name', async () => {
    const dangling = { ...PACKAGE, relationships: [{ ...MAIN, target: 'word/missing.xml' }] };
    await expect(writePackage(dangling)).rejects.toThrow('points to word/missing.xml');
    await expect(writePackage({ ...PACKAGE, parts: [...PACKAGE.parts, PACKAGE.parts[0]!] })).rejects.toThrow(
      'two parts named word/document.xml',
    );
    await expect(
      writePackage({
        ...PACKAGE,
        parts: [{ path: 'word/_rels/document.xml.rels', contentType: CONTENT_TYPE.relationships, data: '' }],
      }),
    ).rejects.toThrow('cannot be written');
  });
});

describe('relationships', () => {
  it('live beside their part, and their targets are relative to its folder', () => {
    expect(relationshipsPath('')).toBe('_rels/.rels');
    expect(relationshipsPath('word/document.xml')).toBe('word/_rels/document.xml.rels');
    expect(resolveTarget('word/document.xml', 'theme/theme1.xml')).toBe('word/theme/theme1.xml');
    expect(resolveTarget('word/document.xml', '../customXml/item1.xml')).toBe('customXml/item1.xml');
    expect(resolveTarget('word/document.xml', '/word/styles.xml')).toBe('word/styles.xml');
  });

  it('keep an outside target with its characters, escaped in the part', () => {
    const rels = PACKAGE.parts[0]!.relationships!;
    const xml = relationshipsXml(rels);
    expect(xml).toContain('Target="https://examplia.example/?a=1&amp;b=&quot;2&quot;" TargetMode="External"');
    expect(readRelationships(xml)).toEqual(rels);
  });
});
