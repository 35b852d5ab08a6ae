// Plain-text views of stored content, for search, word counts and previews. Each block (paragraph,
// heading, quote, list item) becomes one line; footnote text follows the body, one line per note.
import type { Draft } from './draft';
import type { SerializedEditorState, SerializedNode } from './lexical-json';

function inlineText(nodes: SerializedNode[], notes: SerializedEditorState[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.text;
    else if (node.type === 'tab') out += '\t';
    else if (node.type === 'linebreak') out += '\n';
    else if (node.type === 'footnote') notes.push(node.note);
    else if (node.type === 'link' || node.type === 'autolink') out += inlineText(node.children, notes);
  }
  return out;
}

function blockLines(nodes: SerializedNode[], lines: string[], notes: SerializedEditorState[]): void {
  for (const node of nodes) {
    if (node.type === 'list') {
      blockLines(node.children, lines, notes);
    } else if (node.type === 'listitem') {
      const inline = node.children.filter((child) => child.type !== 'list');
      if (inline.length > 0) lines.push(inlineText(inline, notes));
      blockLines(node.children.filter((child) => child.type === 'list'), lines, notes);
    } else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'quote') {
      lines.push(inlineText(node.children, notes));
    }
  }
}

/** Body text of one editor state without its footnotes, and the footnotes' own states. */
export function bodyText(content: SerializedEditorState): { body: string; notes: SerializedEditorState[] } {
  const lines: string[] = [];
  const notes: SerializedEditorState[] = [];
  blockLines(content.root.children, lines, notes);
  return { body: lines.join('\n'), notes };
}

/** Paragraphs separated by "\n", then the text of each footnote on its own line(s). */
export function sectionPlainText(content: SerializedEditorState): string {
  const { body, notes } = bodyText(content);
  const noteTexts = notes.map((note) => bodyText(note).body);
  return [body, ...noteTexts].join('\n');
}

/** Every section's heading and text, sections separated by a blank line. */
export function draftPlainText(draft: Draft): string {
  return draft.sections.map((section) => [section.heading, sectionPlainText(section.content)].filter((part) => part !== '').join('\n')).join('\n\n');
}
