import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import national from '../../../templates/national-non-paper.template.json';
import { exportDocx } from '../../../shared/docx/export-docx';
import { documentOutline } from '../../../shared/docx/outline';
import { defaultExportOptions } from '../../../shared/docx/options';
import type { Draft, Section } from '../../../shared/model/draft';
import { emptyEditorState, footnoteNode, paragraphNode, rootState, textNode } from '../../../shared/model/empty';
import { TEXT_FORMAT, type SerializedList, type SerializedNode } from '../../../shared/model/lexical-json';
import { inflateEntry } from '../../../shared/ooxml/zip/inflate';
import { readZipDirectory } from '../../../shared/ooxml/zip/read';
import { createDraft } from '../../../shared/templates/create-draft';
import { parseTemplate } from '../../../shared/templates/schema';
import { pageContent } from './page-content';
import { publicDraft } from '../../../shared/collab/public-draft';
import { capacityNeeds } from '../../../shared/capacity/capacity-needs';
import { capacityAnnexTexts } from '../../../shared/docx/answer-texts';
import { changesAnnexLines } from '../../../shared/docx/changes-annex-lines';
import { newEdition } from '../../../shared/edition/new-edition';
import { doc, para } from '../../../test/fixtures/content';
import { exampliaNonPaper, sectionOf } from '../../../test/fixtures/examplia';
import sgViews from '../../../templates/sg-views.template.json';
import englishTemplates from '../../../locales/en/templates.json';
import { messagesTranslator } from '../../../shared/templates/messages';
import type { DocxExportOptions } from '../../../shared/docx/options';
import { capacitySurvey } from '../../../test/fixtures/capacity-survey';
import { INTERNAL_WORDS } from '../../../test/fixtures/survey-draft';

const section = (
  id: string,
  kind: Section['kind'],
  children: SerializedNode[],
  norm: Section['norm'] = null,
): Section => ({
  id,
  kind,
  norm,
  heading: `Heading ${id}`,
  status: 'drafting',
  content: children.length ? rootState(children) : emptyEditorState(),
});

const draft = (sections: Section[], language: Draft['language'] = 'en'): Draft => ({
  id: 'd1',
  templateId: 't',
  fields: {
    title: 'Contribution of Examplia',
    submitter: 'Republic of Examplia',
    issuingBody: '',
    forum: '',
    date: '2026-03-12',
  },
  submitterKind: 'state',
  language,
  createdAt: 0,
  updatedAt: 0,
  sections,
});

const list = (items: string[], lettered = false): SerializedList => ({
  type: 'list',
  version: 1,
  listType: 'number',
  start: 1,
  tag: 'ol',
  direction: null,
  format: '',
  indent: 0,
  ...(lettered ? { $: { listStyle: 'lower-alpha' } } : {}),
  children: items.map((text, i) => ({
    type: 'listitem',
    version: 1,
    value: i + 1,
    direction: null,
    format: '',
    indent: 0,
    children: text ? [textNode(text)] : [],
  })),
});

const html = (node: unknown) => renderToStaticMarkup(<>{node as never}</>);

describe('pageContent: the paragraphs and footnotes the Word file holds', () => {
  it('gives one block per written paragraph, in the Word styles, with the footnotes each references', () => {
    const content = pageContent(
      documentOutline(
        publicDraft(
          draft([
            section('s', 'summary', [
              paragraphNode([
                textNode('Examplia '),
                textNode('supports', TEXT_FORMAT.bold),
                footnoteNode(['Strategy 2025.']),
              ]),
              paragraphNode([textNode('   ')]),
            ]),
            section('b', 'norm', [paragraphNode([footnoteNode([''])])], 'b'),
            section(
              'c',
              'norm',
              [list(['First', '', 'Second']), paragraphNode([textNode('More'), footnoteNode(['Grid Act.'])])],
              'c',
            ),
          ]),
        ),
        { ...defaultExportOptions(), includeEmptySections: false },
      ),
    );
    const markup = content.blocks.map((b) => html(b.node));
    expect(markup.map((m) => /class="pl-p pl-(\w+)"/.exec(m)?.[1])).toEqual([
      'Title',
      'Subtitle',
      'Heading1',
      'Normal',
      'NormHeading',
      'ListParagraph',
      'ListParagraph',
      'Normal',
      'DateLine',
    ]);
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
    const content = pageContent(
      documentOutline(
        publicDraft(
          draft(
            [section('s', 'summary', [list(['أولاً', 'ثانياً'], true), paragraphNode([textNode('Grid Act 2024.')])])],
            'ar',
          ),
        ),
        defaultExportOptions(),
      ),
    );
    const markup = content.blocks.map((b) => html(b.node));
    expect(markup.filter((m) => m.includes('pl-label')).map((m) => /pl-label">([^<]+)</.exec(m)?.[1])).toEqual([
      'أ.',
      'ب.',
    ]);
    expect(markup.find((m) => m.includes('أولاً'))).toContain('dir="rtl"');
    expect(markup.find((m) => m.includes('Grid Act'))).toContain('dir="ltr"');
  });
});

describe('the page view and the Word file agree', () => {
  const decode = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');

  /** The body paragraphs of the exported file: style and text. */
  async function wordParagraphs(
    d: Draft,
    options = defaultExportOptions(),
  ): Promise<Array<{ style: string; text: string }>> {
    const bytes = await exportDocx(publicDraft(d), options, { now: new Date(0) });
    const entry = readZipDirectory(bytes).find((e) => e.name === 'word/document.xml')!;
    const xml = new TextDecoder().decode(await inflateEntry(bytes, entry, 100));
    return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, inner]) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(inner!)?.[1] ?? 'Normal',
      text: decode([...inner!.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    }));
  }

  /** The page view's paragraphs: style and text, without list labels and footnote numbers. */
  function viewParagraphs(d: Draft, options = defaultExportOptions()): Array<{ style: string; text: string }> {
    return pageContent(documentOutline(publicDraft(d), options)).blocks.map((block) => {
      const markup = html(block.node);
      const text = markup
        .replace(/<sup class="pl-ref"[^>]*>\d+<\/sup>|<span class="pl-label">[^<]*<\/span>/g, '')
        .replace(/<[^>]+>/g, '');
      return { style: /class="pl-p pl-(\w+)"/.exec(markup)?.[1] ?? '', text: decode(text) };
    });
  }

  it('has the same paragraphs, in the same styles and order, as the exported DOCX', async () => {
    const created = createDraft(
      parseTemplate(national),
      {
        submitter: 'Republic of Examplia',
        forum: 'OEWG',
        language: 'en',
        date: '2026-05-12',
        issuingBody: 'Ministry of Foreign Affairs of Examplia',
      },
      {
        now: 0,
        newId: (() => {
          let n = 0;
          return () => `id${(n += 1)}`;
        })(),
      },
    );
    created.sections = created.sections.map((s) =>
      s.norm === 'g'
        ? {
            ...s,
            content: rootState([
              paragraphNode([textNode('Grid operators & regulators'), footnoteNode(['Grid Act.'])]),
              list(['First', '', 'Second'], true),
              paragraphNode([textNode('  ')]),
            ]),
          }
        : s,
    );
    for (const options of [
      defaultExportOptions(),
      { ...defaultExportOptions(), includeEmptySections: false, headingForm: 'short' as const },
    ]) {
      expect(viewParagraphs(created, options)).toEqual(await wordParagraphs(created, options));
    }
  });

  it('agrees for an Arabic document built from the fields, with its closing date line', async () => {
    const arabic = draft(
      [
        section('s', 'summary', [
          paragraphNode([textNode('تبلغ جمهورية إكزامبليا'), footnoteNode(['قانون 2024.'])]),
          list(['أولاً', 'ثانياً'], true),
        ]),
        section('g', 'norm', [paragraphNode([textNode('Grid Act 2024.')])], 'g'),
        section('h', 'norm', [], 'h'),
      ],
      'ar',
    );
    expect(viewParagraphs(arabic)).toEqual(await wordParagraphs(arabic));
  });
});

describe('structured answers and the capacity annex in the page view', () => {
  const decode = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const texts = (xml: string) => decode([...xml.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
  type Item = { style: string; text: string } | { rows: string[][] };

  /** The Word body in order: each paragraph (style, text) and each table (its rows' cell texts). */
  async function wordBody(d: Draft, options: DocxExportOptions): Promise<Item[]> {
    const bytes = await exportDocx(publicDraft(d), options, { now: new Date(0) });
    const entry = readZipDirectory(bytes).find((e) => e.name === 'word/document.xml')!;
    const xml = new TextDecoder().decode(await inflateEntry(bytes, entry, 100));
    const body = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('<w:sectPr'));
    return [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map(([part]) =>
      part.startsWith('<w:tbl>')
        ? {
            rows: (part.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).map((row) =>
              (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(texts),
            ),
          }
        : { style: /<w:pStyle w:val="([^"]+)"/.exec(part)?.[1] ?? 'Normal', text: texts(part) },
    );
  }

  /** The page view's blocks in order, the rows of one table joined as the pages show them. */
  function viewBody(d: Draft, options: DocxExportOptions): Item[] {
    const shown = publicDraft(d);
    const outline = documentOutline(shown, options);
    const content = pageContent(outline, {
      changes: options.changesAnnex ? changesAnnexLines(shown, shown.language) : null,
      capacity: capacityAnnexTexts(capacityNeeds(shown), options, outline.profile),
    });
    const out: Item[] = [];
    let table = -1;
    for (const block of content.blocks) {
      const markup = html(block.node);
      if (block.row) {
        const cells = (html(block.row.cells).match(/<t[hd]\b[\s\S]*?<\/t[hd]>/g) ?? []).map((c) =>
          decode(c.replace(/<[^>]+>/g, '')),
        );
        const last = out.at(-1);
        if (block.row.table === table && last && 'rows' in last) last.rows.push(cells);
        else out.push({ rows: [cells] });
        table = block.row.table;
        continue;
      }
      table = -1;
      out.push({
        style: /class="pl-p pl-(\w+)"/.exec(markup)?.[1] ?? '',
        text: decode(
          markup
            .replace(/<sup class="pl-ref"[^>]*>\d+<\/sup>|<span class="pl-label">[^<]*<\/span>/g, '')
            .replace(/<[^>]+>/g, ''),
        ),
      });
    }
    return out;
  }

  it('shows every answer, checklist table and the capacity annex the Word file holds, in its order', async () => {
    for (const language of ['en', 'ar'] as const) {
      const survey = { ...capacitySurvey(), language };
      const view = viewBody(survey, defaultExportOptions());
      expect(view).toEqual(await wordBody(survey, defaultExportOptions()));
      const tables = view.filter((item) => 'rows' in item);
      // Norm g's checklist and the capacity annex, whose rows are the norms with public needs.
      expect(tables).toHaveLength(2);
      expect(JSON.stringify(view)).toContain('Examplia Cyber Agency');
    }
    const english = viewBody(capacitySurvey(), defaultExportOptions());
    expect(english).toContainEqual({ style: 'Normal', text: 'Measures taken: legislation' });
    expect(english).toContainEqual({ style: 'Heading1', text: 'Capacity needs' });
  });

  it('leaves the capacity annex out when the export would, and never shows an internal answer or item', async () => {
    const options = { ...defaultExportOptions(), capacityAnnex: false };
    const view = viewBody(capacitySurvey(), options);
    expect(view).toEqual(await wordBody(capacitySurvey(), options));
    expect(view.filter((item) => 'rows' in item)).toHaveLength(1);
    const shown = publicDraft(capacitySurvey());
    const outline = documentOutline(shown, { ...defaultExportOptions(), includeEmptySections: true });
    const content = pageContent(outline, {
      capacity: capacityAnnexTexts(capacityNeeds(shown), defaultExportOptions(), outline.profile),
    });
    const markup = content.blocks.map((b) => html(b.node)).join('');
    expect(markup).toContain('Examplia Cyber Agency');
    for (const word of INTERNAL_WORDS) expect(markup).not.toContain(word);
  });

  it('lays a table out right to left in an Arabic document, its header row keeping with the first row', () => {
    const shown = publicDraft({ ...capacitySurvey(), language: 'ar' });
    const content = pageContent(documentOutline(shown, defaultExportOptions()));
    const rows = content.blocks.filter((b) => b.row);
    expect(rows[0]!.row!.header).toBe(true);
    expect(rows[0]!.keepWithNext).toBe(true);
    expect(html(rows[0]!.node)).toContain('الجهة الرائدة');
    expect(html(rows[1]!.node)).toMatch(/<td><p class="pl-p pl-Normal" dir="rtl">منفذ/);
  });

  it('shows the "Changes since the last edition" annex of an edition only when the export is asked for it', async () => {
    const next = newEdition(exampliaNonPaper(), { now: Date.UTC(2026, 5, 1), newId: () => 'next' });
    sectionOf(next, 'summary').content = doc(para('The Republic of Examplia reports what it changed since 2025.'));
    const options = { ...defaultExportOptions(), changesAnnex: true };
    const view = viewBody(next, options);
    expect(view).toEqual(await wordBody(next, options));
    expect(view).toContainEqual({ style: 'Heading1', text: 'Changes since the last edition' });
    expect(view).toContainEqual({ style: 'Heading2', text: 'Executive summary' });
    expect(viewBody(next, defaultExportOptions())).not.toContainEqual({
      style: 'Heading1',
      text: 'Changes since the last edition',
    });
  });

  it('agrees with the Word file for a draft structured like the Secretary-General’s call for views', async () => {
    let n = 0;
    const views = createDraft(
      parseTemplate(sgViews),
      { submitter: 'Republic of Examplia', forum: '', language: 'fr', date: '2026-04-30' },
      { now: 0, newId: () => `v${++n}`, translate: messagesTranslator(englishTemplates) },
    );
    const second = views.sections.filter((s) => s.kind === 'general')[1]!;
    second.content = doc(para('La République d’Examplie a adopté une stratégie nationale en 2025.'));
    const view = viewBody(views, defaultExportOptions());
    expect(view).toEqual(await wordBody(views, defaultExportOptions()));
    expect(view).toContainEqual({ style: 'Heading1', text: second.heading });
  });
});
