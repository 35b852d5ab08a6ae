// Opens a draft's print layout from wherever in the draft the user is; the route keeps the
// section so that "Back to editing" (or the browser's Back) returns to it.
import { parseRoute, routeHash } from '../app/route';

export function openPrintLayout(draftId: string): void {
  const here = parseRoute(window.location.hash);
  const sectionId = here.screen === 'draft' && here.draftId === draftId ? here.sectionId : null;
  window.location.hash = routeHash({ screen: 'print', draftId, sectionId });
}
