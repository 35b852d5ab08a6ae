// Namespaces, relationship types and content types of the parts this code reads and writes.
export const NS = {
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
} as const;

const OFFICE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
export const RELATIONSHIP = {
  officeDocument: `${OFFICE_RELATIONSHIP}officeDocument`,
  footnotes: `${OFFICE_RELATIONSHIP}footnotes`,
  comments: `${OFFICE_RELATIONSHIP}comments`,
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
} as const;
