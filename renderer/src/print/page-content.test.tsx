import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { documentOutline } from '../../../shared/docx/outline';
import { defaultExportOptions } from '../../../shared/docx/options';
import type { Draft, Section } from '../../../shared/model/draft';
import { emptyEditorState, footnoteNode, paragraphNode, rootState, textNode } from '../../../shared/model/empty';
import { TEXT_FORMAT, type SerializedList, type SerializedNode } from '../../../shared/model/lexical-json';
import { pageContent } from './page-content';

const section = (id: string, kind: Section['kind'], children: SerializedNode[], norm: Section['norm'] = null): Section => ({
  id, kind, norm, heading: `Heading ${id}`, status: 'drafting', content: children.length ? rootState(children) : emptyEditorState(),
});

const draft = (sections: Section[], language: Draft['language'] = 'en'): Draft => ({
  id: 'd1', templateId: 't', title: 'Contribution of Examplia', submitterKind: 'state', submitter: 'Republic of Examplia',
  issuingBody: '', forum: '', language, date: '2026-03-12', createdAt: 0, updatedAt: 0, sections,
});

const list = (items: string[], lettered = false): SerializedList => ({
  type: 'list', version: 1, listType: 'number', start: 1, tag: 'ol', direction: null, format: '', indent: 0,
  ...(lettered ? { $: { listStyle: 'lower-alpha' } } : {}),
  children: items.map((text, i) => ({ type: 'listitem', version: 1, value: i + 1, direction: null, format: '', indent: 0, children: text ? [textNode(text)] : [] })),
});

const html = (node: unknown) => renderToStaticMarkup(<>{node as never}</>);

describe('pageContent: the paragraphs and footnotes the Word file holds', () => {
  it('gives one block per written paragraph, in the Word styles, with the footnotes each references', () => {
    const content = pageContent(
      documentOutline(
        draft([
          section('s', 'summary', [paragraphNode([textNode('Examplia '), textNode('supports', TEXT_FORMAT.bold), footnoteNode(['Strategy 2025.'])]), paragraphNode([textNode('   ')])]),
          section('b', 'norm', [paragraphNode([footnoteNode([''])])], 'b'),
          section('c', 'norm', [list(['First', '', 'Second']), paragraphNode([textNode('More'), footnoteNode(['Grid Act.'])])], 'c'),
        ]),
        { ...defaultExportOptions(), includeEmptyNorms: false },
      ),
    );
    const markup = content.blocks.map((b) => html(b.node));
    expect(markup.map((m) => /class="pl-p pl-(\w+)"/.exec(m)?.[1])).toEqual(['Title', 'Subtitle', 'Heading1', 'Normal', 'NormHeading', 'ListParagraph', 'ListParagraph', 'Normal', 'DateLine']);
    expect(markup[3]).toContain('<strong>supports</strong>');
    // The list skips its empty item when numbering, as Word does.
    expect([markup[5], markup[6]].map((m) => /pl-label">([^<]+)</.exec(m!)?.[1])).toEqual(['1.', '2.']);
    // Numbered over the sections the export keeps: the empty norm's note is not counted.
    expect(content.notes.map((n) => n.number)).toEqual([1, 2]);
    expect(content.blocks.map((b) => b.notes)).toEqual([[], [], [], [0], [], [], [], [1], []]);
    expect(html(content.notes[1]!.node)).toContain('Grid Act.');
    expect(content.blocks.filter((b) => b.keepWithNext).length).toBe(4);
  });

  it('letters an Arabic list أ ب and keeps an English-only paragraph left to right in an Arabic document', () => {
    const content = pageContent(documentOutline(draft([section('s', 'summary', [list(['أولاً', 'ثانياً'], true), paragraphNode([textNode('Grid Act 2024.')])])], 'ar'), defaultExportOptions()));
    const markup = content.blocks.map((b) => html(b.node));
    expect(markup.filter((m) => m.includes('pl-label')).map((m) => /pl-label">([^<]+)</.exec(m)?.[1])).toEqual(['أ.', 'ب.']);
    expect(markup.find((m) => m.includes('أولاً'))).toContain('dir="rtl"');
    expect(markup.find((m) => m.includes('Grid Act'))).toContain('dir="ltr"');
  });
});
