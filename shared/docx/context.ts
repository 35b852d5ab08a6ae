// What every part of the writer shares while it walks the draft once, in document order.
import type { FieldTexts } from '../model/field-texts';
import type { SerializedEditorState } from '../model/lexical-json';
import type { LanguageProfile } from './language';
import type { LinkRelationships } from './links';
import type { ListInstances } from './numbering';

export interface FootnoteSink {
  /** Adds a footnote and returns its number (1..N in document order). */
  add(note: SerializedEditorState): number;
}

export interface RenderContext {
  profile: LanguageProfile;
  /** The profile's run language and fonts as XML, written into every run. */
  language: { fonts: string; lang: string };
  lists: ListInstances;
  /** Hyperlink relationships of the part being written (document or footnotes). */
  links: LinkRelationships;
  /** Null inside footnote text: a footnote cannot hold another one. */
  footnotes: FootnoteSink | null;
  /** The draft's field texts: a field node writes its current value. */
  fields: FieldTexts;
  /** Style for plain paragraphs (Normal when undefined; FootnoteText inside footnotes). */
  paragraphStyle?: string;
  /** Style for every heading (the title block's Title); Heading 2 or 3 by level when undefined. */
  headingStyle?: string;
}
