// Who wrote what, as the review and the attribution show it: the lead and each contributor by
// the id their marks and changes carry, with a colour of their own (in the contributors' order,
// so it stays the same from one merge to the next).
import { LEAD_AUTHOR, type Collaboration } from '../../../shared/collab/model';

export interface Author {
  id: string;
  name: string;
  organisation: string;
  colour: string;
}

/** Colours with at least 3:1 contrast on white, told apart by hue. */
export const AUTHOR_COLOURS = [
  '#1d5fc9',
  '#b35400',
  '#2b7a2f',
  '#8a2aa6',
  '#c0262d',
  '#007a85',
  '#7a5230',
  '#b0185f',
] as const;
export const LEAD_COLOUR = '#51606b';

/** Every author of the draft's collaboration, by id; empty when the draft has none. */
export function authorsOf(collaboration: Collaboration | undefined): Map<string, Author> {
  const authors = new Map<string, Author>();
  if (!collaboration) return authors;
  authors.set(LEAD_AUTHOR, { id: LEAD_AUTHOR, ...collaboration.lead, colour: LEAD_COLOUR });
  collaboration.contributors.forEach((contributor, index) => {
    authors.set(contributor.id, {
      id: contributor.id,
      name: contributor.name,
      organisation: contributor.organisation,
      colour: AUTHOR_COLOURS[index % AUTHOR_COLOURS.length]!,
    });
  });
  return authors;
}

/** An author not (or no longer) in the list still gets a name to show: the id it was recorded with. */
export function authorOrUnknown(authors: Map<string, Author>, id: string): Author {
  return authors.get(id) ?? { id, name: id, organisation: '', colour: LEAD_COLOUR };
}
