// Whether a page header or footer holds text of the author's own, which the import leaves out
// and must report. Field results (the page number Word or LibreOffice caches in a PAGE field)
// are not the author's text: a footer of page numbers alone is no loss.
const TOKENS = /<w:fldChar\b[^>]*w:fldCharType="(begin|separate|end)"[^>]*>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;

export function hasOwnHeaderText(xml: string): boolean {
  const withoutSimpleFields = xml.replace(/<w:fldSimple\b[\s\S]*?<\/w:fldSimple>/g, '');
  // One entry per open complex field: true once its result (after "separate") has begun.
  const fields: boolean[] = [];
  for (const match of withoutSimpleFields.matchAll(TOKENS)) {
    const [, fieldChar, text] = match;
    if (fieldChar === 'begin') fields.push(false);
    else if (fieldChar === 'separate' && fields.length > 0) fields[fields.length - 1] = true;
    else if (fieldChar === 'end') fields.pop();
    else if (text !== undefined && !fields.some((inResult) => inResult) && /\p{L}|\p{N}/u.test(text)) return true;
  }
  return false;
}
