import { describe, expect, it } from 'vitest';
import { LinkRelationships } from './links';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

describe('LinkRelationships', () => {
  it('gives each link its own id and an external relationship to its target', () => {
    const links = new LinkRelationships('rIdLink');
    expect(links.add('https://example.org/search?a=1&b="2"')).toEqual({ id: 'rIdLink1', anchor: undefined });
    expect(links.add('mailto:cyber@mfa.examplia.example')).toEqual({ id: 'rIdLink2', anchor: undefined });
    expect(links.relationships).toEqual([
      { id: 'rIdLink1', type: HYPERLINK, target: 'https://example.org/search?a=1&b="2"', external: true },
      { id: 'rIdLink2', type: HYPERLINK, target: 'mailto:cyber@mfa.examplia.example', external: true },
    ]);
  });

  it('keeps a fragment as the anchor Word jumps to, unless it is empty or too long for Word', () => {
    const links = new LinkRelationships('rIdLink');
    expect(links.add('https://example.org/report#chapter-2').anchor).toBe('chapter-2');
    expect(links.relationships[0]!.target).toBe('https://example.org/report');
    expect(links.add('https://example.org/#').anchor).toBeUndefined();
    expect(links.add(`https://example.org/#${'x'.repeat(300)}`).anchor).toBeUndefined();
  });
});
