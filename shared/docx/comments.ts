// Word comments (comments.xml). Two ways to anchor them: writeComments() finds quoted words of a
// written body (the first place where they stand within one run gets w:commentRangeStart and
// w:commentRangeEnd around them and a run with the w:commentReference after them, as Word writes a
// comment on selected words); the export for review writes the anchors itself around comment
// ranges of any length (inline.ts) and closes them with commentAnchorsClosed().
import { escapeXml, unescapeXml } from '../ooxml/xml/escape';
import { NS } from '../ooxml/names';

export interface DocxComment {
  author: string;
  initials?: string;
  /** When the comment was made, ISO 8601 ("2026-05-01T09:30:00Z"); no date is written without one. */
  date?: string;
  /** The comment's text: one paragraph per line. */
  text: string;
  /** The words commented on, as they stand in the body's text. */
  quote: string;
}

const RUN = /<w:r>((?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?)<w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g;

const run = (properties: string, text: string) =>
  text === '' ? '' : `<w:r>${properties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** The body with comment `id` anchored to the first run holding `quote`; throws when none does. */
function anchor(body: string, id: number, quote: string): string {
  for (const match of body.matchAll(RUN)) {
    const [whole, properties = '', escaped = ''] = match;
    const text = unescapeXml(escaped);
    const at = quote === '' ? -1 : text.indexOf(quote);
    if (at < 0) continue;
    const marked =
      run(properties, text.slice(0, at)) +
      `<w:commentRangeStart w:id="${id}"/>${run(properties, quote)}<w:commentRangeEnd w:id="${id}"/>` +
      `<w:r><w:commentReference w:id="${id}"/></w:r>` +
      run(properties, text.slice(at + quote.length));
    return body.slice(0, match.index) + marked + body.slice(match.index + whole.length);
  }
  throw new Error(`DOCX writer: the commented words "${quote.slice(0, 80)}" are not in the body`);
}

/**
 * A comment as the comments part holds it, under the id its anchors use. A comment in a thread
 * has a paragraph id (8 hex digits, below 80000000, as Word writes them); a reply names its
 * thread's first comment as parent, and a resolved thread is done (commentsExtended.xml).
 */
export type WordComment = Omit<DocxComment, 'quote'> & {
  id: number;
  paraId?: string;
  parentParaId?: string;
  done?: boolean;
};

function commentXml(comment: WordComment): string {
  const attributes = [`w:id="${comment.id}"`, `w:author="${escapeXml(comment.author)}"`];
  if (comment.date) attributes.push(`w:date="${escapeXml(comment.date)}"`);
  if (comment.initials) attributes.push(`w:initials="${escapeXml(comment.initials)}"`);
  const lines = comment.text.split(/\r\n?|\n/);
  // Word keys the thread on the comment's last paragraph.
  const paragraphs = lines.map((line, index) => {
    const id = comment.paraId && index === lines.length - 1 ? ` w14:paraId="${comment.paraId}"` : '';
    return `<w:p${id}>${index === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}${run('', line)}</w:p>`;
  });
  return `<w:comment ${attributes.join(' ')}>${paragraphs.join('')}</w:comment>`;
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The comments part holding these comments. */
export function commentsPartXml(comments: readonly WordComment[]): string {
  const body = comments.map(commentXml).join('');
  const extended = comments.some((comment) => comment.paraId)
    ? ` xmlns:w14="${NS.w14}" xmlns:mc="${NS.mc}" mc:Ignorable="w14"`
    : '';
  return `${DECLARATION}<w:comments xmlns:w="${NS.w}"${extended}>${body}</w:comments>`;
}

/** Which comment replies to which, and which threads are resolved; undefined when no comment has a paragraph id. */
export function commentsExtendedPartXml(comments: readonly WordComment[]): string | undefined {
  const entries = comments.flatMap((comment) => {
    if (!comment.paraId) return [];
    const parent = comment.parentParaId ? ` w15:paraIdParent="${comment.parentParaId}"` : '';
    return [`<w15:commentEx w15:paraId="${comment.paraId}"${parent} w15:done="${comment.done ? 1 : 0}"/>`];
  });
  if (entries.length === 0) return undefined;
  return `${DECLARATION}<w15:commentsEx xmlns:w15="${NS.w15}" xmlns:mc="${NS.mc}" mc:Ignorable="w15">${entries.join('')}</w15:commentsEx>`;
}

const ANCHOR_START = /<w:commentRangeStart w:id="(\d+)"\/>/g;
const ANCHOR_END = /<w:commentRangeEnd w:id="(\d+)"\/><w:r><w:commentReference w:id="\1"\/><\/w:r>/g;

/**
 * A comment whose words lie in several inline nodes was written with a start before each and an
 * end and reference after each: keep its first start and its last end, so it spans them all.
 */
export function commentAnchorsClosed(xml: string): string {
  const lastEnd = new Map<string, number>();
  for (const match of xml.matchAll(ANCHOR_END)) lastEnd.set(match[1]!, match.index);
  const started = new Set<string>();
  return xml
    .replace(ANCHOR_END, (whole, id: string, at: number) => (lastEnd.get(id) === at ? whole : ''))
    .replace(ANCHOR_START, (whole, id: string) => {
      if (started.has(id)) return '';
      started.add(id);
      return whole;
    });
}

/** The body with the comments anchored, and the comments part; ids are 0..n-1 in list order. */
export function writeComments(body: string, comments: readonly DocxComment[]): { body: string; xml: string } {
  let anchored = body;
  comments.forEach((comment, id) => {
    anchored = anchor(anchored, id, comment.quote);
  });
  return {
    body: anchored,
    xml: commentsPartXml(comments.map(({ quote: _quote, ...comment }, id) => ({ ...comment, id }))),
  };
}
