import { describe, expect, it } from 'vitest';
import { LinkRelationships } from './links';

describe('LinkRelationships', () => {
  it('gives each link its own id and an external relationship with the escaped target', () => {
    const links = new LinkRelationships('rIdLink');
    expect(links.add('https://example.org/search?a=1&b="2"')).toEqual({ id: 'rIdLink1', anchor: undefined });
    expect(links.add('mailto:cyber@mfa.examplia.example')).toEqual({ id: 'rIdLink2', anchor: undefined });
    expect(links.xml).toContain('Id="rIdLink1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/search?a=1&amp;b=&quot;2&quot;" TargetMode="External"');
    expect(links.xml.match(/<Relationship /g)).toHaveLength(2);
  });

  it('keeps a fragment as the anchor Word jumps to, unless it is empty or too long for Word', () => {
    const links = new LinkRelationships('rIdLink');
    expect(links.add('https://example.org/report#chapter-2').anchor).toBe('chapter-2');
    expect(links.xml).toContain('Target="https://example.org/report"');
    expect(links.add('https://example.org/#').anchor).toBeUndefined();
    expect(links.add(`https://example.org/#${'x'.repeat(300)}`).anchor).toBeUndefined();
  });
});
