// Where the user is, kept in the URL hash so that a reload returns to the same place:
//   #/                      the library
//   #/draft/<id>            a draft's overview (coverage)
//   #/draft/<id>/<section>  one section of a draft
//   #/print/<id>[/<section>] a draft's print layout (and the section to go back to)
//   #/trash                 deleted drafts
//   #/backups               backups and storage

export type Route =
  | { screen: 'library' }
  | { screen: 'trash' }
  | { screen: 'backups' }
  | { screen: 'draft' | 'print'; draftId: string; sectionId: string | null };

const SEGMENT = /^[\w.~-]{1,100}$/;

function decode(segment: string | undefined): string | null {
  if (segment === undefined) return null;
  try {
    const value = decodeURIComponent(segment);
    return SEGMENT.test(value) ? value : null;
  } catch {
    return null;
  }
}

/** Anything unrecognised leads to the library rather than an error. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  if (parts.length === 1 && (parts[0] === 'trash' || parts[0] === 'backups')) return { screen: parts[0] };
  const screen = parts[0];
  if ((screen !== 'draft' && screen !== 'print') || parts.length < 2 || parts.length > 3) return { screen: 'library' };
  const draftId = decode(parts[1]);
  if (!draftId) return { screen: 'library' };
  if (parts.length === 2) return { screen, draftId, sectionId: null };
  const sectionId = decode(parts[2]);
  return { screen, draftId, sectionId };
}

export function routeHash(route: Route): string {
  if (route.screen === 'library') return '#/';
  if (route.screen === 'trash' || route.screen === 'backups') return `#/${route.screen}`;
  const base = `#/${route.screen}/${encodeURIComponent(route.draftId)}`;
  return route.sectionId ? `${base}/${encodeURIComponent(route.sectionId)}` : base;
}
