// A short hash of what a user would call the draft's content (title, details, sections), not of
// when it was saved: two versions with the same fingerprint show the same text.
import type { Draft } from './draft';

function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function draftFingerprint(draft: Draft): string {
  const { createdAt: _c, updatedAt: _u, ...content } = draft;
  return textFingerprint(JSON.stringify(content));
}

/** A section's content as stored: tells a section left as it was sent from one written in since. */
export function contentFingerprint(content: unknown): string {
  return textFingerprint(JSON.stringify(content));
}

/** The same short hash of any text (16 hex digits). */
export function textFingerprint(json: string): string {
  // Two 32-bit hashes with different seeds: a false "unchanged" would need both to collide.
  return `${fnv1a(json, 0x811c9dc5).toString(16).padStart(8, '0')}${fnv1a(json, 0x01000193).toString(16).padStart(8, '0')}`;
}
