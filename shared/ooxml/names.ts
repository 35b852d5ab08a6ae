// Namespaces, relationship types and content types of the parts this code reads and writes.
export const NS = {
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  /** Word 2010 and 2012 extensions: paragraph ids (w14) and comment threads (w15). */
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
} as const;

const OFFICE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
export const RELATIONSHIP = {
  officeDocument: `${OFFICE_RELATIONSHIP}officeDocument`,
  footnotes: `${OFFICE_RELATIONSHIP}footnotes`,
  comments: `${OFFICE_RELATIONSHIP}comments`,
  commentsExtended: 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended',
  hyperlink: `${OFFICE_RELATIONSHIP}hyperlink`,
  image: `${OFFICE_RELATIONSHIP}image`,
} as const;

const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml.';
export const CONTENT_TYPE = {
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  document: `${WML}document.main+xml`,
  footnotes: `${WML}footnotes+xml`,
  comments: `${WML}comments+xml`,
  commentsExtended: `${WML}commentsExtended+xml`,
} as const;
