// The draft's own fields read from the title block: title, issuing body (a ministry line above the
// title), submitter and month ("Republic of Examplia, March 2026", or "submitted by …" in a
// stakeholder's disclaimer, in six languages), forum ("Submitted to: …", an OEWG line) and a
// date. Names broken over lines are joined; what is not clearly a name is left empty.
import { isIsoDate } from '../../model/dates';
import { inlineText, type Block } from '../ir';
import { DRAFT_LIMITS } from '../../model/schema';
import { readOwnDateLine, readOwnSubmitterLine } from './own-dates';

export interface DetectedFields {
  title: string;
  issuingBody: string;
  submitter: string;
  forum: string;
  /** YYYY-MM-DD, or null when the document gives no date. */
  date: string | null;
}

const MONTHS: Record<string, number> = {};
[
  'january february march april may june july august september october november december',
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
  'январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь',
].forEach((names) => names.split(' ').forEach((name, i) => (MONTHS[name] = i + 1)));

const ISSUING_BODY =
  /ministry|ministère|ministerio|министерство|外交部|وزارة|office|department|government|gouvernement|gobierno|правительство|政府|حكومة/i;
const SUBMITTER_MONTH = /^(.{2,300}?)[,،]?\s+(\p{L}+)\s+(\d{4})\.?$/u;
// "Submitted by the X in its own name", in the six languages: the name only, never the sentence.
const SUBMITTED_BY: readonly RegExp[] = [
  /\b(?:submitted|made|prepared|presented) by (?:the )?(.{2,200}?)(?=\s+(?:in (?:its|their) own name|on behalf|to the|for the|and (?:does|do))\b|[,.;(]|$)/i,
  /\b(?:soumise?|présentée?|établie?|préparée?) par (?:les? |la |l['’])?(.{2,200}?)(?=\s+(?:en son (?:propre )?nom|au nom|et ne)\b|[,.;(]|$)/i,
  /\b(?:presentad[oa]|elaborad[oa]|preparad[oa]) por (?:el |la |los |las )?(.{2,200}?)(?=\s+(?:en su (?:propio )?nombre|en nombre|y no)\b|[,.;(]|$)/i,
  /(?:представлен|подготовлен)[аоы]?\s+(.{2,200}?)(?=\s+(?:от (?:своего )?имени|и не)(?!\p{L})|[,.;(]|$)/iu,
  /由(.{2,100}?)(?:以自身名义)?(?:提交|编写|撰写|提出)/u,
  /(?:مقدم(?:ة)? من|أعد(?:ها|ه|ته)|قدم(?:ها|ه|ته))\s+(.{2,200}?)(?=\s+(?:باسم|بالأصالة|ولا|و لا)(?!\p{L})|[،,.؛(]|$)/u,
];
/** A name is a few words; a longer catch is a sentence, and the field is better left to the user. */
const MAX_NAME_WORDS = 14;
const QUOTED = /[«“„"]\s*([^«»“”„"]{2,200}?)\s*[»”"]/u;
const ENDS_SENTENCE = /[.;:!?。；：！？؟]$/u;
/** A line that ends on one of these words goes on in the next: "Foreign &", "Ministry of". */
const RUNS_ON = /(?:[&,،+\-–]|(?<!\p{L})(?:and|of|for|the|et|de|des|du|y|del|и|по|для|و|لل))$/iu;

// Each language's forum line as the export writes it (Chinese with a full-width colon).
const FORUM_PREFIX = /^(?:submitted to|forum|soumis à|presentado a|представлено|مقدّ?مة إلى|提交至)\s*[:：]\s*/i;
const FORUM =
  /\bOEWG\b|open-ended working group|intersessional|groupe de travail à composition non limitée|grupo de trabajo de composición abierta|рабочей группы открытого состава|不限成员名额工作组|الفريق العامل المفتوح العضوية/i;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => {
  const value = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(value) ? value : null;
};

/** A date written in a line: "05/09/2026" (day first), "5 September 2026", "September 5, 2026", "2026-09-05", "2026年9月5日". */
export function parseDate(text: string): string | null {
  const t = text.toLowerCase();
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  m = /(\d{1,2})[./](\d{1,2})[./](\d{4})/.exec(t);
  if (m) return iso(+m[3]!, +m[2]!, +m[1]!);
  m = /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/.exec(t);
  if (m) return iso(+m[1]!, +m[2]!, m[3] ? +m[3] : 1);
  m = /(\d{1,2})\s+(?:de\s+)?(\p{L}+)\s+(?:de\s+)?(\d{4})/u.exec(t);
  if (m && MONTHS[m[2]!]) return iso(+m[3]!, MONTHS[m[2]!]!, +m[1]!);
  m = /(\p{L}+)\s+(\d{1,2}),?\s+(\d{4})/u.exec(t);
  if (m && MONTHS[m[1]!]) return iso(+m[3]!, MONTHS[m[1]!]!, +m[2]!);
  m = /(\p{L}+)\s+(?:de\s+)?(\d{4})/u.exec(t);
  if (m && MONTHS[m[1]!]) return iso(+m[2]!, MONTHS[m[1]!]!, 1);
  return null;
}

/** The lines of the blocks, a name broken over lines ("Foreign & / Commonwealth / Office") joined. */
function lines(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  for (const line of blocks
    .flatMap((block) =>
      block.kind === 'paragraph' || block.kind === 'heading' ? inlineText(block.inlines).split('\n') : [],
    )
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter(Boolean)) {
    const last = out[out.length - 1];
    if (last !== undefined && runsOn(last, line)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

/** The next line is the rest of this one's name: this one ends on "&", "of"…, or the next is a word or two that ends the name ("Office"). */
function runsOn(line: string, next: string): boolean {
  if (ENDS_SENTENCE.test(line) || line.length + next.length > 150) return false;
  if (RUNS_ON.test(line)) return true;
  return next.split(' ').length <= 2 && ISSUING_BODY.test(next) && !ENDS_SENTENCE.test(next) && !/\d/.test(line + next);
}

/** "Republic of Examplia and Northern Examplia," then "September 2019" on the next line. */
function submitterAndMonth(lines: readonly string[]): { submitter: string; date: string | null } | null {
  for (const [i, line] of lines.entries()) {
    if (FORUM_PREFIX.test(line) || FORUM.test(line)) continue;
    // The line the app itself writes, in any of its languages.
    const own = line.length <= 300 ? readOwnSubmitterLine(line) : null;
    if (own) return own;
    const next = lines[i + 1];
    for (const text of next === undefined || ENDS_SENTENCE.test(line) ? [line] : [line, `${line} ${next}`]) {
      const match = SUBMITTER_MONTH.exec(text);
      const month = match ? MONTHS[match[2]!.toLowerCase()] : undefined;
      if (!match || !month || text.length > 200) continue;
      // "Submitted by X in its own name, March 2026": the name, not the sentence.
      const name = submittedBy([match[1]!]) || match[1]!.trim();
      if (name.split(/\s+/).length <= MAX_NAME_WORDS) return { submitter: name, date: iso(+match[3]!, month, 1) };
    }
  }
  return null;
}

/** The name in a disclaimer sentence, or "" when none or when what was caught is no name. */
function submittedBy(lines: readonly string[]): string {
  for (const line of lines)
    for (const pattern of SUBMITTED_BY) {
      const caught = pattern.exec(line)?.[1]?.trim();
      // "организацией «Круг …»": the quoted name, not the word for what it is.
      const name = (caught && QUOTED.exec(caught)?.[1]?.trim()) || caught;
      if (name) return name.split(/\s+/).length <= MAX_NAME_WORDS ? name : '';
    }
  return '';
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max).trim() : text);

export function detectFields(
  preamble: readonly Block[],
  titleBlock: Block | null,
  closing: readonly Block[],
): DetectedFields {
  const title =
    titleBlock && titleBlock.kind !== 'list' && titleBlock.kind !== 'quote'
      ? inlineText(titleBlock.inlines).replace(/\s+/g, ' ').trim()
      : '';
  const titleIndex = titleBlock ? preamble.indexOf(titleBlock) : -1;
  const before = lines(titleIndex > 0 ? preamble.slice(0, titleIndex) : []);
  const after = lines(titleIndex >= 0 ? preamble.slice(titleIndex + 1) : preamble);

  const issuingBody = before.find((line) => line.length <= 150 && ISSUING_BODY.test(line)) ?? '';
  const found = submitterAndMonth(after);
  const submitter = found?.submitter ?? submittedBy(after);
  const date = found?.date ?? null;
  const forumLine =
    after.find((line) => FORUM_PREFIX.test(line)) ?? after.find((line) => line.length <= 300 && FORUM.test(line)) ?? '';
  const closingDate =
    lines(closing)
      .map((line) => readOwnDateLine(line) ?? parseDate(line))
      .find(Boolean) ?? null;

  return {
    title: clip(title, DRAFT_LIMITS.titleChars),
    issuingBody: clip(issuingBody, DRAFT_LIMITS.nameChars),
    submitter: clip(submitter, DRAFT_LIMITS.nameChars),
    forum: clip(forumLine.replace(FORUM_PREFIX, ''), DRAFT_LIMITS.forumChars),
    date: closingDate ?? date,
  };
}
