// @vitest-environment jsdom
// The clearance sheet as a Word document: real readers open it and see the sections, the steps,
// the names and the dates, and the "changed since cleared" note; in Arabic the table runs right to left.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SheetRow } from '../../shared/clearance/sheet';
import { clearanceSheetDocx, type ClearanceSheetTexts } from '../../shared/docx/clearance-sheet';
import { convertWithLibreOffice, elements, pandocMarkdown, paragraphText, tempDir, xml } from './support';

const dir = tempDir('clearance-sheet');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const step = (stepId: string, by = '', at: number | null = null) => ({
  stepId,
  step: stepId.replace('-', ' '),
  by,
  at,
});
const SHEET: SheetRow[] = [
  {
    sectionId: 'norm-g',
    section: 'Norm 7: Protecting critical infrastructure',
    changed: true,
    steps: [
      step('drafting', 'Bela Lund', Date.UTC(2026, 10, 2)),
      step('legal-review', 'Ama Tarrow', Date.UTC(2026, 10, 3)),
      step('final'),
    ],
  },
  {
    sectionId: 'norm-h',
    section: 'Norm 8: Responding to requests',
    changed: false,
    steps: [step('drafting'), step('legal-review'), step('final')],
  },
];

const texts = (overrides: Partial<ClearanceSheetTexts> = {}): ClearanceSheetTexts => ({
  heading: 'Clearance sheet',
  draftTitle: 'Non-paper of the Republic of Examplia',
  preparedLine: '',
  section: 'Section',
  step: 'Step',
  by: 'Cleared by',
  date: 'Date',
  note: 'Note',
  changed: 'Changed since cleared',
  notCleared: 'Not cleared',
  formatDate: (ms) => new Date(ms).toISOString().slice(0, 10),
  ...overrides,
});

describe('the clearance sheet as a .docx', () => {
  // Two real readers on a busy machine: LibreOffice alone can take half a minute to start.
  it('opens in pandoc and LibreOffice with every section, step, name and date', async () => {
    const docx = join(dir, 'sheet.docx');
    writeFileSync(docx, await clearanceSheetDocx(SHEET, texts(), 'en'));
    // Standalone: pandoc reads the Title and Subtitle paragraphs into the document's metadata.
    const markdown = pandocMarkdown(docx, ['--standalone']);
    for (const text of [
      'Clearance sheet',
      'Non-paper of the Republic of Examplia',
      'Cleared by',
      'Norm 7: Protecting critical infrastructure',
      'Norm 8: Responding to requests',
      'legal review',
      'Ama Tarrow',
      '2026-11-03',
      'Bela Lund',
      '2026-11-02',
      'Changed since cleared',
      'Not cleared',
    ])
      expect(markdown).toContain(text);
    expect(markdown.match(/Changed since cleared/g)).toHaveLength(1);

    const [fodt] = convertWithLibreOffice([docx], dir, 'fodt');
    const flat = readFileSync(fodt!, 'utf8');
    expect(flat).toContain('<table:table ');
    for (const text of ['Ama Tarrow', '2026-11-03', 'Norm 8: Responding to requests', 'Changed since cleared'])
      expect(flat).toContain(text);
  }, 120_000);

  it('in Arabic is a right-to-left table: Arabic lines run right to left, a name typed in Latin letters left to right', async () => {
    const docx = join(dir, 'sheet-ar.docx');
    const arabic = texts({ heading: 'ورقة الاعتماد', section: 'القسم', by: 'اعتمده', notCleared: 'غير معتمد' });
    writeFileSync(docx, await clearanceSheetDocx(SHEET, arabic, 'ar'));
    const document = xml(docx, 'word/document.xml');
    expect(elements(document, 'w:bidiVisual')).toHaveLength(1);
    const paragraphs = elements(document, 'w:p');
    const rightToLeft = (text: string) => {
      const p = paragraphs.find((candidate) => paragraphText(candidate) === text);
      if (!p) throw new Error(`no paragraph ${text}`);
      return elements(p, 'w:bidi').length > 0;
    };
    expect(rightToLeft('ورقة الاعتماد')).toBe(true);
    expect(rightToLeft('غير معتمد')).toBe(true);
    expect(rightToLeft('Ama Tarrow')).toBe(false);
    expect(pandocMarkdown(docx, ['--standalone'])).toContain('ورقة الاعتماد');
    expect(xml(docx, 'word/styles.xml').documentElement.outerHTML).toMatch(/w:cs="[^"]+"/);
  });
});
