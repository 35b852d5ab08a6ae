// A rescue copy holds every word, whatever the content: valid, nested past the schema's limit, or
// too deep for the usual recursive reader.
import { describe, expect, it } from 'vitest';
import type { SerializedNode } from '../../../shared/model/lexical-json';
import { bullets, doc, note, para } from '../../../test/fixtures/content';
import { looseSectionText, rescueFileText } from './rescue-text';

function nested(levels: number) {
  let node: SerializedNode = bullets(['innermost']);
  for (let i = levels; i > 0; i -= 1) node = bullets([`level ${i}`, node]);
  return doc(para('Opening paragraph', note('A footnote')), node);
}

describe('rescue text', () => {
  it('reads the words of content nested past the schema’s limit, footnotes included', () => {
    const text = looseSectionText(nested(30));
    expect(text).toContain('Opening paragraph');
    expect(text).toContain('level 17');
    expect(text).toContain('innermost');
    expect(text).toContain('A footnote');
  });

  it('reads content too deep for a recursive walk', () => {
    const text = looseSectionText(nested(20_000));
    expect(text).toContain('level 19999');
    expect(text).toContain('innermost');
  });

  it('lays out a file with the draft’s title and each section’s name before its text', () => {
    expect(
      rescueFileText(
        {
          fields: {
            title: 'National non-paper',
            submitter: 'Republic of Examplia',
            issuingBody: '',
            forum: '',
            date: '2026-05-12',
          },
        },
        [{ name: 'Norm 5 (13e) – Human rights', text: 'Rights apply online.' }],
      ),
    ).toBe('National non-paper\nRepublic of Examplia\n\n\nNorm 5 (13e) – Human rights\n\nRights apply online.\n');
  });
});
