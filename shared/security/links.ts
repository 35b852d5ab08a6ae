// Which links may be opened or kept: http, https and mailto only. Used by main before
// shell.openExternal, by the editor's link dialog, by paste and by the importers.
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_URL_LENGTH = 2048;

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
  if (parsed.protocol !== 'mailto:' && !parsed.hostname) return null;
  if (parsed.username || parsed.password) return null;
  return parsed.href;
}
