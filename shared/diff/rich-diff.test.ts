import { describe, expect, it } from 'vitest';
import { bold, bullets, doc, italic, link, note, numbered, para } from '../../test/fixtures/content';
import { fieldNode, paragraphNode, rootState, textNode } from '../model/empty';
import { diffRich, type RichDiff, type ShownBlock } from './rich-diff';

/** Each block as "kind:level" and its pieces as +added, -removed or plain, bold as **…**. */
function render(block: ShownBlock): string {
  let text = '';
  let open: string | null = null;
  for (const piece of block.pieces) {
    const t =
      piece.token.kind === 'footnote'
        ? `[^${piece.token.text}]`
        : piece.token.marks & 1
          ? `**${piece.token.text}**`
          : piece.token.text;
    const mark = piece.kind === 'added' ? '+' : piece.kind === 'removed' ? '-' : null;
    if (mark !== open) {
      if (open) text += '}';
      if (mark) text += `{${mark}`;
      open = mark;
    }
    text += t;
  }
  if (open) text += '}';
  return `${block.change === 'same' ? '' : `${block.change} `}${block.style.kind}:${block.style.level} ${text}`;
}
const shown = (diff: RichDiff) => diff.blocks.map(render);

describe('diffRich', () => {
  it('reads a field as the words of its value on each side', () => {
    const content = rootState([paragraphNode([fieldNode('submitter'), textNode(' supports norm 13(c).')])]);
    const diff = diffRich(content, content, {
      before: { submitter: 'Republic of Examplia' },
      after: { submitter: 'Kingdom of Examplia' },
    });
    expect(diff.changed).toBe(true);
    expect(shown(diff)).toEqual(['paragraph:0 {-Republic}{+Kingdom} of Examplia supports norm 13(c).']);
  });

  it('shows nothing changed for equal content, with kinds and formatting kept', () => {
    const content = doc(para('Examplia ', bold('adopted'), ' a strategy.'), bullets(['First'], ['Second']));
    const diff = diffRich(content, content);
    expect(diff.changed).toBe(false);
    expect(shown(diff)).toEqual(['paragraph:0 Examplia **adopted** a strategy.', 'bullet:1 First', 'bullet:1 Second']);
  });

  it('reads a word made bold as a format change, not as new words', () => {
    const diff = diffRich(
      doc(para('Examplia adopted a strategy.')),
      doc(para('Examplia ', bold('adopted'), ' a strategy.')),
    );
    expect(diff).toMatchObject({ changed: true, added: 0, removed: 0, restyled: 1 });
    expect(shown(diff)).toEqual(['paragraph:0 Examplia {-adopted}{+**adopted**} a strategy.']);
  });

  it('keeps a list a list: an added item is an added bulleted block', () => {
    const diff = diffRich(
      doc(bullets(['Ministry of Digital Affairs'])),
      doc(bullets(['Ministry of Digital Affairs'], ['National CERT'])),
    );
    expect(shown(diff)).toEqual(['bullet:1 Ministry of Digital Affairs', 'added bullet:1 {+National CERT}']);
    expect(diff).toMatchObject({ added: 2, removed: 0 });
  });

  it('marks a paragraph turned into a numbered item as a change of kind, its words kept', () => {
    const diff = diffRich(doc(para('Report yearly.')), doc(numbered(['Report yearly.'])));
    expect(diff.changed).toBe(true);
    expect(diff.blocks).toHaveLength(1);
    expect(diff.blocks[0]).toMatchObject({
      style: { kind: 'number', level: 1 },
      styleBefore: { kind: 'paragraph', level: 0 },
    });
    expect(shown(diff)).toEqual(['number:1 Report yearly.']);
    expect(diff.restyledBlocks).toBe(1);
  });

  it('shows an added footnote reference where it was inserted, numbered on its side', () => {
    const diff = diffRich(
      doc(para('Examplia reports', note('First note.'), ' yearly.')),
      doc(para('Examplia', note('New note.'), ' reports', note('First note.'), ' yearly.')),
    );
    expect(shown(diff)).toEqual(['paragraph:0 Examplia{+[^New note.]} reports[^First note.] yearly.']);
    const notes = diff.blocks[0]!.pieces.filter((piece) => piece.token.kind === 'footnote');
    expect(notes.map((piece) => [piece.kind, piece.noteIndex])).toEqual([
      ['added', 0],
      ['same', 1],
    ]);
    expect(diff.notesChanged).toBe(1);
  });

  it('shows a footnote whose text changed as the old reference removed and the new one added', () => {
    const diff = diffRich(doc(para('Text', note('Report, 2023.'))), doc(para('Text', note('Report, 2024.'))));
    expect(shown(diff)).toEqual(['paragraph:0 Text{-[^Report, 2023.]}{+[^Report, 2024.]}']);
    expect(diff.notesChanged).toBe(1);
  });

  it('shows a joined paragraph as one block whose break was removed', () => {
    const diff = diffRich(doc(para('One.'), para('Two.')), doc(para('One. Two.')));
    expect(diff.blocks).toHaveLength(1);
    expect(diff.blocks[0]!.joinedNext).toBe(true);
    expect(shown(diff)).toEqual(['paragraph:0 One.{+ }Two.']);
  });

  it('shows a split paragraph as two blocks with the break marked', () => {
    const diff = diffRich(doc(para('One. Two.')), doc(para('One.'), para('Two.')));
    expect(diff.blocks).toHaveLength(2);
    expect(diff.blocks[0]!.splitAfter).toBe(true);
  });

  it('sees a changed link target and italic as changes', () => {
    const diff = diffRich(
      doc(para(link('https://examplia.example/a', 'policy'))),
      doc(para(link('https://examplia.example/b', 'policy'))),
    );
    expect(diff).toMatchObject({ changed: true, restyled: 1, added: 0, removed: 0 });
    expect(diffRich(doc(para('plain')), doc(para(italic('plain')))).restyled).toBe(1);
  });

  it('shows a removed block as removed', () => {
    const diff = diffRich(doc(para('Keep.'), para('Drop this.')), doc(para('Keep.')));
    expect(shown(diff)).toEqual(['paragraph:0 Keep.', 'removed paragraph:0 {-Drop this.}']);
    expect(diff.removed).toBe(2);
  });
});

describe('diffRich counts', () => {
  it('counts a word made bold with a footnote added after it as reformatted, the footnote apart', () => {
    const diff = diffRich(doc(para('a strategy')), doc(para('a ', bold('strategy'), note('Decree 7.'))));
    expect(diff).toMatchObject({ restyled: 1, added: 0, removed: 0, notesChanged: 1 });
  });
});

describe('diffRich counts, mixed changes', () => {
  it('tells reformatted words from new ones in one change', () => {
    const diff = diffRich(
      doc(para('a strategy')),
      doc(para('a ', bold('strategy'), note('Decree 7.')), bullets(['National CERT'])),
    );
    expect(diff).toMatchObject({ restyled: 1, added: 2, removed: 0, notesChanged: 1 });
  });
});
