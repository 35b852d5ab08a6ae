// Hyperlink relationships of one part (the document, or the footnotes): each link gets an id
// the part's w:hyperlink refers to, and a relationship the package writer puts in the part's
// .rels file. As docx does, a fragment Word can hold as a bookmark name goes in w:anchor, the
// rest is the target.
import { RELATIONSHIP } from '../ooxml/names';
import type { Relationship } from '../ooxml/relationships';

const MAX_ANCHOR_LENGTH = 255;

export interface LinkTarget {
  id: string;
  anchor: string | undefined;
}

export class LinkRelationships {
  private readonly entries: Relationship[] = [];

  /** `prefix` keeps ids apart from docx's own (rId1, rId2, ...). */
  constructor(private readonly prefix: string) {}

  add(url: string): LinkTarget {
    const id = `${this.prefix}${this.entries.length + 1}`;
    const hash = url.indexOf('#');
    const fragment = url.length - hash - 1;
    const split = hash > 0 && fragment > 0 && fragment <= MAX_ANCHOR_LENGTH;
    this.entries.push({ id, type: RELATIONSHIP.hyperlink, target: split ? url.slice(0, hash) : url, external: true });
    return { id, anchor: split ? url.slice(hash + 1) : undefined };
  }

  /** The relationships of the part's links, in the order they were added. */
  get relationships(): readonly Relationship[] {
    return this.entries;
  }
}
