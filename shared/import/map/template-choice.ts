// State non-paper or stakeholder contribution? Words that only one kind of submitter writes
// decide ("does not represent the views", "civil society" vs "non-paper", "Ministry"); the title
// block and summary count double. The caller may name the template instead. Questionnaires
// (templates with `forImport: false`) are only used when named.
import type { SubmitterKind } from '../../model/draft';
import type { Template } from '../../templates/schema';
import { ImportError } from '../errors';

const STAKEHOLDER_CUES = [
  /do(?:es)? not (?:necessarily )?represent (?:the )?(?:official )?(?:views|position)/i,
  /in (?:its|their) own name/i,
  /\bstakeholders?\b/i,
  /civil society/i,
  /non-governmental|\bNGOs?\b/i,
  /\b(?:foundation|institute|association|think tank|academia|our members)\b/i,
  /parties prenantes|société civile|partes interesadas|sociedad civil|заинтересованн|гражданского общества|利益攸关方|民间社会|أصحاب المصلحة|المجتمع المدني/i,
];
const STATE_CUES = [
  /non-?paper/i,
  /\bministry\b|\bministère\b|\bministerio\b|министерство|外交部|وزارة/i,
  /\bgovernment of\b|\bour government\b/i,
  /\b(?:republic|kingdom|federation|state) of\b/i,
  /\bnational (?:strategy|legislation|approach|cyber)/i,
  /\bdelegation\b/i,
];

function hits(text: string, cues: RegExp[]): number {
  return cues.filter((cue) => cue.test(text)).length;
}

export function detectSubmitterKind(front: string, whole: string): SubmitterKind {
  const stakeholder = 2 * hits(front, STAKEHOLDER_CUES) + hits(whole, STAKEHOLDER_CUES);
  const state = 2 * hits(front, STATE_CUES) + hits(whole, STATE_CUES);
  return stakeholder > state ? 'stakeholder' : 'state';
}

export function chooseTemplate(
  templates: readonly Template[],
  kind: SubmitterKind,
  templateId: string | undefined,
): Template {
  if (templateId !== undefined) {
    const chosen = templates.find((template) => template.id === templateId);
    if (!chosen) throw new ImportError('unknown-template', { id: templateId });
    return chosen;
  }
  const candidates = templates.filter((template) => template.forImport !== false);
  const ranked = [...candidates].sort((a, b) => score(b) - score(a));
  if (ranked.length === 0) throw new ImportError('no-template');
  return ranked[0]!;

  function score(template: Template): number {
    const fit = template.submitterKind === kind ? 2 : template.submitterKind === 'any' ? 1 : 0;
    return fit * 1_000 + template.sections.length;
  }
}
