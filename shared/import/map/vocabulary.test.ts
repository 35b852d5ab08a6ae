import { describe, expect, it } from 'vitest';
import { sectionRole } from './vocabulary';

describe('section headings', () => {
  it.each([
    ['Executive summary', 'summary'],
    ['Executive Summary:', 'summary'],
    ['1. Summary', 'summary'],
    ['Résumé analytique', 'summary'],
    ['Resumen ejecutivo', 'summary'],
    ['Резюме', 'summary'],
    ['摘要', 'summary'],
    ['الملخص التنفيذي', 'summary'],
    ['الموجز التنفيذي', 'summary'],
    ['موجز تنفيذي', 'summary'],
    ['UK approach', 'approach'],
    ["Examplia's national approach", 'approach'],
    ['Approche nationale', 'approach'],
    ['Enfoque nacional', 'approach'],
    ['Национальный подход', 'approach'],
    ['Ongoing efforts by stakeholders to promote the norms', 'efforts'],
    ['Policy and practical steps to implement the norms', 'norms-intro'],
    ['Stakeholder work on each norm', 'norms-intro'],
    ['Annex – List of abbreviations', 'annex'],
    ['About the Forum', 'annex'],
    ['Glossary', 'annex'],
    ['Conclusion', 'closing'],
    ['Concluding remarks', 'closing'],
  ])('%s -> %s', (heading, role) => {
    expect(sectionRole(heading)).toBe(role);
  });

  it.each([
    'Regulatory framework',
    'Case study: the 2025 port outage',
    'Annexation of territory is unlawful under international law and our long position on it',
  ])('leaves "%s" to the section it is in', (heading) => {
    expect(sectionRole(heading)).toBeNull();
  });

  it('ignores long sentences that happen to contain a keyword', () => {
    expect(
      sectionRole(
        'This paper explains in some detail the approach that the government has taken over the last five years to the many questions that arise',
      ),
    ).toBeNull();
  });
});
