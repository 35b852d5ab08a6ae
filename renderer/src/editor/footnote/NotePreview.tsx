// A footnote's text as stored, shown until the footnote is opened for writing: the paragraphs,
// runs and links its editor would render, with the editor theme's classes, and no editor behind
// them (lazy-note.ts). Focusing it (a click, Tab) opens the editor in its place.
import type { SerializedEditorState, SerializedLexicalNode } from 'lexical';
import { memo, type ReactNode } from 'react';
import { TEXT_FORMAT } from '../../../../shared/model/lexical-json';
import { editorTheme } from '../theme';

interface Node extends SerializedLexicalNode {
  text?: string;
  commentIds?: string;
  format?: number | string;
  direction?: 'ltr' | 'rtl' | null;
  children?: Node[];
}

const classes = editorTheme.text ?? {};
const FORMAT_CLASSES: [number, string | undefined][] = [
  [TEXT_FORMAT.bold, classes.bold],
  [TEXT_FORMAT.italic, classes.italic],
  [TEXT_FORMAT.underline, classes.underline],
  [TEXT_FORMAT.strikethrough, classes.strikethrough],
  [TEXT_FORMAT.subscript, classes.subscript],
  [TEXT_FORMAT.superscript, classes.superscript],
];

function run(node: Node, key: number): ReactNode {
  const format = typeof node.format === 'number' ? node.format : 0;
  const className =
    FORMAT_CLASSES.filter(([bit]) => format & bit)
      .map(([, name]) => name)
      .join(' ') || undefined;
  return (
    <span key={key} className={className}>
      {node.text}
    </span>
  );
}

function inline(nodes: readonly Node[]): ReactNode[] {
  return nodes.map((node, key) => {
    if (node.type === 'text' || node.type === 'tab') return run(node, key);
    if (node.type === 'linebreak') return <br key={key} />;
    // Commented words look as in the editor (the comments pane greys out resolved ones).
    if (node.type === 'comment-range')
      return (
        <mark key={key} className="nd-comment-range" data-comments={node.commentIds}>
          {inline(node.children ?? [])}
        </mark>
      );
    return node.children ? (
      <span key={key} className={node.type === 'link' || node.type === 'autolink' ? editorTheme.link : undefined}>
        {inline(node.children)}
      </span>
    ) : null;
  });
}

// The stored text is one object until the footnote is opened: renumbering the footnotes (one
// inserted above) does not walk every unopened note's text again.
export const NotePreview = memo(function NotePreview({ content }: { content: SerializedEditorState }) {
  const blocks = (content.root.children ?? []) as Node[];
  return blocks.map((block, key) => (
    <p key={key} className={editorTheme.paragraph} dir={block.direction ?? undefined}>
      {block.children && block.children.length > 0 ? inline(block.children) : <br />}
    </p>
  ));
});
