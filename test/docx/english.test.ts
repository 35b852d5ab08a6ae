// @vitest-environment jsdom
// The English fixture read back by pandoc and by LibreOffice, and its parts checked as XML.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFootnotes } from '../../shared/model/footnotes';
import type { SerializedNode } from '../../shared/model/lexical-json';
import { normHeadingLine } from '../../shared/norms/official';
import { NORM_LETTERS } from '../../shared/model/draft';
import { examplia, UNSAFE_LINK_TEXT } from './fixtures/examplia-en';
import {
  convertToPdf,
  elements,
  pandocMarkdown,
  paragraphText,
  part,
  partNames,
  pdfText,
  renderFirstPage,
  tempDir,
  writeExport,
  xml,
} from './support';

interface ExpectedNote {
  text: string;
  urls: string[];
}

function noteText(nodes: readonly SerializedNode[], note: ExpectedNote): void {
  for (const node of nodes) {
    if (node.type === 'text') note.text += node.text;
    if (node.type === 'link') note.urls.push(node.url);
    if ('children' in node) noteText(node.children, note);
  }
}

/** Lists in the fixture and their items (nested lists count as lists of their own). */
function countLists(
  nodes: readonly SerializedNode[],
  count = { lists: 0, items: 0 },
): { lists: number; items: number } {
  for (const node of nodes) {
    if (node.type === 'list') count.lists++;
    if (node.type === 'listitem' && !node.children.some((c) => c.type === 'list')) count.items++;
    if ('children' in node) countLists(node.children, count);
  }
  return count;
}
const fixtureLists = countLists(examplia.sections.flatMap((s) => s.content.root.children));

const expectedNotes: ExpectedNote[] = examplia.sections.flatMap((s) =>
  collectFootnotes(s.content).map((f) => {
    const note = { text: '', urls: [] };
    noteText(f.note.root.children, note);
    return note;
  }),
);

/** Pandoc's markdown footnote definitions by number, with link markup reduced to its text. */
function footnoteDefinitions(markdown: string): Map<number, { raw: string; text: string }> {
  const out = new Map<number, { raw: string; text: string }>();
  for (const match of markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gm)) {
    const raw = match[2] ?? '';
    const text = raw
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<([^>]+)>/g, '$1')
      .replace(/\\(.)/g, '$1');
    out.set(Number(match[1]), { raw, text });
  }
  return out;
}

let dir: string;
let docx: string;
let markdown: string;

beforeAll(async () => {
  dir = tempDir('english');
  docx = await writeExport(examplia, dir, 'examplia-en', { headerLine: 'Non-paper' });
  markdown = pandocMarkdown(docx);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('English non-paper read by pandoc', () => {
  it('has the title block, the section headings and the sub-headings as headings', () => {
    expect(markdown).toContain('Ministry of Foreign Affairs of the Republic of Examplia');
    expect(markdown).toContain('Republic of Examplia, March 2026');
    expect(markdown).toMatch(/^Submitted to: Open-ended Working Group on ICT security, intersessional meeting$/m);
    for (const heading of [
      '# Executive summary',
      '# Approach of the Republic of Examplia',
      '# Policy and practical steps to implement the norms',
      '## International law',
      '### Guiding principles',
      '### Oversight of cyber operations',
    ]) {
      expect(markdown).toMatch(new RegExp(`^${heading.replace(/[()]/g, '\\$&')}$`, 'm'));
    }
  });

  it('opens each written norm block with its full heading line, leaves out the empty one, and ends with the date', () => {
    for (const letter of NORM_LETTERS.filter((l) => l !== 'j')) expect(markdown).toContain(normHeadingLine(letter));
    expect(markdown).not.toContain('paragraph 13j');
    expect(markdown.trimEnd().split('\n[^1]:')[0]?.trimEnd().endsWith('12 March 2026')).toBe(true);
  });

  it('keeps bullet, numbered and lettered lists as lists, nested and restarted', () => {
    expect(markdown).toMatch(/^- +\*\*Transparency:\*\* we publish/m);
    expect(markdown).toMatch(/^ {4}- +Quarterly round tables with industry;$/m);
    expect(markdown).toMatch(/^1\. +a tabletop exercise on energy networks;$/m);
    expect(markdown).toMatch(/^3\. +a crisis communication drill\.$/m);
    expect(markdown).toMatch(/^1\. +Requests received in 2025: 310\.$/m);
    expect(markdown).toMatch(/^a\. +\*\*Technical evidence:\*\* logs/m);
    expect(markdown).toMatch(/^c\. +\*\*Consequences:\*\*/m);
  });

  it('keeps emphasis, run-in bold sub-headings, quotes, line breaks and links', () => {
    expect(markdown).toContain('*in its entirety*');
    expect(markdown).toContain('[international law]{.underline}');
    expect(markdown).toMatch(/^\*\*Regulatory framework:\*\* the Cyber Security Act/m);
    expect(markdown).toMatch(/^> A free, open and secure cyberspace/m);
    expect(markdown).toMatch(/within 24 hours\[\^\d+\]\\$/m);
  });

  it('has every footnote, numbered 1..N in order, with its text and clickable link', () => {
    expect(expectedNotes.length).toBeGreaterThanOrEqual(30);
    const notes = footnoteDefinitions(markdown);
    expect([...notes.keys()]).toEqual(expectedNotes.map((_, i) => i + 1));
    expectedNotes.forEach((expected, i) => {
      const found = notes.get(i + 1);
      expect(found?.text.trim(), `footnote ${i + 1}`).toBe(expected.text.trim());
      for (const url of expected.urls)
        expect(found?.raw, `footnote ${i + 1}`).toContain(`<${url.replace(/^mailto:/, '')}>`);
    });
  });

  it('writes an unsafe link as plain text', () => {
    expect(markdown).toContain(`See also ${UNSAFE_LINK_TEXT}, which`);
    for (const name of partNames(docx)) expect(part(docx, name)).not.toContain('javascript:');
  });
});

describe('English non-paper parts', () => {
  it('defines the house style once, as styles', () => {
    const styles = xml(docx, 'word/styles.xml');
    const ids = elements(styles, 'w:style').map((s) => s.getAttribute('w:styleId'));
    for (const id of [
      'Normal',
      'Title',
      'Heading1',
      'Heading2',
      'Heading3',
      'NormHeading',
      'Quote',
      'ListParagraph',
      'FootnoteText',
      'FootnoteReference',
      'Hyperlink',
      'Header',
      'Footer',
    ]) {
      expect(
        ids.filter((x) => x === id),
        id,
      ).toHaveLength(1);
    }
    const normStyle = elements(styles, 'w:style').find((s) => s.getAttribute('w:styleId') === 'NormHeading');
    expect(elements(normStyle!, 'w:b')).toHaveLength(1);
  });

  it('uses styles rather than direct formatting for headings and norm lines', () => {
    const body = xml(docx, 'word/document.xml');
    const styled = elements(body, 'w:p').filter((p) =>
      /^(Title|Heading\d|NormHeading|Subtitle|IssuingBody)$/.test(
        p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') ?? '',
      ),
    );
    expect(styled.length).toBeGreaterThan(15);
    for (const p of styled)
      expect(
        elements(p, 'w:rPr').flatMap((r) => elements(r, 'w:b').concat(elements(r, 'w:sz'))),
        paragraphText(p),
      ).toEqual([]);
    const norms = styled.filter((p) => p.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') === 'NormHeading');
    // Norm (j) has no text yet and is left out.
    expect(norms).toHaveLength(10);
  });

  it('lays out A4 with 2.5 cm margins, page numbers and the header line', () => {
    const body = xml(docx, 'word/document.xml');
    const size = elements(body, 'w:pgSz')[0];
    const margin = elements(body, 'w:pgMar')[0];
    expect([size?.getAttribute('w:w'), size?.getAttribute('w:h')]).toEqual(['11906', '16838']);
    for (const side of ['top', 'bottom', 'left', 'right']) expect(margin?.getAttribute(`w:${side}`)).toBe('1417');
    const footer = partNames(docx).find((n) => /^word\/footer\d+\.xml$/.test(n));
    expect(elements(xml(docx, footer!), 'w:instrText').map((e) => e.textContent?.trim())).toContain('PAGE');
    const header = partNames(docx).find((n) => /^word\/header\d+\.xml$/.test(n));
    expect(
      elements(xml(docx, header!), 'w:t')
        .map((e) => e.textContent)
        .join(''),
    ).toBe('Non-paper');
  });

  it('numbers lists with real Word numbering, a new list instance each time', () => {
    const numbering = xml(docx, 'word/numbering.xml');
    const formats = elements(numbering, 'w:numFmt').map((f) => f.getAttribute('w:val'));
    expect(new Set(formats)).toEqual(new Set(['bullet', 'decimal', 'lowerLetter']));
    const body = xml(docx, 'word/document.xml');
    const listParagraphs = elements(body, 'w:numPr');
    expect(listParagraphs).toHaveLength(fixtureLists.items);
    const used = new Set(listParagraphs.map((n) => n.getElementsByTagName('w:numId')[0]?.getAttribute('w:val')));
    expect(used.size).toBe(fixtureLists.lists);
    expect(elements(numbering, 'w:startOverride').length).toBeGreaterThanOrEqual(used.size);
  });

  it('writes real footnotes whose links are external relationships', () => {
    const body = xml(docx, 'word/document.xml');
    const refs = elements(body, 'w:footnoteReference').map((r) => Number(r.getAttribute('w:id')));
    expect(refs).toEqual(expectedNotes.map((_, i) => i + 1));
    const notes = elements(xml(docx, 'word/footnotes.xml'), 'w:footnote').filter((n) => !n.getAttribute('w:type'));
    expect(notes).toHaveLength(expectedNotes.length);
    for (const note of notes) expect(elements(note, 'w:pStyle')[0]?.getAttribute('w:val')).toBe('FootnoteText');
    const rels = elements(xml(docx, 'word/_rels/footnotes.xml.rels'), 'Relationship');
    const linkIds = new Set(notes.flatMap((n) => elements(n, 'w:hyperlink').map((h) => h.getAttribute('r:id'))));
    expect(linkIds.size).toBe(expectedNotes.flatMap((n) => n.urls).length);
    for (const id of linkIds) {
      const rel = rels.find((r) => r.getAttribute('Id') === id);
      expect(rel?.getAttribute('TargetMode')).toBe('External');
    }
  });

  it('sets the document language on every run', () => {
    const runs = elements(xml(docx, 'word/document.xml'), 'w:r').filter((r) => elements(r, 'w:t').length > 0);
    for (const r of runs) expect(elements(r, 'w:lang')[0]?.getAttribute('w:val'), paragraphText(r)).toBe('en-GB');
  });
});

describe('English non-paper in LibreOffice', () => {
  // LibreOffice starts and converts the document: several seconds.
  it('converts to PDF whose first page shows the title block, and renders it as PNG', () => {
    const [pdf] = convertToPdf([docx], dir);
    const text = pdfText(pdf!);
    expect(text).toContain('Ministry of Foreign Affairs of the Republic of Examplia');
    expect(text).toContain('Executive summary');
    expect(text).toContain('Norm 11 (UNGGE 2015 report, paragraph 13k)');
    renderFirstPage(pdf!, 'examplia-en');
  }, 60_000);
});
