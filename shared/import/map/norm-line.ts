// A paragraph that is a norm's heading written as plain text, as documents without heading styles
// (Markdown, text) and the app's own exports in six languages set it: the norm's name or
// paragraph, then a bracket, a dash, a colon or nothing ("Norm 7 (…", "Norme 7 (…) – …",
// "规范7（…", "القاعدة 7 (…", "13 (g) – …", "Norm 7: …"), not prose that starts with it
// ("Norm 7 is implemented by …"), nor a paragraph that goes on after a run-in label ("Norm 7
// (13g): Examplia adopted … It also …"), whose text would be lost to the heading.
import { normFromPattern, normOverlap } from './norms';
import { normalizeHeading } from './normalize';

const MAX_LINE = 900;
/** A heading this long is taken only when it quotes the norm's text, or is one sentence (the text in another language). */
const SHORT_LINE = 200;
const SENTENCE_BREAK = /[.!?。！？]\s+\S/gu;
const LABEL =
  /^(?:(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,5})[.)]\s+)?\S+?\s*(?:no\.?\s*|n°\s*|nº\s*|№\s*|#\s*)?\d{0,2}(?:\s*[a-k]\)?)?\s*(?:[(（:：–—-]|$)/u;

export function isNormHeadingLine(text: string): boolean {
  const normalized = normalizeHeading(text);
  if (normalized.length === 0 || normalized.length > MAX_LINE || !LABEL.test(normalized)) return false;
  const letter = normFromPattern(text);
  if (letter === null) return false;
  if (normalized.length <= SHORT_LINE) return true;
  return normOverlap(text, letter).precision >= 0.5 || (normalized.match(SENTENCE_BREAK) ?? []).length === 0;
}
