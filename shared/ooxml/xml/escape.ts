// The one XML escaper of the writer: text and attribute values alike. Characters XML 1.0 cannot
// hold (control characters other than tab, newline and carriage return, U+FFFE, U+FFFF, unpaired
// surrogates) are dropped, as docx drops them: one of them would make a part unreadable for Word.
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const TO_ESCAPE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[&"'<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  // Most text needs nothing: the test is cheaper than a replace over every run of a long draft.
  TO_ESCAPE.lastIndex = 0;
  return TO_ESCAPE.test(text) ? text.replace(TO_ESCAPE, (char) => ESCAPES[char] ?? '') : text;
}
