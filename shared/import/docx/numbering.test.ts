import { describe, expect, it } from 'vitest';
import { LETTERED_STYLE_ID, markLetteredLevels } from './numbering';
import { boldParagraphStyleMap } from './styles';
import { mainDocumentPath, reportExternalTargets } from './relationships';
import { WarningLog } from '../warnings';

const level = (ilvl: number, format: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}">${extra}<w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/></w:lvl>`;

describe('lettered list levels in numbering.xml', () => {
  it('marks letter formats and only those, recording style ids that are already there', () => {
    const xml = `<w:numbering><w:abstractNum w:abstractNumId="1">${level(0, 'lowerLetter')}${level(1, 'decimal')}${level(2, 'bullet')}</w:abstractNum><w:abstractNum w:abstractNumId="2">${level(0, 'upperLetter', '<w:pStyle w:val="ListLetters"/>')}</w:abstractNum></w:numbering>`;
    const { xml: marked, letteredStyleIds } = markLetteredLevels(xml);
    expect(marked.match(new RegExp(LETTERED_STYLE_ID, 'g'))).toHaveLength(1);
    expect(marked).toContain(`<w:lvl w:ilvl="0"><w:pStyle w:val="${LETTERED_STYLE_ID}"/><w:start`);
    expect([...letteredStyleIds].sort()).toEqual(['ListLetters', LETTERED_STYLE_ID].sort());
  });

  it('marks Arabic lettered lists (أ، ب، ج), as an Arabic document exported by the app writes them', () => {
    const { xml: marked } = markLetteredLevels(
      `<w:numbering><w:abstractNum w:abstractNumId="1">${level(0, 'arabicAbjad')}${level(1, 'arabicAlpha')}</w:abstractNum></w:numbering>`,
    );
    expect(marked.match(new RegExp(LETTERED_STYLE_ID, 'g'))).toHaveLength(2);
  });
});

describe('bold paragraph styles in styles.xml', () => {
  it('maps bold paragraph styles that are not already headings', () => {
    const xml =
      '<w:style w:type="paragraph" w:styleId="NormHeading"><w:name w:val="Norm Heading"/><w:rPr><w:b/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:b/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="NotBold"><w:name w:val="Not Bold"/><w:rPr><w:b w:val="0"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>' +
      `<w:style w:type="paragraph" w:styleId="Odd"><w:name w:val="Odd'] => script"/><w:rPr><w:b/></w:rPr></w:style>`;
    expect(boldParagraphStyleMap(xml)).toEqual(["p[style-name='Norm Heading'] => p.heading-like:fresh"]);
  });
});

describe('relationships', () => {
  it('reports images linked outside the package and other outside targets, not hyperlinks', () => {
    const log = new WarningLog();
    reportExternalTargets(
      '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/passwd" TargetMode="External"/>' +
        '<Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/>' +
        '<Relationship Id="r3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///C:/t.dotm" TargetMode="External"/>' +
        '<Relationship Id="r4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>',
      log,
    );
    expect(log.list()).toEqual([
      { code: 'external-image-dropped', params: { target: 'file:///etc/passwd' } },
      { code: 'external-reference-ignored', params: { count: 1 } },
    ]);
  });

  it('finds the main document part, defaulting to word/document.xml', () => {
    expect(
      mainDocumentPath(
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/>',
      ),
    ).toBe('word/document2.xml');
    expect(mainDocumentPath(undefined)).toBe('word/document.xml');
  });
});
