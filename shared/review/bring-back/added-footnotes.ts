// The nodes of words a reviewer inserted with tracking: their text, and at each footnote reference
// the footnote Word inserted with it, its note read as accepted (Word marks the note's text as
// inserted too). The suggestion holds the footnote, so rejecting it leaves no note behind.
import type { Inline } from '../../import/ir';
import { acceptedInlines } from '../../import/docx/review';
import { LexicalWriter } from '../../import/lexical';
import { emptyIrDocument } from '../../import/ir';
import { WarningLog } from '../../import/warnings';
import type { SerializedNode } from '../../model/lexical-json';
import { FOOTNOTE_MARK } from './paragraphs';
import { textNodes } from './place';

export function insertedNodes(
  text: string,
  notes: readonly string[] | undefined,
  footnotes: ReadonlyMap<string, Inline[][]>,
): SerializedNode[] {
  if (!notes?.length) return textNodes(text);
  const writer = new LexicalWriter(emptyIrDocument(), new WarningLog());
  return text.split(FOOTNOTE_MARK).flatMap((words, index) => {
    const id = notes[index - 1];
    if (index === 0 || id === undefined) return textNodes(words);
    const paragraphs = (footnotes.get(id) ?? [[]]).map((inlines) => ({
      kind: 'paragraph' as const,
      inlines: acceptedInlines(inlines),
    }));
    const note: SerializedNode = { type: 'footnote', version: 1, note: writer.state(writer.blocks(paragraphs)) };
    return [note, ...textNodes(words)];
  });
}
