// What a heading says it is, besides a norm: the executive summary, the approach or general
// section, the heading above the norm blocks, an annex, a conclusion. Short headings only, in
// the six UN languages where a word or two says it. The heading above the norm blocks is tried
// before stakeholders' efforts: "Stakeholder work on each norm" introduces the norms. The
// headings the app writes itself (own-headings.ts) are known exactly. Arabic is compared without
// the article, tatweel or alef forms (foldArabic), so its patterns are written that way.
import { foldArabic, normalizeHeading, stripNumbering, wordCount } from './normalize';
import { ownHeadingRoles } from './own-headings';

export type SectionRole = 'summary' | 'approach' | 'efforts' | 'norms-intro' | 'annex' | 'closing';

const MAX_WORDS = 16;

const RULES: Array<[SectionRole, RegExp]> = [
  [
    'summary',
    /^(?:executive summary|summary|overview|résumé(?: analytique| exécutif)?|synthèse|resumen(?: ejecutivo)?|síntesis|резюме|краткое (?:изложение|резюме)|(?:执行|内容)?摘要|内容提要|概要|(?:ملخص|موجز)(?: تنفيذي)?)$/u,
  ],
  [
    'annex',
    /^(?:annex|annexe|anexo|appendix|приложение|附件|مرفق)(?!\p{L})|^(?:about (?:the |this |us\b)|list of (?:abbreviations|acronyms)|abbreviations|acronyms|glossary|glossaire|glosario|глоссарий)/u,
  ],
  [
    'closing',
    /^(?:conclusions?|concluding remarks|closing remarks|final remarks|way forward|conclusiones?|заключение|выводы|结论|结束语|خاتمة|استنتاجات|ملاحظات ختامية)$/u,
  ],
  ['approach', /(?<!\p{L})(?:approach|approche|enfoque|подход|نهج)(?!\p{L})|总体方针|方针|做法/u],
  [
    'norms-intro',
    /practical steps|norm[- ]by[- ]norm|each norm|(?:implementation|implementing|implement) (?:of )?(?:the )?(?:11 |eleven )?norms|mise en œuvre des normes|aplicación de las normas|осуществлени[ея] норм|(?:落实|执行|实施)(?:各项)?规范|تنفيذ (?:قواعد|معايير)|خطوات (?:\p{L}+ )?و?عملية/u,
  ],
  [
    'efforts',
    /ongoing efforts|efforts (?:by|of) (?:the )?stakeholders|stakeholders?'? (?:efforts|initiatives|work|contributions)|multi-?stakeholder (?:efforts|initiatives)|efforts des parties prenantes|esfuerzos de las partes interesadas|усилия заинтересованных сторон|利益攸关方|اصحاب مصلحة/u,
  ],
];

const fold = (text: string) => foldArabic(stripNumbering(normalizeHeading(text)));
const OWN_HEADINGS = ownHeadingRoles(fold);

export function sectionRole(text: string): SectionRole | null {
  const normalized = fold(text);
  if (normalized === '' || wordCount(normalized) > MAX_WORDS) return null;
  const own = OWN_HEADINGS.get(normalized);
  if (own) return own;
  for (const [role, pattern] of RULES) if (pattern.test(normalized)) return role;
  return null;
}
