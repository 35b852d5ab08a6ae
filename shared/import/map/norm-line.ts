// A paragraph that is a norm's heading written as plain text, as documents without heading styles
// (Markdown, text) and the app's own exports in six languages set it: the norm's name or
// paragraph, then a bracket, a dash, a colon or nothing ("Norm 7 (…", "Norme 7 (…) – …",
// "规范7（…", "القاعدة 7 (…", "13 (g) – …", "Norm 7: …"), not prose that starts with it
// ("Norm 7 is implemented by …").
import { normFromPattern } from './norms';
import { normalizeHeading } from './normalize';

const MAX_LINE = 900;
const LABEL =
  /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,5})[.)]\s+)?\S+?\s*(?:no\.?\s*|n°\s*|nº\s*|№\s*|#\s*)?\d{0,2}(?:\s*[a-k]\)?)?\s*(?:[(（:：–—-]|$)/u;

export function isNormHeadingLine(text: string): boolean {
  const normalized = normalizeHeading(text);
  return (
    normalized.length > 0 && normalized.length <= MAX_LINE && LABEL.test(normalized) && normFromPattern(text) !== null
  );
}
