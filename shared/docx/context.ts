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

/**
 * Only the export for review (shared/review/export-for-review.ts) has one: it turns suggestions
 * into tracked changes and comment ranges into anchored Word comments. Without it the writer
 * writes the text as it stands without pending suggestions.
 */
export interface ReviewMarkup {
  /** Attributes of one w:ins or w:del for a suggestion: a fresh annotation id, its author and date. */
  change(suggestionId: string): { id: number; author: string; date: string };
  /** The Word comment ids (the thread, then its replies) anchored on the words of comment `commentId`. */
  comments(commentId: string): readonly number[];
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
  /** Present only when writing for review. */
  review?: ReviewMarkup;
}
