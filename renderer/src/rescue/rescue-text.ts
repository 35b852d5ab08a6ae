// Plain text of content storage refused (too long, too deeply nested): read leniently, so the
// words can always be kept, and laid out as a file any editor opens and the plain-text import
// reads back ("Norm 5 (13e)" headings included).
import type { Draft, Section } from '../../../shared/model/draft';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { sectionPlainText } from '../../../shared/model/text';

/** Every `text` in the content, walked without recursion: for content too deep for the usual reader. */
function allTexts(content: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [content];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push(value[i]);
    } else if (value && typeof value === 'object') {
      const node = value as Record<string, unknown>;
      if (typeof node.text === 'string') out.push(node.text);
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listitem' || node.type === 'quote')
        out.push('\n');
      for (const key of ['root', 'children', 'note']) if (key in node) stack.push(node[key]);
    }
  }
  return out.join('').replace(/\n+/g, '\n').trim();
}

/** A section's words from any content, valid or not. */
export function looseSectionText(content: unknown): string {
  try {
    return sectionPlainText(content as SerializedEditorState);
  } catch {
    return allTexts(content);
  }
}

/** The text of a rescue file: the draft's title, then each section's name and text. */
export function rescueFileText(
  draft: Pick<Draft, 'fields'>,
  sections: readonly { name: string; text: string }[],
): string {
  const head = [draft.fields.title, draft.fields.submitter].filter((part) => part.trim() !== '').join('\n');
  const body = sections.map(({ name, text }) => `${name}\n\n${text}`.trimEnd());
  return `${[head, ...body].join('\n\n\n')}\n`;
}

/** Every section of a (possibly invalid) draft, for a rescue file. */
export function draftSectionTexts(
  sections: readonly Section[],
  name: (section: Section) => string,
): { name: string; text: string }[] {
  return sections.map((section) => ({ name: name(section), text: looseSectionText(section.content) }));
}
