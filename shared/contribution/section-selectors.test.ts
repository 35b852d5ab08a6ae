import { describe, expect, it } from 'vitest';
import { sampleNormSection } from '../../test/fixtures/sample-draft';
import { paragraphState } from '../model/empty';
import type { Section } from '../model/draft';
import { selectSections } from './section-selectors';

const sections: Section[] = [
  { id: 'title', kind: 'title', norm: null, heading: 'Title', status: 'empty', content: paragraphState([]) },
  { id: 'summary', kind: 'summary', norm: null, heading: 'Summary', status: 'empty', content: paragraphState([]) },
  sampleNormSection('', 'a'),
  sampleNormSection('', 'g'),
  sampleNormSection('', 'h'),
];

describe('selectSections', () => {
  it('reads norm letters and section kinds, in the draft’s order, whatever the case and spacing', () => {
    expect(selectSections('h, G ,summary', sections)).toEqual({ ok: true, ids: ['summary', 'norm-g', 'norm-h'] });
    expect(selectSections('norm', sections)).toEqual({ ok: true, ids: ['norm-a', 'norm-g', 'norm-h'] });
    expect(selectSections('all', sections)).toEqual({ ok: true, ids: sections.map((s) => s.id) });
  });

  it('names the words it does not know and the sections the draft does not have', () => {
    expect(selectSections('g,norm7,foo', sections)).toEqual({ ok: false, unknown: ['norm7', 'foo'], absent: [] });
    expect(selectSections('k,closing', sections)).toEqual({ ok: false, unknown: [], absent: ['k', 'closing'] });
    expect(selectSections(' , ', sections)).toEqual({ ok: false, unknown: [], absent: [] });
  });
});
