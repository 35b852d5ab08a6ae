import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './route';

describe('routes in the URL hash', () => {
  it('round-trips the library, an overview and a section', () => {
    const routes: Route[] = [
      { screen: 'library' },
      { screen: 'trash' },
      { screen: 'backups' },
      { screen: 'draft', draftId: 'd-123', sectionId: null },
      { screen: 'draft', draftId: 'd-123', sectionId: 'norm-g' },
      { screen: 'print', draftId: 'd-123', sectionId: null },
      { screen: 'print', draftId: 'd-123', sectionId: 'norm-g' },
    ];
    for (const route of routes) expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('opens the library for an empty, unknown or malformed hash', () => {
    for (const hash of [
      '',
      '#',
      '#/',
      '#/settings',
      '#/trash/x',
      '#/TRASH',
      '#/draft',
      '#/draft/a/b/c',
      '#/draft/%E0%A4%A',
      '#/draft/<script>',
      '#/print',
      '#/print/a/b/c',
    ]) {
      expect(parseRoute(hash)).toEqual({ screen: 'library' });
    }
  });

  it('falls back to the overview when the section part is malformed', () => {
    expect(parseRoute('#/draft/d1/%zz')).toEqual({ screen: 'draft', draftId: 'd1', sectionId: null });
  });
});
