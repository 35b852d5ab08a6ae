import { describe, expect, it } from 'vitest';
import { safeUrl } from './links';

describe('safeUrl', () => {
  it('keeps web and mail links', () => {
    expect(safeUrl('https://example.org/strategy.pdf')).toBe('https://example.org/strategy.pdf');
    expect(safeUrl(' http://example.org ')).toBe('http://example.org/');
    expect(safeUrl('mailto:cyber@example.org')).toBe('mailto:cyber@example.org');
  });

  it('refuses script, data, file and other schemes', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:x', 'ftp://example.org', 'chrome://settings']) {
      expect(safeUrl(bad), bad).toBeNull();
    }
  });

  it('refuses malformed, empty, credentialed and oversized input', () => {
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl('')).toBeNull();
    expect(safeUrl(42)).toBeNull();
    expect(safeUrl('https://user:pw@example.org')).toBeNull();
    expect(safeUrl(`https://example.org/${'a'.repeat(5000)}`)).toBeNull();
  });
});
