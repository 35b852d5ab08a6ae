// The title block and the date line the app itself writes from a draft's details, read back as
// that: the export writes a template's title (or closing) section with the details in it, the
// forum line under a title block that lacks it, and builds both from the details alone when the
// section is empty (issuing body, title, submitter line, forum line; the date line). When the
// imported text is exactly one of these, the draft gets the section back as the template made it
// (or empty, to be built from the details again) rather than plain paragraphs of the same text,
// so the next export writes the lines in their own Word styles (Title, Forum, Date line…) and
// nothing twice.
import { languageProfile } from '../../docx/language';
import { forumLine } from '../../docx/forum-line';
import { closingDateLines, titleBlockLines } from '../../docx/title-block';
import type { Draft } from '../../model/draft';
import { emptyEditorState } from '../../model/empty';
import { fieldTexts } from '../../model/field-texts';
import { countFootnotes } from '../../model/footnotes';
import type { SerializedEditorState } from '../../model/lexical-json';
import { bodyText } from '../../model/text';

const flat = (line: string) => line.replace(/\s+/gu, ' ').trim();

function sameLines(found: readonly string[], written: readonly string[]): boolean {
  return found.length === written.length && found.every((line, i) => line === flat(written[i]!));
}

/**
 * What the title or closing section should hold instead of `imported`: the template's section
 * (`template`, with the draft's details in it) or an empty one, built from the details again
 * (`fromDetails`: the file's styles say the export built these lines so); null to keep the text
 * imported.
 */
export function ownFrameContent(
  kind: 'title' | 'closing',
  imported: SerializedEditorState,
  template: SerializedEditorState,
  draft: Draft,
  fromDetails: boolean,
): SerializedEditorState | null {
  if (countFootnotes(imported) > 0) return null;
  const texts = fieldTexts(draft);
  const lines = (content: SerializedEditorState) => bodyText(content, texts).body.split('\n').map(flat).filter(Boolean);
  const found = lines(imported);
  if (found.length === 0) return null;
  const profile = languageProfile(draft.language);
  const built = kind === 'title' ? titleBlockLines(draft, profile) : closingDateLines(draft, profile);
  if (
    fromDetails &&
    sameLines(
      found,
      built.map((line) => line.text),
    )
  )
    return emptyEditorState();
  const own = lines(template);
  // As the export does (missingForumLines): the forum line goes under a title block that lacks it.
  const forum = draft.fields.forum.trim();
  const withForum =
    kind === 'title' && forum && !own.join('\n').includes(flat(forum))
      ? [...own, forumLine(forum, draft.language)]
      : own;
  return own.length > 0 && sameLines(found, withForum) ? template : null;
}
