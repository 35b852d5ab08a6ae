// Which template section each segment goes to. Norms go to their norm's section; the summary,
// approach and closing line to the sections of that kind; "ongoing efforts" to the first general
// section; the heading above the norm blocks to the general section just before them. A heading
// with no place (an annex, "Concluding remarks", an unknown heading, a kind the template lacks)
// becomes a section of its own, after the section placed before it; content before the first
// heading is unplaced. Nothing is dropped, and every guess is written to the log.
import type { SectionKind } from '../../model/draft';
import type { Template } from '../../templates/schema';
import { placeInSections, type Wish } from '../../templates/placement';
import { inlineText, type Block } from '../ir';
import { parseDate } from './fields';
import { readOwnDateLine } from './own-dates';
import type { WarningLog } from '../warnings';
import { normalizeHeading, stripNumbering } from './normalize';
import { normFromPattern } from './norms';
import type { Segment } from './segments';

export type UnplacedReason = 'before-first-heading' | 'no-matching-section' | 'annex' | 'unreferenced-footnote';

export interface PlacedContent {
  /** The template section's index. */
  section: number;
  blocks: Block[];
  /** The document's heading for this content (the first one when several were joined). */
  sourceHeading: string;
  /** Rank of that heading, for sub-heading levels. */
  level: number;
}

export interface UnplacedContent {
  reason: UnplacedReason;
  heading: string;
  blocks: Block[];
  level: number;
}

/** A heading the template has no section for, kept as a section of its own. */
export interface OwnSectionContent {
  /** The template section it follows (-1: before every template section but the title). */
  after: number;
  heading: string;
  blocks: Block[];
  level: number;
}

export interface Placement {
  placed: Map<number, PlacedContent>;
  unplaced: UnplacedContent[];
  own: OwnSectionContent[];
}

/** The template places a segment may go to, best first (placeInSections picks the section). */
function wishOf(segment: Segment): Wish {
  switch (segment.role) {
    case 'norm':
      return [{ kind: 'norm', norm: segment.norm ?? null }];
    case 'preamble':
      return [{ kind: 'title' }];
    case 'summary':
      return [{ kind: segment.role }];
    case 'closing':
      // A template's closing section is the date line: "Concluding remarks" is a section of its own.
      return segment.heading === '' ? [{ kind: 'closing' }] : [];
    case 'approach':
      return [{ kind: 'approach' }, { kind: 'general' }];
    case 'efforts':
      return [{ kind: 'general' }, { kind: 'approach' }];
    case 'norms-intro':
      return [{ kind: 'general', beforeNorms: true }];
    default:
      return [];
  }
}

/**
 * Every placement that is a guess goes to the log: a norm heading joined from two lines, a norm
 * known by its text alone (no number or letter), a heading of another wording than the section's, content put in a section of another
 * kind than its heading's.
 */
function noteGuess(segment: Segment, kind: SectionKind, section: string, log: WarningLog): void {
  const heading = segment.heading;
  if (heading === '') return;
  if (segment.role === 'norm') {
    if (segment.joined) log.add('norm-heading-joined', { heading, norm: segment.norm! });
    if (normFromPattern(heading) === null) log.add('norm-guessed', { heading, norm: segment.norm! });
    return;
  }
  if (wishOf(segment)[0]?.kind !== kind) log.add('heading-other-kind', { heading, section });
  else if (stripNumbering(normalizeHeading(heading)) !== stripNumbering(normalizeHeading(section)))
    log.add('heading-guessed', { heading, section });
}

function unplacedReason(segment: Segment): UnplacedReason {
  if (segment.role === 'preamble') return 'before-first-heading';
  return segment.role === 'annex' ? 'annex' : 'no-matching-section';
}

/**
 * The closing date line alone (as the export writes it under a template without a closing
 * section): it becomes the draft's date (fields.ts), which the export writes there again.
 */
function isDateLineOnly(segment: Segment): boolean {
  return (
    segment.role === 'closing' &&
    segment.headingBlock === null &&
    segment.blocks.length > 0 &&
    segment.blocks.every((block) => {
      if (block.kind !== 'paragraph') return false;
      const text = inlineText(block.inlines).trim();
      return (readOwnDateLine(text) ?? parseDate(text)) !== null;
    })
  );
}

/**
 * `sectionNames` are the draft's section headings in the document's language, for the log's
 * notes (a section is named by its kind without them).
 */
export function placeSegments(
  template: Template,
  segments: readonly Segment[],
  log: WarningLog,
  sectionNames: readonly string[] = [],
): Placement {
  const nameOf = (index: number) => sectionNames[index] ?? template.sections[index]!.kind;
  const placed = new Map<number, PlacedContent>();
  const unplaced: UnplacedContent[] = [];
  const own: OwnSectionContent[] = [];
  // Parts of a document under the same kind of heading join in one section.
  const targets = placeInSections(template.sections, segments.map(wishOf), 'join');
  let lastPlaced = -1;
  for (const [at, segment] of segments.entries()) {
    const index = targets[at]!;
    if (index < 0) {
      if (isDateLineOnly(segment)) continue;
      if (segment.headingBlock && segment.role !== 'preamble') {
        own.push({ after: lastPlaced, heading: segment.heading, blocks: segment.blocks, level: segment.level });
        log.add('heading-own-section', { heading: segment.heading });
        continue;
      }
      const blocks = segment.headingBlock ? [segment.headingBlock, ...segment.blocks] : segment.blocks;
      if (blocks.length > 0)
        unplaced.push({
          reason: unplacedReason(segment),
          heading: segment.heading,
          blocks,
          level: Math.max(0, segment.level - 1),
        });
      continue;
    }
    lastPlaced = Math.max(lastPlaced, index);
    noteGuess(segment, template.sections[index]!.kind, nameOf(index), log);
    const existing = placed.get(index);
    if (!existing) {
      placed.set(index, {
        section: index,
        blocks: [...segment.blocks],
        sourceHeading: segment.heading,
        level: segment.level,
      });
      continue;
    }
    if (segment.role === 'norm') log.add('norm-repeated', { norm: segment.norm! });
    else if (segment.heading !== '') log.add('heading-joined', { heading: segment.heading });
    // A second heading of the same kind stays in the text, as a sub-heading of the joined section.
    if (segment.headingBlock) existing.blocks.push(segment.headingBlock);
    existing.blocks.push(...segment.blocks);
  }
  return { placed, unplaced, own };
}
