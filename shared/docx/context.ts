// What every part of the writer shares while it walks the draft once, in document order.
import type { SerializedEditorState } from '../model/lexical-json';
import type { LanguageProfile } from './language';
import type { ListInstances } from './numbering';

export interface FootnoteSink {
  /** Adds a footnote and returns its number (1..N in document order). */
  add(note: SerializedEditorState): number;
}

export interface RenderContext {
  profile: LanguageProfile;
  lists: ListInstances;
  /** Null inside footnote text: a footnote cannot hold another one. */
  footnotes: FootnoteSink | null;
  /** Style for plain paragraphs (Normal when undefined; FootnoteText inside footnotes). */
  paragraphStyle?: string;
}
