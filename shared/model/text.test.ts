import { describe, expect, it } from 'vitest';
import { draftPlainText, inlineText, sectionPlainText } from './text';
import { bold, bullets, doc, lettered, link, note, para } from '../../test/fixtures/content';
import { exampliaForumContribution } from '../../test/fixtures/examplia';
import { footnoteNode, headingNode, textNode } from './empty';
import type { SerializedEditorState, SerializedNode } from './lexical-json';

describe('plain text', () => {
  it('gives one line per paragraph, heading and list item, then the footnotes', () => {
    const content = doc(
      headingNode('h2', [textNode('Exercises')]),
      para(
        bold('Scope: '),
        'seven sectors',
        note('Act of 2022, ', link('https://laws.examplia.example/csa', 'laws.examplia.example')),
      ),
      bullets(['energy'], ['water']),
      lettered(['first']),
    );
    expect(sectionPlainText(content)).toBe(
      'Exercises\nScope: seven sectors\nenergy\nwater\nfirst\nAct of 2022, laws.examplia.example',
    );
  });

  it('lists the draft section by section with headings, for search', () => {
    const text = draftPlainText(exampliaForumContribution());
    expect(text).toContain(
      'Respect human rights online\nIn 2025 the Forum trained 340 journalists on secure communication.',
    );
    expect(text).toContain('do not represent the official position of the Government of the Republic of Examplia.');
    expect(text.split('\n\n')).toHaveLength(15);
  });

  it('reads inline content once for every view: tabs, breaks and link text in, footnote text set aside', () => {
    const tab = { type: 'tab', version: 1 } as SerializedNode;
    const footnote = footnoteNode(['Gazette of Examplia']);
    const notes: SerializedEditorState[] = [];
    const text = inlineText(
      [
        textNode('Act'),
        tab,
        textNode('2022'),
        { type: 'linebreak', version: 1 },
        link('https://laws.examplia.example', 'the law'),
        footnote,
      ],
      notes,
    );
    expect(text).toBe('Act\t2022\nthe law');
    expect(notes).toEqual([footnote.note]);
    expect(inlineText([footnote])).toBe('');
  });
});
