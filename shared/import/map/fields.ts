// The draft's own fields read from the title block: title, issuing body (a ministry line above the
// title), submitter and month ("Republic of Examplia, March 2026", or "submitted by …" in a
// stakeholder's disclaimer), forum ("Submitted to: …", an OEWG line) and a date.
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
const SUBMITTED_BY =
  /\b(?:submitted|made|prepared|presented) by (?:the )?(.{2,200}?)(?=\s+(?:in (?:its|their) own name|on behalf|to the|for the|and (?:does|do))\b|[,.;(]|$)/i;
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

function lines(blocks: readonly Block[]): string[] {
  return blocks
    .flatMap((block) =>
      block.kind === 'paragraph' || block.kind === 'heading' ? inlineText(block.inlines).split('\n') : [],
    )
    .map((line) => line.trim())
    .filter(Boolean);
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
  let submitter = '';
  let date: string | null = null;
  for (const line of after) {
    if (FORUM_PREFIX.test(line) || FORUM.test(line)) continue;
    const own = line.length <= 300 ? readOwnSubmitterLine(line) : null;
    if (own) {
      ({ submitter, date } = own);
      break;
    }
    const match = SUBMITTER_MONTH.exec(line);
    if (match && MONTHS[match[2]!.toLowerCase()] && line.length <= 200) {
      submitter = match[1]!.trim();
      date = iso(+match[3]!, MONTHS[match[2]!.toLowerCase()]!, 1);
      break;
    }
  }
  if (!submitter) submitter = after.map((line) => SUBMITTED_BY.exec(line)?.[1]?.trim()).find(Boolean) ?? '';
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
