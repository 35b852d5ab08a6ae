// The name this installation's user writes comments and suggestions under: asked once, kept on
// this computer, changed when the user wants. Storage refused (private mode) keeps it for the
// session only. An external store, so every screen showing it follows a change.

const KEY = 'norms-drafter:reviewer-name';
const listeners = new Set<() => void>();
let sessionName: string | null = null;

export function reviewerName(): string {
  if (sessionName !== null) return sessionName;
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Sets the name (trimmed); an empty name means "not set yet". */
export function setReviewerName(name: string): void {
  sessionName = name.trim();
  try {
    localStorage.setItem(KEY, sessionName);
    sessionName = null;
  } catch {
    // Kept for this session only.
  }
  for (const listener of listeners) listener();
}

export function subscribeReviewerName(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
