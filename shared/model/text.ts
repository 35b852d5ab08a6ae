// The one plain-text view of stored content, for search, word counts, previews, comparisons and
// the export's paragraph direction. Each block (paragraph, heading, quote, list item) becomes one
// line; footnote text follows the body, one line per note. What a leaf contributes is in its
// descriptor (nodes/descriptors.ts); an inline element contributes its children's text.
import type { Draft } from './draft';
import { fieldTexts, type FieldTexts } from './field-texts';
import type { SerializedEditorState, SerializedNode } from './lexical-json';
import { descriptorOf } from './nodes/descriptors';

/**
 * The text of inline nodes: a footnote adds nothing (its note is pushed to `notes` when given,
 * to be read on its own line), an element its children's text.
 */
export function inlineText(
  nodes: readonly SerializedNode[],
  notes?: SerializedEditorState[],
  fields?: FieldTexts,
): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'footnote') notes?.push(node.note);
    else if ('children' in node) out += inlineText(node.children, notes, fields);
    else out += descriptorOf(node.type)?.text?.(node as never, fields) ?? '';
  }
  return out;
}

function blockLines(
  nodes: readonly SerializedNode[],
  lines: string[],
  notes: SerializedEditorState[],
  fields: FieldTexts | undefined,
): void {
  for (const node of nodes) {
    if (node.type === 'list') {
      blockLines(node.children, lines, notes, fields);
    } else if (node.type === 'listitem') {
      const inline = node.children.filter((child) => child.type !== 'list');
      if (inline.length > 0) lines.push(inlineText(inline, notes, fields));
      blockLines(
        node.children.filter((child) => child.type === 'list'),
        lines,
        notes,
        fields,
      );
    } else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'quote') {
      lines.push(inlineText(node.children, notes, fields));
    }
  }
}

/** Body text of one editor state without its footnotes, and the footnotes' own states. */
export function bodyText(
  content: SerializedEditorState,
  fields?: FieldTexts,
): { body: string; notes: SerializedEditorState[] } {
  const lines: string[] = [];
  const notes: SerializedEditorState[] = [];
  blockLines(content.root.children, lines, notes, fields);
  return { body: lines.join('\n'), notes };
}

/**
 * Paragraphs separated by "\n", then the text of each footnote on its own line(s). A field shows
 * its text from `fields` (the draft's, see field-texts.ts), its placeholder without them.
 */
export function sectionPlainText(content: SerializedEditorState, fields?: FieldTexts): string {
  const { body, notes } = bodyText(content, fields);
  const noteTexts = notes.map((note) => bodyText(note, fields).body);
  return [body, ...noteTexts].join('\n');
}

/** Every section's heading and text, sections separated by a blank line. */
export function draftPlainText(draft: Draft): string {
  const fields = fieldTexts(draft);
  return draft.sections
    .map((section) =>
      [section.heading, sectionPlainText(section.content, fields)].filter((part) => part !== '').join('\n'),
    )
    .join('\n\n');
}
