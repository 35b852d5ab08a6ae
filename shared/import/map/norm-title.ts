// The title a norm section takes from the document's heading: its own wording after the norm's
// label ("Norm 13(a): Inter-State cooperation on security") or before a closing reference
// ("Cooperation between States (norm a)"). None when the heading is only a label, quotes the
// norm's official text, or gives the template's short title in any of the six languages (the
// app's own export labels): the section keeps the template's title, and the export writes the
// same line again.
import type { NormLetter } from '../../model/draft';
import { officialNorm } from '../../norms/official';
import { isNormShortTitle } from '../../norms/short-titles';
import { contentTokens, normalizeHeading, withoutDirectionMarks } from './normalize';
import { NORM_TEXT_THRESHOLD, normFromPattern, normOverlap, trailingNormReference } from './norms';

/** Where a label ends and the title begins: a dash between spaces, a colon, a full stop. */
const SEPARATOR = /\s[-–—]\s|[:：]\s*|\.\s/gu;
/** A label with no separator before the title: "13(c) Territory", "Norm 7 Protecting …". */
const BARE_LABEL =
  /^(?:(?:norm|norme|norma|норма)\s*\d{1,2}(?:\s*\(?[a-k]\)?(?![\p{L}]))?|(?:norm\s*)?13\s*\(?[a-k]\)|13\s*[a-k](?![\p{L}]))\s+/iu;
/** A quote of the official text runs to at least this many content words. */
const QUOTE_WORDS = 5;

/** The title, or null when the heading gives none of its own. */
export function documentNormTitle(heading: string, letter: NormLetter): string | null {
  const title = titlePart(withoutDirectionMarks(heading).replace(/\s+/gu, ' ').trim(), letter);
  if (title === null) return null;
  const trimmed = title.replace(/^[\s\-–—:：.]+|[\s:：]+$/gu, '');
  // A reference in brackets alone ("(paragraph 13c)") is part of the label.
  if (trimmed === '' || /^\(.*\)$/u.test(trimmed)) return null;
  if (isNormShortTitle(letter, trimmed) || quotesOfficialText(trimmed, letter)) return null;
  return trimmed;
}

function titlePart(text: string, letter: NormLetter): string | null {
  const trailing = trailingNormReference(text);
  // "Norm 3 (paragraph 13c)" is a label and its reference, with no title.
  if (trailing && normFromPattern(text.slice(0, trailing.at)) === null)
    return trailing.letter === letter ? text.slice(0, trailing.at) : null;
  for (const match of text.matchAll(SEPARATOR)) {
    if (normFromPattern(text.slice(0, match.index)) === letter) return text.slice(match.index + match[0].length);
  }
  const bare = BARE_LABEL.exec(text);
  return bare && normFromPattern(bare[0]) === letter ? text.slice(bare[0].length) : null;
}

/** The official text or a piece of it ("States should not …", "Consistent with the purposes …"). */
function quotesOfficialText(title: string, letter: NormLetter): boolean {
  const quoted = normalizeHeading(title)
    .replace(/(?:…|\.\.\.)$/u, '')
    .replace(/[\s.]+$/u, '');
  if (normalizeHeading(officialNorm(letter).officialTextEn).startsWith(quoted)) return true;
  const { recall, precision } = normOverlap(title, letter);
  if (recall >= NORM_TEXT_THRESHOLD.recall && precision >= NORM_TEXT_THRESHOLD.precision) return true;
  return precision >= 0.9 && contentTokens(title).size >= QUOTE_WORDS;
}
