import { describe, expect, it } from 'vitest';
import { doc, para } from '../../test/fixtures/content';
import { sampleNormSection } from '../../test/fixtures/sample-draft';
import { defaultClearance } from './path';
import { clearSection } from './records';
import { clearanceSheet } from './sheet';

describe('the clearance sheet', () => {
  it('lists every section in order with each step, who and when, and flags a section changed since cleared', () => {
    const g = sampleNormSection('Examplia protects its infrastructure.', 'g');
    const h = sampleNormSection('Examplia answers requests.', 'h');
    const first = clearSection(defaultClearance(), {
      sectionId: 'norm-g',
      stepId: 'legal-review',
      by: 'Ama Tarrow',
      at: 10,
      versionId: null,
      content: g.content,
    });
    if (!first.ok) throw new Error(first.error);
    const second = clearSection(first.clearance, {
      sectionId: 'norm-h',
      stepId: 'drafting',
      by: 'B. Lund',
      at: 20,
      versionId: null,
      content: h.content,
    });
    if (!second.ok) throw new Error(second.error);
    const edited = { ...h, content: doc(para('Examplia answers requests within a day.')) };
    const sheet = clearanceSheet([g, edited], second.clearance, {
      section: (s) => `Norm ${s.norm}`,
      step: (s) => s.name || s.id,
    });
    expect(sheet.map((row) => [row.section, row.changed])).toEqual([
      ['Norm g', false],
      ['Norm h', true],
    ]);
    expect(sheet[0]?.steps).toEqual([
      { stepId: 'drafting', step: 'drafting', by: '', at: null },
      { stepId: 'legal-review', step: 'legal-review', by: 'Ama Tarrow', at: 10 },
      { stepId: 'policy-clearance', step: 'policy-clearance', by: '', at: null },
      { stepId: 'final', step: 'final', by: '', at: null },
    ]);
    expect(sheet[1]?.steps[0]).toEqual({ stepId: 'drafting', step: 'drafting', by: 'B. Lund', at: 20 });
  });
});
