// A reviewer's tracked change to a section's heading line (which the draft takes from its
// template, not from the file): brought back as a comment on the section quoting the heading
// proposed, on the words of its first paragraph, so the drafter sees it where the section starts.
import type { FieldTexts } from '../../model/field-texts';
import type { SerializedEditorState } from '../../model/lexical-json';
import { mapParagraphs } from './paragraphs';
import { ParagraphMarker } from './place';

/** The text of the comment: the heading as the reviewer would have it. */
export const proposedHeadingText = (proposed: string): string => `“${proposed}”`;

/** The content with its first paragraph that has words commented with `id`; null when none has. */
export function commentOnFirstWords(
  content: SerializedEditorState,
  id: string,
  fields: FieldTexts,
): SerializedEditorState | null {
  const marker = new ParagraphMarker(fields);
  let done = false;
  const next = mapParagraphs(content, (inline) => {
    if (done) return inline;
    const width = inline.reduce((sum, node) => sum + marker.width(node), 0);
    if (width === 0) return inline;
    const result = marker.comment(marker.split(inline, [0, width], true), { from: 0, to: width, id }, []);
    done = result.wrapped;
    return result.nodes;
  });
  return done ? next : null;
}
