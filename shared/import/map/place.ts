// Which template section each segment goes to. Norms go to their norm's section; the summary,
// approach and closing to the sections of that kind; "ongoing efforts" to the first general
// section; the heading above the norm blocks to the general section just before them. What has
// no place (an annex, an unknown heading, a kind the template lacks) is unplaced, never dropped.
import type { Template } from '../../templates/schema';
import { placeInSections, type Wish } from '../../templates/placement';
import { inlineText, type Block } from '../ir';
import { parseDate } from './fields';
import { readOwnDateLine } from './own-dates';
import type { WarningLog } from '../warnings';
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

export interface Placement {
  placed: Map<number, PlacedContent>;
  unplaced: UnplacedContent[];
}

/** The template places a segment may go to, best first (placeInSections picks the section). */
function wishOf(segment: Segment): Wish {
  switch (segment.role) {
    case 'norm':
      return [{ kind: 'norm', norm: segment.norm ?? null }];
    case 'preamble':
      return [{ kind: 'title' }];
    case 'summary':
    case 'closing':
      return [{ kind: segment.role }];
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

export function placeSegments(template: Template, segments: readonly Segment[], log: WarningLog): Placement {
  const placed = new Map<number, PlacedContent>();
  const unplaced: UnplacedContent[] = [];
  // Parts of a document under the same kind of heading join in one section.
  const targets = placeInSections(template.sections, segments.map(wishOf), 'join');
  for (const [at, segment] of segments.entries()) {
    const index = targets[at]!;
    if (index < 0) {
      if (isDateLineOnly(segment)) continue;
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
    existing.blocks.push(...segment.blocks);
  }
  return { placed, unplaced };
}
