// The one XML escaper of the writer: text and attribute values alike. Characters XML 1.0 cannot
// hold (control characters other than tab, newline and carriage return, U+FFFE, U+FFFF, unpaired
// surrogates) are dropped, as docx drops them: one of them would make a part unreadable for Word.
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TO_ESCAPE = new RegExp(`[&"'<>]|${NOT_XML.source}`, 'g');

/** The text without the characters XML 1.0 cannot hold (for text escaped later, e.g. by docx). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

export function escapeXml(text: string): string {
  // Most text needs nothing: the test is cheaper than a replace over every run of a long draft.
  TO_ESCAPE.lastIndex = 0;
  return TO_ESCAPE.test(text) ? text.replace(TO_ESCAPE, (char) => ESCAPES[char] ?? '') : text;
}

const UNESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/** The text of an escaped value read straight from XML source (the five predefined entities). */
export function unescapeXml(xml: string): string {
  return xml.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => UNESCAPES[entity]!);
}
