// What a file really is, from its bytes as well as its name: a ZIP (a Word document), a PDF, plain
// text (UTF-8, UTF-16 with a byte-order mark, or Windows-1252), or something else, each with a clear
// error when the name says otherwise. Size limits are checked first, before any parsing.
import { ImportError } from './errors';
import type { ImportFormat } from './report';
import type { WarningLog } from './warnings';
import { looksLikeZip } from '../ooxml/zip/read';

const MB = 1024 * 1024;
export const SIZE_LIMITS = { docx: 50 * MB, pdf: 50 * MB, text: 20 * MB } as const;

export type DetectedInput =
  | { format: 'docx'; bytes: Uint8Array }
  | { format: 'pdf'; bytes: Uint8Array }
  | { format: Exclude<ImportFormat, 'docx' | 'pdf'>; text: string };

const DOCX_EXTENSIONS = new Set(['.docx', '.docm', '.dotx']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** "%PDF-" within the first kilobyte, where PDF readers look for it. */
function looksLikePdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = head.indexOf(0x25); i >= 0; i = head.indexOf(0x25, i + 1))
    if (startsWith(head.subarray(i), [0x25, 0x50, 0x44, 0x46, 0x2d])) return true;
  return false;
}

/** A kind of file that is never imported, by its first bytes. */
function refusedKind(bytes: Uint8Array): ImportError | null {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return new ImportError('legacy-word');
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return new ImportError('unsupported-type', { kind: 'RTF' });
  return null;
}

// Control characters other than tab, line feed, form feed and carriage return: finding them is the point.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/** The text of the bytes, or null when they are not text in an encoding we read. */
export function decodeText(bytes: Uint8Array, log?: WarningLog): string | null {
  let text: string | null = null;
  if (startsWith(bytes, [0xff, 0xfe])) text = safeDecode('utf-16le', bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = safeDecode('utf-16be', bytes.subarray(2));
  else {
    text = safeDecode('utf-8', startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes);
    if (text === null && !bytes.includes(0)) {
      text = safeDecode('windows-1252', bytes);
      if (text !== null) log?.add('legacy-encoding', { encoding: 'Windows-1252' });
    }
  }
  if (text === null) return null;
  // Binary data decodes "validly" surprisingly often; real text has almost no control characters.
  const controls = text.length > 0 ? (text.slice(0, 1_000_000).match(CONTROL) ?? []).length : 0;
  return text.includes('\u0000') || controls > Math.max(2, Math.min(text.length, 1_000_000) / 1_000) ? null : text;
}

function safeDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function detectInput(name: string, bytes: Uint8Array, log: WarningLog): DetectedInput {
  const extension = extensionOf(name);
  const isDocxName = DOCX_EXTENSIONS.has(extension);
  const isTextName = MARKDOWN_EXTENSIONS.has(extension) || TEXT_EXTENSIONS.has(extension);
  const zip = looksLikeZip(bytes);
  const pdf = !zip && looksLikePdf(bytes);
  const isPdfName = extension === '.pdf';
  const limit =
    isDocxName || (!isTextName && zip)
      ? SIZE_LIMITS.docx
      : isPdfName || (!isTextName && pdf)
        ? SIZE_LIMITS.pdf
        : SIZE_LIMITS.text;
  if (bytes.length > limit)
    throw new ImportError('too-large', { size: Math.ceil(bytes.length / MB), limit: limit / MB });
  if (bytes.length === 0) throw new ImportError('empty');
  const refused = refusedKind(bytes);
  if (refused) throw refused;

  if (isDocxName) {
    if (zip) return { format: 'docx', bytes };
    throw new ImportError(decodeText(bytes.subarray(0, 64 * 1024)) !== null ? 'docx-is-text' : 'not-zip');
  }
  if (isPdfName || (pdf && !isTextName)) {
    if (pdf) return { format: 'pdf', bytes };
    throw new ImportError('not-pdf');
  }
  if (isTextName) {
    if (zip) throw new ImportError('text-is-zip', { extension });
    const text = decodeText(bytes, log);
    if (text === null) throw new ImportError('not-text', { extension });
    return { format: MARKDOWN_EXTENSIONS.has(extension) ? 'markdown' : 'text', text };
  }
  if (zip) return { format: 'docx', bytes };
  if (['.doc', '.odt', '.rtf', '.pages', '.wpd'].includes(extension)) {
    throw extension === '.doc'
      ? new ImportError('legacy-word')
      : new ImportError('unsupported-type', { kind: extension });
  }
  const text = decodeText(bytes, log);
  if (text === null) throw new ImportError('unsupported-type', { kind: extension || name.slice(0, 60) });
  return { format: 'text', text };
}
