// Which links may be opened or kept: http, https and mailto only. The one link policy: used by
// main before shell.openExternal, by the web build's link opening, by the editor (link dialog,
// paste, and a guard on every link node), by the importers and by the DOCX writer. Callers keep
// the URL this returns, never the one they were given.
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_URL_LENGTH = 2048;

/** Decodes percent-encoding until nothing changes (a mail client may decode more than once). */
function decodeFully(text: string): string {
  let current = text;
  for (let round = 0; round < 4; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current.replace(/\+/g, ' '));
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** `attach`, `Attachment`, `%61ttach`, ` attach`: the header names some mail clients read as "attach this local file". */
function namesAttachment(field: string): boolean {
  const name = decodeFully(field.split('=', 1)[0] ?? '')
    .replace(/[\s\p{Cc}\p{Cf}]/gu, '')
    .toLowerCase();
  return name.startsWith('attach');
}

/**
 * A mailto URL without attachment header fields, or null when one is hidden where it cannot be
 * cut out cleanly (an encoded `?` or `&` that a client would decode into a field separator).
 */
function withoutAttachments(url: URL): string | null {
  const fields = url.search
    .slice(1)
    .split('&')
    .filter((field) => field !== '');
  // A field is dropped when any `;`-separated part of it names an attachment: some clients split there too.
  const kept = fields.filter((field) => !field.split(';').some(namesAttachment));
  const href = `mailto:${url.pathname}${kept.length > 0 ? `?${kept.join('&')}` : ''}${url.hash}`;
  return /[?&;]\s*attach/i.test(decodeFully(href)) ? null : href;
}

/** Returns the normalised URL when it is safe to keep or open, otherwise null. */
export function safeUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol === 'mailto:') return withoutAttachments(parsed);
  if (!parsed.hostname) return null;
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}
