// Builders for the small editor states the model creates itself: an empty section, template
// boilerplate, test fixtures. The shapes are exactly what Lexical 0.52 exports.
import type {
  SerializedEditorState,
  SerializedField,
  SerializedFootnote,
  SerializedHeading,
  SerializedNode,
  SerializedParagraph,
  SerializedRoot,
  SerializedText,
} from './lexical-json';

export function textNode(text: string, format = 0): SerializedText {
  return { type: 'text', version: 1, text, format, style: '', mode: 'normal', detail: 0 };
}

export function paragraphNode(children: SerializedNode[] = [], textFormat = 0): SerializedParagraph {
  return { type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0, textFormat, textStyle: '' };
}

export function headingNode(tag: SerializedHeading['tag'], children: SerializedNode[]): SerializedHeading {
  return { type: 'heading', version: 1, tag, children, direction: null, format: '', indent: 0 };
}

export function rootState(children: SerializedNode[]): SerializedEditorState {
  const root: SerializedRoot = { type: 'root', version: 1, children, direction: null, format: '', indent: 0 };
  return { root };
}

/** A footnote reference whose own text is the given paragraphs of plain text. */
export function footnoteNode(texts: string[]): SerializedFootnote {
  return { type: 'footnote', version: 1, note: paragraphState(texts) };
}

/** What a new, untouched section holds: one empty paragraph, as Lexical starts. */
export function emptyEditorState(): SerializedEditorState {
  return rootState([paragraphNode()]);
}

/** One paragraph of plain text per string; no strings gives an empty section. */
export function paragraphState(texts: string[]): SerializedEditorState {
  if (texts.length === 0) return emptyEditorState();
  return rootState(texts.map((text) => paragraphNode(text ? [textNode(text)] : [])));
}

/** A draft field shown in the text with its current value (field-texts.ts). */
export function fieldNode(fieldId: string, format = 0): SerializedField {
  return { type: 'field', version: 1, fieldId, format };
}
