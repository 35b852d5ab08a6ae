// A line that ends a sentence is text, never a guessed heading: Chinese sentences ending in 。！？；
// stand alone on their lines in text copied out of a PDF, and "做法" (approach) or "落实规范"
// (implementing the norms) in one of them must not make it a section heading in the report.
import { describe, expect, it } from 'vitest';
import nationalNonPaper from '../../templates/national-non-paper.template.json';
import { sectionPlainText } from '../model/text';
import { loadTemplates } from '../templates/schema';
import { importDocument } from './index';
import { placingOutcome } from './report';

const templates = loadTemplates([nationalNonPaper]);

function importText(lines: string[]) {
  let next = 0;
  return importDocument(
    { name: 'examplia-zh.txt', bytes: new TextEncoder().encode(lines.join('\n')) },
    { templates, now: Date.UTC(2026, 2, 1), newId: () => `id-${next++}` },
  );
}

const SENTENCES = [
  '艾克桑普利亚的做法是先立法后执行。',
  '各部委每年共同审查落实规范的进展！',
  '这一做法是否有效？',
  '艾克桑普利亚的总体方针保持不变；',
];

describe('Chinese sentences on lines of their own', () => {
  it.each(SENTENCES)('keeps “%s” as text of the norm it stands under, with no heading note', async (sentence) => {
    const { draft, report } = await importText([
      '艾克桑普利亚共和国关于规范的非正式文件',
      '',
      '规范3（2015年政府专家组报告第13(c)段）：防止本国领土被滥用',
      '',
      '艾克桑普利亚的网络犯罪法适用于托管服务提供商。',
      '',
      sentence,
      '',
      '规范4（2015年政府专家组报告第13(d)段）：合作打击犯罪',
      '',
      '检察机关设立了联络点。',
    ]);
    const normC = draft.sections.find((section) => section.norm === 'c')!;
    expect(sectionPlainText(normC.content)).toContain(sentence);
    expect(draft.sections.filter((section) => section.kind === 'other')).toEqual([]);
    expect(report.warnings.filter((warning) => warning.code.startsWith('heading-'))).toEqual([]);
    expect(placingOutcome(report)).toBe('all');
  });
});
