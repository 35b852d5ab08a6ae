import { safeUrl } from '../../../../shared/security/links';

/** LinkExtension's validateUrl: only http, https and mailto addresses may become links. */
export function isSafeLink(url: string): boolean {
  return safeUrl(url) !== null;
}
