// What a Word file still held of its review when imported: tracked insertions and deletions (with
// their authors) and comments. The import says so in its report and lets the user take the
// changes (Word's "Accept all", what mammoth reads by default) or leave them (Word's "Reject
// all", rejectAllChanges below, applied to the XML before mammoth reads it). Comments are never
// put in the draft; the report lists them with their authors.
import { childElements, readXml, type XmlElement } from '../../ooxml/xml/reader';
import { NS } from '../../ooxml/names';
import { unescapeXml } from '../../ooxml/xml/escape';

export type TrackedChangesChoice = 'accept' | 'reject';

export interface ImportedComment {
  author: string;
  /** The comment's text, shortened for the report. */
  text: string;
}

export interface ImportReviewSummary {
  insertions: number;
  deletions: number;
  /** Who made the tracked changes, in order of first appearance. */
  authors: string[];
  comments: ImportedComment[];
  /** More comments than the report lists. */
  moreComments: number;
  /** What the draft holds: the text with the changes, or as it was before them. */
  changes: TrackedChangesChoice;
}

/** Comments listed in the report; the count says how many more there were. */
const MAX_LISTED_COMMENTS = 50;
const MAX_COMMENT_CHARS = 300;

/** An XML tag (quoted attribute values may hold ">"), or the text up to the next tag. */
const TOKEN = /<(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+/g;
const START = /^<(w:ins|w:del|w:moveFrom|w:moveTo)\b/;
const END = /^<\/(w:ins|w:del|w:moveFrom|w:moveTo)>$/;
const SELF_CLOSING = /\/>$/;
const AUTHOR = /\bw:author=(?:"([^"]*)"|'([^']*)')/;

/** Counts the tracked insertions and deletions of runs (not of paragraph marks) and their authors. */
export function countChanges(
  xml: string,
  into: Pick<ImportReviewSummary, 'insertions' | 'deletions' | 'authors'>,
): void {
  for (const [token] of xml.matchAll(TOKEN)) {
    const start = START.exec(token);
    if (!start || SELF_CLOSING.test(token)) continue;
    if (start[1] === 'w:ins' || start[1] === 'w:moveTo') into.insertions += 1;
    else into.deletions += 1;
    const author = AUTHOR.exec(token);
    const name = author ? unescapeXml(author[1] ?? author[2] ?? '').trim() : '';
    if (name && !into.authors.includes(name)) into.authors.push(name);
  }
}

/**
 * The part as it read before its tracked changes: inserted (and moved-to) content removed,
 * deleted (and moved-from) content back as ordinary text, the marks on paragraph marks dropped.
 */
export function rejectAllChanges(xml: string): string {
  let out = '';
  let skipping = 0;
  for (const [token] of xml.matchAll(TOKEN)) {
    const start = START.exec(token);
    const end = END.exec(token);
    const name = start?.[1] ?? end?.[1];
    if (skipping > 0) {
      // Inside an insertion: nested insertions are counted so the right end closes it.
      if (name === 'w:ins' || name === 'w:moveTo') {
        if (start && !SELF_CLOSING.test(token)) skipping += 1;
        else if (end) skipping -= 1;
      }
      continue;
    }
    if (name && (start ? SELF_CLOSING.test(token) : false)) continue;
    if (start && (name === 'w:ins' || name === 'w:moveTo')) {
      skipping = 1;
      continue;
    }
    if (name) continue; // w:del and w:moveFrom open and close around what comes back.
    out += token.replace(/^<(\/?)w:delText\b/, '<$1w:t').replace(/^<(\/?)w:delInstrText\b/, '<$1w:instrText');
  }
  return out;
}

const textOf = (element: XmlElement): string =>
  element.children
    .map((child) => (child.type === 'text' ? (element.name === 'w:t' ? child.value : '') : textOf(child)))
    .join('');

/** The comments part's comments, each with its author and text. */
export function readComments(xml: string): ImportedComment[] {
  const root = readXml(xml, { [NS.w]: 'w' });
  return childElements(root, 'w:comment').map((comment) => {
    const text = childElements(comment, 'w:p')
      .map(textOf)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' ');
    return {
      author: (comment.attributes['w:author'] ?? '').trim(),
      text: text.length > MAX_COMMENT_CHARS ? `${text.slice(0, MAX_COMMENT_CHARS - 1)}…` : text,
    };
  });
}

/** The summary for the report, or null when the file held no tracked change and no comment. */
export function reviewSummary(
  changed: Pick<ImportReviewSummary, 'insertions' | 'deletions' | 'authors'>,
  comments: readonly ImportedComment[],
  choice: TrackedChangesChoice,
): ImportReviewSummary | null {
  if (changed.insertions + changed.deletions === 0 && comments.length === 0) return null;
  return {
    ...changed,
    comments: comments.slice(0, MAX_LISTED_COMMENTS),
    moreComments: Math.max(0, comments.length - MAX_LISTED_COMMENTS),
    changes: choice,
  };
}
