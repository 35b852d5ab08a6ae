// Hyperlink relationships of one part (the document, or the footnotes): each link gets an id
// the part's w:hyperlink refers to, and a relationship entry in the part's .rels file. As docx
// does, a fragment Word can hold as a bookmark name goes in w:anchor, the rest is the target.
import { escapeValue } from './wml';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const MAX_ANCHOR_LENGTH = 255;

export interface LinkTarget {
  id: string;
  anchor: string | undefined;
}

export class LinkRelationships {
  private entries = '';
  private count = 0;

  /** `prefix` keeps ids apart from docx's own (rId1, rId2, ...). */
  constructor(private readonly prefix: string) {}

  add(url: string): LinkTarget {
    const id = `${this.prefix}${++this.count}`;
    const hash = url.indexOf('#');
    const fragment = url.length - hash - 1;
    const split = hash > 0 && fragment > 0 && fragment <= MAX_ANCHOR_LENGTH;
    const target = split ? url.slice(0, hash) : url;
    this.entries += `<Relationship Id="${id}" Type="${HYPERLINK}" Target="${escapeValue(target)}" TargetMode="External"/>`;
    return { id, anchor: split ? url.slice(hash + 1) : undefined };
  }

  /** The <Relationship> elements to add to the part's .rels file. */
  get xml(): string {
    return this.entries;
  }
}
