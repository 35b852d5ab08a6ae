// "Enter the details" in the import report opens the draft, then its Details dialog: the request
// waits here for the draft screen, which takes it once, on the draft it was made for.
let requested: string | null = null;

export function requestDetails(draftId: string): void {
  requested = draftId;
}

/** True once if the Details dialog was requested for this draft. */
export function takeDetailsRequest(draftId: string): boolean {
  if (requested !== draftId) return false;
  requested = null;
  return true;
}
