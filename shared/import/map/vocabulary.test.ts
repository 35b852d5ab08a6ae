import { describe, expect, it } from 'vitest';
import ar from '../../../locales/ar/templates.json';
import en from '../../../locales/en/templates.json';
import es from '../../../locales/es/templates.json';
import fr from '../../../locales/fr/templates.json';
import ru from '../../../locales/ru/templates.json';
import zh from '../../../locales/zh/templates.json';
import national from '../../../templates/national-non-paper.template.json';
import stakeholder from '../../../templates/stakeholder-contribution.template.json';
import { LANGUAGES, type Language } from '../../model/languages';
import { lookupMessage } from '../../templates/messages';
import { sectionRole } from './vocabulary';

const LOCALE_TEXTS: Record<Language, unknown> = { ar, zh, en, fr, ru, es };
const headingIn = (language: Language, key: string) => lookupMessage(LOCALE_TEXTS[language], key)!;

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
    ['النهج الوطني', 'approach'],
    ['ـالنهجـ الوطنيّ', 'approach'],
    ['2. النهج الذي تتبعه جمهورية إكزامبليا', 'approach'],
    ['الخطوات العملية', 'norms-intro'],
    ['الخطوات السياساتية والعملية لتنفيذ القواعد', 'norms-intro'],
    ['الجهود التي يبذلها أصحاب المصلحة', 'efforts'],
    ['الخاتمة', 'closing'],
    ['ملاحظات ختامية', 'closing'],
    ['إستنتاجات', 'closing'],
    ['المرفق الأول', 'annex'],
    ['一、执行摘要', 'summary'],
    ['（二）国家方针。', 'approach'],
  ])('reads the Arabic or Chinese heading "%s" as %s', (heading, role) => {
    expect(sectionRole(heading)).toBe(role);
  });

  // The section headings the app writes itself, in each of its languages, come back onto the
  // same kind of section: a general section just before the norms introduces them.
  it.each(LANGUAGES)('recognises every section heading the app writes in %s', (language) => {
    for (const template of [national, stakeholder]) {
      template.sections.forEach((section, at) => {
        if (section.kind === 'norm' || section.kind === 'title' || section.kind === 'closing') return;
        const expected =
          section.kind === 'general'
            ? template.sections[at + 1]?.kind === 'norm'
              ? 'norms-intro'
              : 'efforts'
            : section.kind;
        const heading = headingIn(language, section.headingKey);
        expect(sectionRole(heading), `${template.id}: ${heading}`).toBe(expected);
      });
    }
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
