// How much stored content may hold: the node descriptors, the validator and the editor's
// content fitting all read these numbers.
export const EDITOR_LIMITS = {
  /** Nesting of nodes, counting the root and footnote notes (nested lists need some room). */
  maxDepth: 40,
  maxNodes: 250_000,
  maxChildren: 50_000,
  /** Characters in one text node. */
  maxTextNodeChars: 200_000,
  /** Characters of text and URLs in one editor state (a long section is ~500,000). */
  maxTotalChars: 4_000_000,
  maxUrlChars: 4_096,
  /** The `indent` field of a block (Lexical's indentation steps). */
  maxIndent: 20,
  /** The highest number a numbered list's start or an item's value may be. */
  maxListNumber: 1_000_000,
} as const;
