import { describe, expect, it } from 'vitest';
import type { Draft, Section } from '../model/draft';
import type { SerializedEditorState } from '../model/lexical-json';
import { inflateEntry } from '../ooxml/zip/inflate';
import { readZipDirectory } from '../ooxml/zip/read';
import { exportDocx } from './export-docx';
import { defaultExportOptions } from './options';
import { hasWords, normHeadingText } from './sections';
import { publicDraft } from '../collab/public-draft';

function content(text: string): SerializedEditorState {
  const paragraph = {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: text ? [{ type: 'text', version: 1, text, format: 0, style: '', mode: 'normal', detail: 0 }] : [],
  };
  return {
    root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph] },
  } as SerializedEditorState;
}

function section(id: string, kind: Section['kind'], text: string, norm: Section['norm'] = null): Section {
  return { id, kind, norm, heading: `Heading ${id}`, status: 'drafting', content: content(text) };
}

const draft: Draft = {
  id: 'd1',
  templateId: 't',
  fields: { title: 'Title', submitter: 'Republic of Examplia', issuingBody: '', forum: '', date: '2026-03-12' },
  submitterKind: 'state',
  language: 'en',
  createdAt: 0,
  updatedAt: 0,
  sections: [
    section('s', 'summary', 'Summary text'),
    section('a', 'norm', 'Norm text', 'a'),
    section('b', 'norm', '', 'b'),
  ],
};

describe('exportDocx', () => {
  it('returns a ZIP package and reports progress from 0 to the total, in order', async () => {
    const calls: Array<[number, number]> = [];
    const bytes = await exportDocx(publicDraft(draft), defaultExportOptions(), {
      now: new Date(),
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const total = calls[0]?.[1] ?? 0;
    expect(calls.map(([done]) => done)).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
    expect(calls.every(([, t]) => t === total)).toBe(true);
  });

  it('counts fewer steps when empty sections are left out, as they are by default', async () => {
    const totals = new Set<number>();
    const track = { now: new Date(), onProgress: (_: number, total: number) => totals.add(total) };
    await exportDocx(publicDraft(draft), defaultExportOptions(), track);
    await exportDocx(publicDraft(draft), { ...defaultExportOptions(), includeEmptySections: true }, track);
    expect([...totals].sort()).toEqual([4, 5]);
  });
});

describe('norm headings and empty sections', () => {
  it('uses the official text or the short title after the norm label', () => {
    const norm = { ...section('g', 'norm', '', 'g'), heading: 'Protecting critical infrastructure' };
    expect(normHeadingText(norm, defaultExportOptions())).toMatch(
      /^Norm 7 \(UNGGE 2015 report, paragraph 13g\) – States should take appropriate measures/,
    );
    expect(normHeadingText(norm, { ...defaultExportOptions(), headingForm: 'short' })).toBe(
      'Norm 7 (UNGGE 2015 report, paragraph 13g) – Protecting critical infrastructure',
    );
  });

  it('treats content without words as empty, like the outline does', () => {
    expect(hasWords(content('   '))).toBe(false);
    expect(hasWords(content('—'))).toBe(false);
    expect(hasWords(content('Examplia'))).toBe(true);
  });
});

describe('keep with next', () => {
  it('keeps a heading with its own text, never with the next section', async () => {
    const withEmpty = { ...defaultExportOptions(), includeEmptySections: true };
    const bytes = await exportDocx(publicDraft(draft), withEmpty, { now: new Date(0) });
    const entry = readZipDirectory(bytes).find((e) => e.name === 'word/document.xml')!;
    const xml = new TextDecoder().decode(await inflateEntry(bytes, entry, 100));
    const paragraphs = [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map(([p]) => p);
    const normA = paragraphs.find((p) => p.includes('paragraph 13a'))!;
    const normB = paragraphs.find((p) => p.includes('paragraph 13b'))!;
    // Norm (a) has text under it: its style keeps it with that text. Norm (b) is empty: its
    // heading must not chain to whatever follows the section.
    expect(normA).not.toContain('<w:keepNext w:val="0"/>');
    expect(normB).toContain('<w:pStyle w:val="NormHeading"/><w:keepNext w:val="0"/>');
  });
});
