// The comments of a reviewed file as threads: who wrote each, when, its text, and which comments
// answer another. Word says so in commentsExtended.xml (w15:paraIdParent names the parent's last
// paragraph); a comment on exactly the words of an earlier comment by someone else is read as a
// reply too (how LibreOffice and older Word files show a thread). w15:done marks a thread resolved.
import { inlineText, type IrComment } from '../../import/ir';
import { childElements, readXml, type XmlElement } from '../../ooxml/xml/reader';
import { NS } from '../../ooxml/names';

const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';
export const COMMENTS_EXTENDED = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';

export interface WordComment {
  id: string;
  author: string;
  date: string | undefined;
  text: string;
  /** The comment it answers (a Word comment id), if any. */
  parent?: string;
  done: boolean;
}

/** Comment id -> the paraId of its last paragraph (what commentsExtended refers to). */
function paraIds(commentsXml: string): Map<string, string> {
  const ids = new Map<string, string>();
  const root = readXml(commentsXml, { [NS.w]: 'w', [W14]: 'w14' });
  for (const comment of childElements(root, 'w:comment')) {
    const paragraphs = childElements(comment, 'w:p');
    const last = paragraphs[paragraphs.length - 1];
    const paraId = last?.attributes['w14:paraId'];
    const id = comment.attributes['w:id'];
    if (paraId && id !== undefined) ids.set(id, paraId);
  }
  return ids;
}

function extended(xml: string): Map<string, { parent?: string; done: boolean }> {
  const out = new Map<string, { parent?: string; done: boolean }>();
  const root = readXml(xml, { [W15]: 'w15' });
  for (const entry of childElements(root, 'w15:commentEx') as XmlElement[]) {
    const paraId = entry.attributes['w15:paraId'];
    if (!paraId) continue;
    const parent = entry.attributes['w15:paraIdParent'];
    out.set(paraId, { ...(parent ? { parent } : {}), done: entry.attributes['w15:done'] === '1' });
  }
  return out;
}

/**
 * The file's comments in the order of the comments part, with their parents from
 * commentsExtended; `ranges` gives each comment's range as a key (start and end in the file)
 * for the replies Word did not mark.
 */
export function wordComments(
  comments: ReadonlyMap<string, IrComment>,
  commentsXml: string | undefined,
  extendedXml: string | undefined,
  ranges: ReadonlyMap<string, string>,
): WordComment[] {
  const byPara = commentsXml ? paraIds(commentsXml) : new Map<string, string>();
  const ext = extendedXml ? extended(extendedXml) : new Map<string, { parent?: string; done: boolean }>();
  const idOfPara = new Map([...byPara].map(([id, para]) => [para, id]));
  const out: WordComment[] = [];
  // The first comment (not a reply) on each range: a later one there by someone else answers it.
  const firstOn = new Map<string, WordComment>();
  for (const [id, comment] of comments) {
    const info = ext.get(byPara.get(id) ?? '');
    let parent = info?.parent !== undefined ? idOfPara.get(info.parent) : undefined;
    const range = ranges.get(id);
    if (parent === undefined && range !== undefined) {
      const first = firstOn.get(range);
      if (first && first.author !== (comment.author ?? '')) parent = first.id;
    }
    out.push({
      id,
      author: comment.author ?? '',
      date: comment.date,
      text: comment.paragraphs.map(inlineText).join('\n'),
      ...(parent !== undefined && parent !== id ? { parent } : {}),
      done: info?.done ?? false,
    });
    const added = out[out.length - 1]!;
    if (added.parent === undefined && range !== undefined && !firstOn.has(range)) firstOn.set(range, added);
  }
  return out;
}
