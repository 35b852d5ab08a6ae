// A reviewer's colour: the same name always gets the same one of AUTHOR_COLOURS colours.
export const AUTHOR_COLOURS = 6;

export function authorColourIndex(author: string): number {
  let hash = 0;
  for (const char of author) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % AUTHOR_COLOURS;
}
