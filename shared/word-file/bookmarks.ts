// Bookmarks the app puts around a draft's sections in a Word file, to find them again when the
// file comes back (section-cuts.ts).

/**
 * Word's rules for a bookmark name: a letter first, then letters, digits and "_", at most 40
 * characters. Section ids may hold "-", so the name is the id made to fit, numbered when two
 * ids would give the same name; the file's data part keeps which name is which section.
 */
export function bookmarkNames(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id, index) => {
    let name = `nd_${id.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
    if (used.has(name.toLowerCase())) name = `${name.slice(0, 32)}_${index}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** A bookmark name as Word accepts it (what bookmarkNames gives). */
export const BOOKMARK_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** Puts `xml` at the end of a paragraph's content. */
export function appendToParagraph(paragraph: string, xml: string): string {
  return paragraph === '<w:p/>' ? `<w:p>${xml}</w:p>` : `${paragraph.slice(0, -'</w:p>'.length)}${xml}</w:p>`;
}

/** Puts `xml` at the start of a paragraph's content, after its properties. */
export function prependToParagraph(paragraph: string, xml: string): string {
  if (paragraph === '<w:p/>') return `<w:p>${xml}</w:p>`;
  const properties = paragraph.indexOf('</w:pPr>');
  const at = properties >= 0 ? properties + '</w:pPr>'.length : paragraph.indexOf('>') + 1;
  return `${paragraph.slice(0, at)}${xml}${paragraph.slice(at)}`;
}
