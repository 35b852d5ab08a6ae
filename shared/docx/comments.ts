// Word comments (comments.xml), for the review features to come: not used by the export the user
// runs today. A comment is anchored to words of the body: the first place where they stand
// within one run gets w:commentRangeStart and w:commentRangeEnd around them and a run with the
// w:commentReference after them, as Word writes a comment on selected words.
import { escapeXml } from '../ooxml/xml/escape';
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
const UNESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescape = (xml: string) => xml.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => UNESCAPES[entity]!);

const run = (properties: string, text: string) =>
  text === '' ? '' : `<w:r>${properties}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** The body with comment `id` anchored to the first run holding `quote`; throws when none does. */
function anchor(body: string, id: number, quote: string): string {
  for (const match of body.matchAll(RUN)) {
    const [whole, properties = '', escaped = ''] = match;
    const text = unescape(escaped);
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

function commentXml(comment: DocxComment, id: number): string {
  const attributes = [`w:id="${id}"`, `w:author="${escapeXml(comment.author)}"`];
  if (comment.date) attributes.push(`w:date="${escapeXml(comment.date)}"`);
  if (comment.initials) attributes.push(`w:initials="${escapeXml(comment.initials)}"`);
  const paragraphs = comment.text
    .split(/\r\n?|\n/)
    .map((line, index) => `<w:p>${index === 0 ? '<w:r><w:annotationRef/></w:r>' : ''}${run('', line)}</w:p>`);
  return `<w:comment ${attributes.join(' ')}>${paragraphs.join('')}</w:comment>`;
}

/** The body with the comments anchored, and the comments part; ids are 0..n-1 in list order. */
export function writeComments(body: string, comments: readonly DocxComment[]): { body: string; xml: string } {
  let anchored = body;
  comments.forEach((comment, id) => {
    anchored = anchor(anchored, id, comment.quote);
  });
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="${NS.w}">${comments.map(commentXml).join('')}</w:comments>`;
  return { body: anchored, xml };
}
