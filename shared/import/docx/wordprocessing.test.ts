import { describe, expect, it } from 'vitest';
import nationalNonPaper from '../../../templates/national-non-paper.template.json';
import stakeholder from '../../../templates/stakeholder-contribution.template.json';
import { bodyText } from '../../model/text';
import { CONTENT_TYPE, NS, RELATIONSHIP } from '../../ooxml/names';
import { readPackage, writePackage } from '../../ooxml/package';
import { loadTemplates } from '../../templates/schema';
import { buildDraft } from '../build-draft';
import { importDocument } from '../index';
import type { Inline, IrDocument } from '../ir';
import { paragraphsOf } from '../ir';
import { WarningLog } from '../warnings';
import { acceptChanges } from './review';
import { wordPartsOf, wordprocessingToIr } from './wordprocessing';

const templates = loadTemplates([nationalNonPaper, stakeholder]);
const W = `xmlns:w="${NS.w}" xmlns:r="${NS.r}"`;
const t = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const p = (content: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}${content}</w:p>`;
const REVIEWER = 'w:author="Examplia Digital Rights Forum" w:date="2026-03-13T10:00:00Z"';

const BODY = [
  p(t('Non-paper of the Republic of Examplia'), 'Title'),
  p(t('Executive summary'), 'Heading1'),
  p(
    t('Examplia supports the norms ') +
      `<w:ins w:id="1" ${REVIEWER}>${t('without reservation ')}</w:ins>` +
      `<w:del w:id="2" ${REVIEWER}><w:r><w:delText xml:space="preserve">with some doubts </w:delText></w:r></w:del>` +
      '<w:commentRangeStart w:id="0"/>' +
      t('and reports on them') +
      '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' +
      t('.') +
      '<w:r><w:footnoteReference w:id="1"/></w:r>',
  ),
  p(`<w:del w:id="3" ${REVIEWER}><w:r><w:delText>A paragraph struck out whole.</w:delText></w:r></w:del>`),
].join('');
const STYLES = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`;
const FOOTNOTES = `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1">${p('<w:r><w:separator/></w:r>')}</w:footnote><w:footnote w:id="1">${p(t('Report of ') + `<w:ins w:id="4" ${REVIEWER}>${t('2026')}</w:ins>`)}</w:footnote></w:footnotes>`;
const COMMENTS = `<w:comments ${W}><w:comment w:id="0" ${REVIEWER}>${p('<w:r><w:annotationRef/></w:r>' + t('Which reports?'))}</w:comment></w:comments>`;

/** A Word document with a tracked insertion, a tracked deletion and a comment, written through the package layer. */
function reviewedDocx(): Promise<Uint8Array> {
  const office = (name: string) => RELATIONSHIP.officeDocument.replace(/officeDocument$/, name);
  return writePackage({
    relationships: [{ id: 'rId1', type: RELATIONSHIP.officeDocument, target: 'word/document.xml' }],
    parts: [
      {
        path: 'word/document.xml',
        contentType: CONTENT_TYPE.document,
        data: `<w:document ${W}><w:body>${BODY}</w:body></w:document>`,
        relationships: [
          { id: 'rId1', type: office('styles'), target: 'styles.xml' },
          { id: 'rId2', type: RELATIONSHIP.footnotes, target: 'footnotes.xml' },
          { id: 'rId3', type: RELATIONSHIP.comments, target: 'comments.xml' },
        ],
      },
      {
        path: 'word/styles.xml',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
        data: STYLES,
      },
      { path: 'word/footnotes.xml', contentType: CONTENT_TYPE.footnotes, data: FOOTNOTES },
      { path: 'word/comments.xml', contentType: CONTENT_TYPE.comments, data: COMMENTS },
    ],
  });
}

async function readIr(): Promise<IrDocument> {
  return wordprocessingToIr(wordPartsOf(await readPackage(await reviewedDocx())), new WarningLog());
}

const kinds = (inlines: readonly Inline[]) => inlines.map((inline) => inline.kind);

describe('reading a Word document with its review marks', () => {
  it('keeps insertions, deletions and comment ranges as their own kinds, with who made them and the comment text', async () => {
    const ir = await readIr();
    expect(ir.blocks.slice(0, 2)).toEqual([
      {
        kind: 'heading',
        level: 1,
        isTitle: true,
        inlines: [{ kind: 'text', text: 'Non-paper of the Republic of Examplia' }],
      },
      { kind: 'heading', level: 1, inlines: [{ kind: 'text', text: 'Executive summary' }] },
    ]);
    const [paragraph, struck] = paragraphsOf(ir.blocks.slice(2));
    expect(kinds(paragraph!)).toEqual([
      'text',
      'insertion',
      'deletion',
      'comment-start',
      'text',
      'comment-end',
      'text',
      'footnote',
    ]);
    const author = 'Examplia Digital Rights Forum';
    expect(paragraph![1]).toEqual({
      kind: 'insertion',
      author,
      date: '2026-03-13T10:00:00Z',
      children: [{ kind: 'text', text: 'without reservation ' }],
    });
    expect(paragraph![2]).toEqual({
      kind: 'deletion',
      author,
      date: '2026-03-13T10:00:00Z',
      text: 'with some doubts ',
    });
    expect(paragraph![3]).toEqual({ kind: 'comment-start', id: '0' });
    expect(struck).toEqual([
      { kind: 'deletion', author, date: '2026-03-13T10:00:00Z', text: 'A paragraph struck out whole.' },
    ]);
    expect(ir.comments).toEqual(
      new Map([
        ['0', { author, date: '2026-03-13T10:00:00Z', paragraphs: [[{ kind: 'text', text: 'Which reports?' }]] }],
      ]),
    );
    expect(kinds(ir.footnotes.get('footnote-1')![0]!)).toEqual(['text', 'insertion']);
  });

  it('builds the draft from the accepted text, as the import (through mammoth) does for the same file', async () => {
    const options = () => {
      let next = 0;
      return { templates, now: Date.UTC(2026, 2, 13), newId: () => `id-${next++}` };
    };
    const accepted = buildDraft(acceptChanges(await readIr()), 'docx', options(), new WarningLog()).draft;
    const imported = (await importDocument({ name: 'reviewed.docx', bytes: await reviewedDocx() }, options())).draft;
    const text = (draft: typeof accepted) => draft.sections.map((section) => bodyText(section.content).body).join('\n');
    const notes = (draft: typeof accepted) =>
      draft.sections.flatMap((section) => bodyText(section.content).notes.map((note) => bodyText(note).body));
    expect(text(accepted)).toContain('Examplia supports the norms without reservation and reports on them.');
    expect(text(accepted)).not.toMatch(/doubts|struck out/);
    expect(notes(accepted)).toEqual(['Report of 2026']);
    expect(text(accepted)).toBe(text(imported));
    expect(notes(accepted)).toEqual(notes(imported));
  });
});
