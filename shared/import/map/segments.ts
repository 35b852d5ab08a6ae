// Splits the document at recognised headings. Content up to the next recognised heading belongs
// to that heading's section; an unrecognised heading stays inside the section as a sub-heading,
// unless it ranks above the section's own heading (then what follows fits nowhere known).
import type { NormLetter } from '../../model/draft';
import { inlineText, type Block } from '../ir';
import { normFromPattern, recognizeNorm } from './norms';
import { readOwnDateLine } from './own-dates';
import { sectionRole, type SectionRole } from './vocabulary';

export type SegmentRole = SectionRole | 'norm' | 'preamble' | 'unknown';

export interface Segment {
  role: SegmentRole;
  norm: NormLetter | null;
  /** The heading's text as the document has it (empty for the preamble). */
  heading: string;
  /** The heading block, kept with the content when that content cannot be placed. */
  headingBlock: Block | null;
  /** The heading's rank: 1-6 for heading styles, lower ranks for bold paragraphs. */
  level: number;
  /** True when the heading was broken over lines and joined here (a guess the report names). */
  joined?: boolean;
  blocks: Block[];
}

export interface SegmentedDocument {
  /** The document's title block (Title style, front matter, or a first heading), if any. */
  titleBlock: Block | null;
  segments: Segment[];
}

/** Norm headings quote a norm's text, which is at most ~80 words; longer bold text is prose. */
const MAX_HEADING_CHARS = 900;
const DATE_LINE =
  /^(?:date\s*:?\s*)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\.?$/iu;

/**
 * A line ending in a full-width sentence mark (。！？；) is a sentence: a paragraph that merely looks
 * like a heading is none then, unless it names a norm by number or letter (a Chinese norm label
 * followed by the norm's text in Chinese ends in 。 too).
 */
const ENDS_CJK_SENTENCE = /[。！？；]$/u;

function headingCandidate(block: Block): string | null {
  if (block.kind === 'heading' || (block.kind === 'paragraph' && block.headingLike)) {
    const text = inlineText(block.inlines).trim();
    if (text.length === 0 || text.length > MAX_HEADING_CHARS) return null;
    if (block.kind === 'paragraph' && ENDS_CJK_SENTENCE.test(text) && normFromPattern(text) === null) return null;
    return text;
  }
  return null;
}

function classify(text: string): { role: SegmentRole; norm: NormLetter | null } | null {
  const norm = recognizeNorm(text);
  if (norm) return { role: 'norm', norm };
  const role = sectionRole(text);
  return role ? { role, norm: null } : null;
}

const TITLE_WORDS =
  /non-?paper|contribution|submission|position|implement|norms|normes|normas|нормы|норм|规范|القواعد/i;
const MAX_TITLE_CHARS = 400;

/**
 * The Title-styled block; else, before the first recognised heading, the first line that reads
 * like a title ("Non-paper on …", "Contribution of …") or, failing that, the first heading.
 */
function findTitle(blocks: readonly Block[]): Block | null {
  const styled = blocks.find((block) => block.kind === 'heading' && block.isTitle);
  if (styled) return styled;
  let firstHeading: Block | null = null;
  for (const block of blocks) {
    const candidate = headingCandidate(block);
    if (candidate !== null) {
      const role = classify(candidate)?.role;
      if (role !== undefined && role !== 'norms-intro') break;
      firstHeading ??= block;
    }
    if (block.kind !== 'heading' && block.kind !== 'paragraph') continue;
    const text = inlineText(block.inlines).trim();
    const titleLike = candidate !== null || (!/[.;:。！？；]$/u.test(text) && !text.includes('\n'));
    if (titleLike && text.length <= MAX_TITLE_CHARS && TITLE_WORDS.test(text)) return block;
  }
  return firstHeading;
}

export function segmentDocument(blocks: readonly Block[]): SegmentedDocument {
  const titleBlock = findTitle(blocks);
  const preamble: Segment = { role: 'preamble', norm: null, heading: '', headingBlock: null, level: 0, blocks: [] };
  const segments: Segment[] = [preamble];
  let current = preamble;
  let containerLevel = 0; // rank of the last recognised heading-styled section
  // In the title block, headings ranked below the title (a subtitle, the State's name) stay there.
  const titleLevel = titleBlock?.kind === 'heading' ? titleBlock.level : 6;

  for (const block of blocks) {
    const text = block === titleBlock ? null : headingCandidate(block);
    if (current !== preamble && continuesHeading(current, block, text)) {
      joinHeading(current, block);
      continue;
    }
    if (text === null) {
      current.blocks.push(block);
      continue;
    }
    const styledLevel = block.kind === 'heading' ? block.level : null;
    const level = styledLevel ?? containerLevel + 1;
    const found = classify(text);
    if (found) {
      current = { ...found, heading: text, headingBlock: block, level, blocks: [] };
      segments.push(current);
      if (styledLevel !== null) containerLevel = styledLevel;
    } else if (
      styledLevel !== null &&
      // A heading as high as the section's own is not its sub-heading ("Concluding remarks" after norm k).
      (current === preamble
        ? styledLevel <= titleLevel
        : styledLevel < current.level || (styledLevel === current.level && current.headingBlock?.kind === 'heading'))
    ) {
      current = { role: 'unknown', norm: null, heading: text, headingBlock: block, level: styledLevel, blocks: [] };
      segments.push(current);
    } else current.blocks.push(block);
  }
  splitClosingDate(segments);
  return { titleBlock, segments };
}

const ENDS_SENTENCE = /[.!?。！？؟:：]$/u;
const CONTINUATION_CHARS = 300;

/**
 * The rest of a norm heading broken over two lines or by a page break: right after it, with
 * nothing between, a line of the same form (same heading level, or bold like it) into which the
 * heading's words run on: the heading does not end a sentence, and the line starts in lower case
 * or is no heading of its own.
 */
function continuesHeading(segment: Segment, block: Block, text: string | null): boolean {
  const heading = segment.headingBlock;
  if (!heading || segment.role !== 'norm' || segment.blocks.length > 0 || text === null) return false;
  if (text.length > CONTINUATION_CHARS || ENDS_SENTENCE.test(segment.heading.trim())) return false;
  const sameForm =
    block.kind === 'heading'
      ? heading.kind === 'heading' && heading.level === block.level
      : heading.kind === 'paragraph' && allBold(heading) && allBold(block);
  return sameForm && (/^\p{Ll}/u.test(text) || classify(text) === null);
}

/** Bold throughout (a short line alone in plain text is heading-like too, but says less). */
function allBold(block: Block): boolean {
  if (block.kind !== 'paragraph') return false;
  const runs = block.inlines.filter((inline) => inline.kind === 'text' && inline.text.trim() !== '');
  return runs.length > 0 && runs.every((inline) => inline.kind === 'text' && inline.bold === true);
}

function joinHeading(segment: Segment, block: Block): void {
  const heading = segment.headingBlock!;
  if (heading.kind !== 'heading' && heading.kind !== 'paragraph') return;
  if (block.kind !== 'heading' && block.kind !== 'paragraph') return;
  segment.headingBlock = { ...heading, inlines: [...heading.inlines, { kind: 'text', text: ' ' }, ...block.inlines] };
  segment.heading = `${segment.heading} ${inlineText(block.inlines).trim()}`;
  segment.joined = true;
}

/**
 * A date alone at the end of the text ("Date: 05/09/2026"), before any annex, is the closing
 * line, not part of norm (k) or of the concluding remarks.
 */
function splitClosingDate(segments: Segment[]): void {
  let at = segments.length - 1;
  while (at > 0 && (segments[at]!.role === 'annex' || segments[at]!.role === 'unknown')) at--;
  const last = segments[at]!;
  const block = last.blocks[last.blocks.length - 1];
  // Under "Concluding remarks" too: the date is the closing line, not the remarks' last sentence.
  if (last.role === 'preamble' || (last.role === 'closing' && last.heading === '') || block?.kind !== 'paragraph')
    return;
  const text = inlineText(block.inlines).trim();
  if (!DATE_LINE.test(text) && readOwnDateLine(text) === null) return;
  last.blocks.pop();
  segments.splice(at + 1, 0, {
    role: 'closing',
    norm: null,
    heading: '',
    headingBlock: null,
    level: last.level,
    blocks: [block],
  });
}
