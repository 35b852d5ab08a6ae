import { describe, expect, it } from 'vitest';
import national from '../../templates/national-non-paper.template.json';
import type { Draft, Section } from '../model/draft';
import { emptyEditorState, footnoteNode, paragraphNode, paragraphState, rootState, textNode } from '../model/empty';
import { numberFootnotes } from '../model/footnotes';
import type { SerializedList, SerializedNode } from '../model/lexical-json';
import { createDraft } from '../templates/create-draft';
import { parseTemplate } from '../templates/schema';
import { walkBlocks, type WalkStep } from './block-walk';
import { listLabel } from './list-labels';
import { defaultExportOptions } from './options';
import { documentOutline } from './outline';
import { publicDraft } from '../collab/public-draft';

const section = (
  id: string,
  kind: Section['kind'],
  content = emptyEditorState(),
  norm: Section['norm'] = null,
): Section => ({
  id,
  kind,
  norm,
  heading: `Heading ${id}`,
  status: 'drafting',
  content,
});

const draft = (sections: Section[], language: Draft['language'] = 'en'): Draft => ({
  id: 'd1',
  templateId: 't',
  fields: {
    title: 'Contribution of Examplia',
    submitter: 'Republic of Examplia',
    issuingBody: 'Ministry of Foreign Affairs',
    forum: 'Open-ended working group, 2026 session',
    date: '2026-03-12',
  },
  submitterKind: 'state',
  language,
  createdAt: 0,
  updatedAt: 0,
  sections,
});

describe('documentOutline: what the export writes, in order', () => {
  it('builds the title block and closing date line from the fields when there is no title or closing text', () => {
    const outline = documentOutline(
      publicDraft(draft([section('s', 'summary', paragraphState(['Text']))])),
      defaultExportOptions(),
    );
    expect(outline.titleBlock).toEqual([
      { style: 'IssuingBody', text: 'Ministry of Foreign Affairs' },
      { style: 'Title', text: 'Contribution of Examplia' },
      { style: 'Subtitle', text: 'Republic of Examplia, March 2026' },
      { style: 'Forum', text: 'Submitted to: Open-ended working group, 2026 session' },
    ]);
    expect(outline.closing).toEqual([{ style: 'DateLine', text: '12 March 2026' }]);
    expect(outline.sections.map((s) => s.heading)).toEqual([{ style: 'Heading1', text: 'Heading s' }]);
  });

  it('uses the title section instead of the fields once it has words, and writes its headings as the Title', () => {
    const created = createDraft(
      parseTemplate(national),
      { submitter: 'Republic of Examplia', forum: '', language: 'en', date: '2026-05-12', issuingBody: '' },
      {
        now: 0,
        newId: (() => {
          let n = 0;
          return () => `id${(n += 1)}`;
        })(),
      },
    );
    const outline = documentOutline(publicDraft(created), defaultExportOptions());
    expect(outline.titleBlock).toEqual([]);
    expect(outline.sections[0]).toMatchObject({ titleBlock: true, heading: null });
  });

  it('leaves out empty sections unless asked to include them, and heads norms with the official text or the short title', () => {
    const sections = [
      section('a', 'norm', paragraphState(['Our practice']), 'a'),
      section('b', 'norm', emptyEditorState(), 'b'),
    ];
    const all = documentOutline(publicDraft(draft(sections)), {
      ...defaultExportOptions(),
      includeEmptySections: true,
    });
    expect(all.sections.map((s) => s.section.id)).toEqual(['a', 'b']);
    expect(all.sections[0]?.heading?.text).toMatch(
      /^Norm 1 \(UNGGE 2015 report, paragraph 13a\) – Consistent with the purposes of the United Nations/,
    );
    const kept = documentOutline(publicDraft(draft(sections)), {
      ...defaultExportOptions(),
      includeEmptySections: false,
      headingForm: 'short',
      headerLine: '  Non-paper ',
    });
    expect(kept.sections.map((s) => s.heading)).toEqual([
      { style: 'NormHeading', text: 'Norm 1 (UNGGE 2015 report, paragraph 13a) – Heading a' },
    ]);
    expect(kept.headerLine).toBe('Non-paper');
  });

  it('writes an Arabic title block with the Arabic separator and Western digits, right to left', () => {
    const outline = documentOutline(publicDraft(draft([], 'ar')), defaultExportOptions());
    expect(outline.profile.rtl).toBe(true);
    expect(outline.titleBlock.find((l) => l.style === 'Subtitle')?.text).toBe('Republic of Examplia، مارس 2026');
  });

  it('numbers footnotes over the sections the export keeps only', () => {
    const withNote = (text: string) => rootState([paragraphNode([textNode(text), footnoteNode([`Note on ${text}`])])]);
    // An empty norm whose footnote has no words is left out, and so is its footnote.
    const sections = [
      section('a', 'norm', withNote('First'), 'a'),
      section('b', 'norm', rootState([paragraphNode([footnoteNode([''])])]), 'b'),
      section('c', 'norm', withNote('Third'), 'c'),
    ];
    const outline = documentOutline(publicDraft(draft(sections)), {
      ...defaultExportOptions(),
      includeEmptySections: false,
    });
    expect(numberFootnotes(outline.sections.map((s) => s.section)).firstNumberBySection.get('c')).toBe(2);
  });
});

describe('walkBlocks and list labels: the paragraphs the export writes', () => {
  const list = (listType: 'number' | 'bullet', items: SerializedNode[][], lettered = false): SerializedList => ({
    type: 'list',
    version: 1,
    listType,
    start: 1,
    tag: listType === 'number' ? 'ol' : 'ul',
    direction: null,
    format: '',
    indent: 0,
    ...(lettered ? { $: { listStyle: 'lower-alpha' } } : {}),
    children: items.map((children, i) => ({
      type: 'listitem',
      version: 1,
      value: i + 1,
      direction: null,
      format: '',
      indent: 0,
      children,
    })),
  });

  it('flattens nested lists into one paragraph per item, one level deeper', () => {
    const nested = list('bullet', [[textNode('inner')]]);
    const steps: WalkStep[] = [];
    walkBlocks([paragraphNode([textNode('Intro')]), list('number', [[textNode('one')], [nested]])], (s) =>
      steps.push(s),
    );
    expect(steps.map((s) => (s.type === 'list-item' ? `item ${s.level}` : s.type))).toEqual([
      'block',
      'list',
      'item 0',
      'list',
      'item 1',
    ]);
  });

  it('labels as Word numbers: bullets by level, 1. 2., a. b. … aa., and أ ب ج in Arabic', () => {
    expect([0, 1, 2, 3].map((level) => listLabel('bullet', 1, level, 'en'))).toEqual(['•', '◦', '▪', '•']);
    expect(listLabel('number', 12, 0, 'en')).toBe('12.');
    expect([1, 2, 27].map((n) => listLabel('letter', n, 0, 'en'))).toEqual(['a.', 'b.', 'aa.']);
    expect([1, 2, 3].map((n) => listLabel('letter', n, 0, 'ar'))).toEqual(['أ.', 'ب.', 'ج.']);
  });
});
