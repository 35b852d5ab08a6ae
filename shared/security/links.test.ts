import { describe, expect, it } from 'vitest';
import { safeUrl } from './links';

describe('safeUrl', () => {
  it('keeps web and mail links', () => {
    expect(safeUrl('https://example.org/strategy.pdf')).toBe('https://example.org/strategy.pdf');
    expect(safeUrl(' http://example.org ')).toBe('http://example.org/');
    expect(safeUrl('mailto:cyber@example.org')).toBe('mailto:cyber@example.org');
  });

  it('refuses script, data, file and other schemes', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'file:///etc/passwd',
      'vbscript:x',
      'ftp://example.org',
      'chrome://settings',
    ]) {
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

describe('safeUrl and mail attachments', () => {
  it('drops attach and attachment fields of mailto links, in any case and encoding, keeping the rest', () => {
    expect(safeUrl('mailto:desk@examplia.example?attach=/home/user/.ssh/id_rsa')).toBe('mailto:desk@examplia.example');
    expect(safeUrl('mailto:desk@examplia.example?subject=Norm%20(e)&ATTACHMENT=C:\\secrets.docx&body=Hello')).toBe(
      'mailto:desk@examplia.example?subject=Norm%20(e)&body=Hello',
    );
    for (const field of [
      'Attach',
      '%61ttach',
      '%2561ttach',
      'att%61chment',
      '%20attach',
      'attach%00',
      'at%E2%80%8Btach',
    ]) {
      expect(safeUrl(`mailto:desk@examplia.example?${field}=/etc/passwd&cc=law@examplia.example`), field).toBe(
        'mailto:desk@examplia.example?cc=law@examplia.example',
      );
    }
    expect(safeUrl('mailto:desk@examplia.example?body=x;attach=/etc/passwd')).toBe('mailto:desk@examplia.example');
  });

  it('refuses a mailto link that hides an attachment behind an encoded separator', () => {
    expect(safeUrl('mailto:desk@examplia.example%3Fattach=/etc/passwd')).toBeNull();
    expect(safeUrl('mailto:desk@examplia.example&attach=/etc/passwd')).toBeNull();
    expect(safeUrl('mailto:desk@examplia.example?subject=a%26attach%3D/etc/passwd')).toBeNull();
  });

  it('keeps ordinary mail links and words like "attachment" in the text', () => {
    expect(safeUrl('mailto:desk@examplia.example?subject=Attachment%20missing&body=See%20the%20attachment')).toBe(
      'mailto:desk@examplia.example?subject=Attachment%20missing&body=See%20the%20attachment',
    );
    expect(safeUrl('mailto:?to=desk@examplia.example')).toBe('mailto:?to=desk@examplia.example');
    expect(safeUrl('https://examplia.example/?attach=1')).toBe('https://examplia.example/?attach=1');
  });
});
