// A section's word and footnote counts, kept per top-level block: while typing, only the blocks
// Lexical marked dirty since the last count are serialised and counted again, never the whole
// section (a long section costs more to serialise than the keystroke itself). Each block is
// counted as the stored content is (one line per block, footnote text on lines of its own), so
// the sum over the blocks is exactly the count of the whole section.
import { $getRoot, $isElementNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { countFootnotes } from '../../../shared/model/footnotes';
import type { FieldTexts } from '../../../shared/model/field-texts';
import type { SerializedEditorState, SerializedNode } from '../../../shared/model/lexical-json';
import { sectionWordCount } from '../../../shared/model/words';

export interface SectionCounts {
  words: number;
  footnotes: number;
}

/** The counts of stored content, as the outline and the library show them. */
export function contentCounts(content: SerializedEditorState, fields?: FieldTexts): SectionCounts {
  return { words: sectionWordCount(content, fields), footnotes: countFootnotes(content) };
}

/** One node as the editor state's JSON has it (Lexical serialises a tree the same way). */
function $nodeJSON(node: LexicalNode): SerializedNode {
  const json = node.exportJSON() as SerializedNode & { children?: SerializedNode[] };
  if ($isElementNode(node)) json.children = node.getChildren().map($nodeJSON);
  return json;
}

function $blockCounts(block: LexicalNode, fields: FieldTexts | undefined): SectionCounts {
  const alone = { root: { type: 'root', children: [$nodeJSON(block)] } } as unknown as SerializedEditorState;
  return contentCounts(alone, fields);
}

export class BlockCounts {
  private byBlock = new Map<NodeKey, SectionCounts>();
  /** The field values the counts were made with: a field counts as its value's words. */
  private fields: FieldTexts | undefined;

  /** After an update of the section: its dirty elements include every changed block. */
  changed(dirtyElements: Iterable<NodeKey>): void {
    for (const key of dirtyElements) this.byBlock.delete(key);
  }

  /** A footnote's text changed (its own editor): the blocks holding footnotes are counted again. */
  notesChanged(): void {
    for (const [key, counts] of this.byBlock) if (counts.footnotes > 0) this.byBlock.delete(key);
  }

  /** The whole section's counts, counting again only the blocks changed since the last call. */
  read(editor: LexicalEditor, fields?: FieldTexts): SectionCounts {
    // New details (another submitter, date…) change the words of every block holding a field.
    if (fields !== this.fields) this.byBlock.clear();
    this.fields = fields;
    return editor.getEditorState().read(() => {
      const next = new Map<NodeKey, SectionCounts>();
      const total: SectionCounts = { words: 0, footnotes: 0 };
      for (const block of $getRoot().getChildren()) {
        const key = block.getKey();
        const counts = this.byBlock.get(key) ?? $blockCounts(block, fields);
        next.set(key, counts);
        total.words += counts.words;
        total.footnotes += counts.footnotes;
      }
      // Blocks no longer in the section are forgotten.
      this.byBlock = next;
      return total;
    });
  }
}
