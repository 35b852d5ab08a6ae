// Which template section each segment goes to. Norms go to their norm's section; the summary,
// approach and closing to the sections of that kind; "ongoing efforts" to the first general
// section; the heading above the norm blocks to the general section just before them. What has
// no place (an annex, an unknown heading, a kind the template lacks) is unplaced, never dropped.
import type { Template } from '../../templates/schema';
import type { Block } from '../ir';
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

function targetSection(template: Template, segment: Segment): number {
  const sections = template.sections;
  const kindIndex = (kind: string) => sections.findIndex((s) => s.kind === kind);
  const firstNorm = sections.findIndex((s) => s.kind === 'norm');
  switch (segment.role) {
    case 'norm':
      return sections.findIndex((s) => s.kind === 'norm' && s.norm === segment.norm);
    case 'preamble':
      return kindIndex('title');
    case 'summary':
    case 'closing':
      return kindIndex(segment.role);
    case 'approach': {
      const approach = kindIndex('approach');
      return approach >= 0 ? approach : kindIndex('general');
    }
    case 'efforts': {
      const general = kindIndex('general');
      return general >= 0 ? general : kindIndex('approach');
    }
    case 'norms-intro':
      return firstNorm > 0 && sections[firstNorm - 1]!.kind === 'general' ? firstNorm - 1 : -1;
    default:
      return -1;
  }
}

function unplacedReason(segment: Segment): UnplacedReason {
  if (segment.role === 'preamble') return 'before-first-heading';
  return segment.role === 'annex' ? 'annex' : 'no-matching-section';
}

export function placeSegments(template: Template, segments: readonly Segment[], log: WarningLog): Placement {
  const placed = new Map<number, PlacedContent>();
  const unplaced: UnplacedContent[] = [];
  for (const segment of segments) {
    const index = targetSection(template, segment);
    if (index < 0) {
      const blocks = segment.headingBlock ? [segment.headingBlock, ...segment.blocks] : segment.blocks;
      if (blocks.length > 0) unplaced.push({ reason: unplacedReason(segment), heading: segment.heading, blocks, level: Math.max(0, segment.level - 1) });
      continue;
    }
    const existing = placed.get(index);
    if (!existing) {
      placed.set(index, { section: index, blocks: [...segment.blocks], sourceHeading: segment.heading, level: segment.level });
      continue;
    }
    if (segment.role === 'norm') log.add('norm-repeated', { norm: segment.norm! });
    existing.blocks.push(...segment.blocks);
  }
  return { placed, unplaced };
}
