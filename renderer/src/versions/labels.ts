// Literal i18n keys for values that come from data, so every key used can be found in the
// source and checked against locales/ (namespace `safety`).
import type { BlockKind } from '../../../shared/diff/blocks';

/** How a comparison names a block's former kind ("was: a paragraph"). */
export const BLOCK_KIND_KEYS = {
  paragraph: 'compare.kind.paragraph',
  heading: 'compare.kind.heading',
  quote: 'compare.kind.quote',
  bullet: 'compare.kind.bullet',
  number: 'compare.kind.number',
  letter: 'compare.kind.letter',
  check: 'compare.kind.check',
} as const satisfies Record<BlockKind, string>;
