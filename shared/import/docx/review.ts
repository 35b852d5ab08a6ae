// The accepted text of a document read with its review marks (wordprocessing.ts): inserted text
// kept, deleted text and comment marks left out, comments dropped, and paragraphs left with no
// content removed, which is what mammoth gives for the same document and what a draft is built from.
import { hasContent, pushInlines, trimInlines } from '../inlines';
import type { Block, Inline, IrDocument } from '../ir';

function accept(inlines: readonly Inline[], out: Inline[]): Inline[] {
  for (const inline of inlines) {
    if (inline.kind === 'insertion') accept(inline.children, out);
    else if (inline.kind === 'link' || inline.kind === 'text' || inline.kind === 'footnote' || inline.kind === 'break')
      pushInlines(out, [inline]);
  }
  return out;
}

/** A paragraph's accepted content, trimmed as every reader trims it. */
export function acceptedInlines(inlines: readonly Inline[]): Inline[] {
  return trimInlines(accept(inlines, []));
}

function acceptedBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block): Block[] => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph': {
        const inlines = acceptedInlines(block.inlines);
        return hasContent(inlines) ? [{ ...block, inlines }] : [];
      }
      case 'quote': {
        const inner = acceptedBlocks(block.blocks);
        return inner.length > 0 ? [{ ...block, blocks: inner }] : [];
      }
      case 'list': {
        const items = block.items.map(acceptedBlocks).filter((item) => item.length > 0);
        return items.length > 0 ? [{ ...block, items }] : [];
      }
    }
  });
}

export function acceptChanges(doc: IrDocument): IrDocument {
  const footnotes = new Map(
    [...doc.footnotes].map(([id, paragraphs]) => [id, paragraphs.map(acceptedInlines).filter(hasContent)] as const),
  );
  return { blocks: acceptedBlocks(doc.blocks), footnotes, footnoteLabels: doc.footnoteLabels };
}
