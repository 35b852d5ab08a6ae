// A Word file's lettered list that a paragraph interrupts (one numbering instance, as Word keeps
// it) goes on at c. after the paragraph; a list that restarts its numbering starts at a. again.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../shared/import';
import { LETTERED_LIST_STYLE } from '../../shared/model/lexical-json';
import { docxPackageParts, documentXml, lists, paragraphXml, repoTemplates, writeZip } from './support';

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>`;
const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`;

const item = (numId: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

function examplia(): Uint8Array {
  const body = [
    paragraphXml('Non-paper of the Republic of Examplia on the norms', true),
    paragraphXml('Republic of Examplia, May 2026'),
    paragraphXml('13(g) Critical infrastructure', true),
    paragraphXml('Operators must:'),
    item(3, 'register with the coastal authority;'),
    item(3, 'report incidents within a day;'),
    paragraphXml('The Port of Examplia is treated as an operator. Operators must also:'),
    item(3, 'test their backups every quarter;'),
    item(3, 'name a security officer.'),
    paragraphXml('A second, separate list:'),
    item(4, 'first step;'),
    item(4, 'second step.'),
  ].join('');
  return writeZip([
    ...docxPackageParts(),
    { name: 'word/document.xml', data: documentXml(body) },
    { name: 'word/_rels/document.xml.rels', data: DOCUMENT_RELS },
    { name: 'word/numbering.xml', data: NUMBERING },
  ]);
}

describe('lettered lists in a Word file', () => {
  it('go on at c) after an interrupting paragraph and start again in a list of their own', async () => {
    let next = 0;
    const { draft } = await importDocument(
      { name: 'examplia.docx', bytes: examplia() },
      { templates: repoTemplates(), now: Date.UTC(2026, 4, 1), newId: () => `id-${next++}` },
    );
    const normG = draft.sections.find((s) => s.norm === 'g')!;
    expect(
      lists(normG.content).map((list) => ({
        lettered: list.$?.listStyle === LETTERED_LIST_STYLE,
        start: list.start,
        items: list.children.length,
      })),
    ).toEqual([
      { lettered: true, start: 1, items: 2 },
      { lettered: true, start: 3, items: 2 },
      { lettered: true, start: 1, items: 2 },
    ]);
    expect(JSON.stringify(normG.content)).not.toMatch(/[\uE000-\uE8FF]/);
  });
});
