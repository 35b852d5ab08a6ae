import { describe, expect, it } from 'vitest';
import { escapeXml } from './escape';

describe('escapeXml', () => {
  it('escapes the five markup characters, for text and attribute values alike', () => {
    expect(escapeXml(`Examplia & "Partners" <'NGO'>`)).toBe(
      'Examplia &amp; &quot;Partners&quot; &lt;&apos;NGO&apos;&gt;',
    );
  });

  it('drops what XML cannot hold and keeps every other character', () => {
    expect(escapeXml('a\u0001b\u000Bc\uFFFEd\uD800e\uDC00f')).toBe('abcdef');
    expect(escapeXml('tab\tline\ncr\r 😀 中文 عربي')).toBe('tab\tline\ncr\r 😀 中文 عربي');
  });

  it('returns plain text as it is', () => {
    const text = 'Republic of Examplia';
    expect(escapeXml(text)).toBe(text);
  });
});
