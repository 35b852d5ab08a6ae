// File names suggested in the save dialog (or used for a download): "<title> - <submitter>.docx",
// made safe for Windows, macOS and Linux alike, since the file travels between them.

/** Characters no file system accepts, or that the desktop bridge refuses in a name. */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
/** Room for the extension within the 255 characters most file systems allow. */
const MAX_BASE_LENGTH = 120;
const MAX_SUBMITTER_LENGTH = 60;

/** One part of a name: forbidden characters become spaces, runs of spaces one space. */
function cleanPart(text: string): string {
  return text.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
}

/** Cuts at a character boundary (never inside a surrogate pair), preferably between words, marking the cut. */
function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > cut.length / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const tidyEnds = (text: string) => text.replace(/^[\s.]+|[\s.]+$/g, '');

/**
 * The suggested file name for a draft. The submitter is left out when the title already names
 * it; a long title is shortened so the submitter still fits; `fallback` (translated) is used when
 * nothing printable is left.
 */
export function draftFileName(
  draft: { title: string; submitter: string },
  extension: 'docx' | 'normdraft' | 'txt',
  fallback: string,
): string {
  const title = tidyEnds(cleanPart(draft.title));
  let submitter = tidyEnds(cleanPart(draft.submitter));
  if (title.toLowerCase().includes(submitter.toLowerCase())) submitter = '';
  submitter = shorten(submitter, MAX_SUBMITTER_LENGTH);
  const room = MAX_BASE_LENGTH - (submitter ? Array.from(submitter).length + 3 : 0);
  // Leading and trailing dots and spaces are dropped: Windows strips or refuses them.
  let base = tidyEnds([shorten(title, room), submitter].filter(Boolean).join(' - '));
  if (!base || RESERVED.test(base)) base = tidyEnds(shorten(cleanPart(fallback), MAX_BASE_LENGTH)) || 'draft';
  return `${base}.${extension}`;
}

/**
 * The name of a file sent out for review: the draft's file name with a translated mark before
 * the extension ("… (for review).docx"), so it is not taken for the file to submit.
 */
export function forReviewFileName(fileName: string, mark: string): string {
  const dot = fileName.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  const cleanMark = cleanPart(mark);
  return cleanMark ? `${base} ${cleanMark}${extension}` : fileName;
}
