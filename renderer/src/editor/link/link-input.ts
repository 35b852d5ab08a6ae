// What the link dialog accepts. An address without a scheme is read the way people type it
// ("www.examplia.example", "desk@examplia.example"); anything else must pass safeUrl.
import { safeUrl } from '../../../../shared/security/links';

export type LinkInputError = 'empty' | 'unsafe';
export type LinkInputResult = { ok: true; url: string } | { ok: false; error: LinkInputError };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const HOST_LIKE = /^[^\s/:@]+\.[^\s/:@]+(?:[/?#]\S*)?$/;

export function parseLinkInput(raw: string): LinkInputResult {
  const typed = raw.trim();
  if (typed === '') return { ok: false, error: 'empty' };
  const direct = safeUrl(typed);
  if (direct) return { ok: true, url: direct };
  if (!HAS_SCHEME.test(typed)) {
    const guess = EMAIL.test(typed) ? `mailto:${typed}` : HOST_LIKE.test(typed) ? `https://${typed}` : null;
    const url = guess === null ? null : safeUrl(guess);
    if (url) return { ok: true, url };
  }
  return { ok: false, error: 'unsafe' };
}
