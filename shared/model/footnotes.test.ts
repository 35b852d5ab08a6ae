import { describe, expect, it } from 'vitest';
import { collectFootnotes, countFootnotes, numberFootnotes } from './footnotes';
import { doc, link, note, para, bullets } from '../../test/fixtures/content';
import { exampliaNonPaper, sectionOf } from '../../test/fixtures/examplia';
import type { Section } from './draft';

type Part = Pick<Section, 'id' | 'content'>;
const section = (id: string, notes: number): Part => ({
  id,
  content: doc(para('Text', ...Array.from({ length: notes }, (_, i) => note(`${id} note ${i + 1}`)))),
});
const firstNumbers = (parts: Part[]) => Object.fromEntries(numberFootnotes(parts).firstNumberBySection);

describe('footnote numbering', () => {
  it('numbers footnotes through the whole draft in document order', () => {
    const parts = [section('summary', 1), section('norm-a', 0), section('norm-b', 2), section('norm-c', 1)];
    expect(numberFootnotes(parts).total).toBe(4);
    expect(firstNumbers(parts)).toEqual({ summary: 1, 'norm-a': 2, 'norm-b': 2, 'norm-c': 4 });
  });

  it('renumbers every later footnote when one is inserted earlier', () => {
    const parts = [section('norm-a', 1), section('norm-b', 1), section('norm-c', 1)];
    parts[1] = section('norm-b', 2);
    expect(firstNumbers(parts)).toEqual({ 'norm-a': 1, 'norm-b': 2, 'norm-c': 4 });
  });

  it('closes the gap when a footnote is deleted', () => {
    const parts = [section('norm-a', 2), section('norm-b', 1)];
    parts[0] = section('norm-a', 1);
    expect(firstNumbers(parts)).toEqual({ 'norm-a': 1, 'norm-b': 2 });
    expect(numberFootnotes(parts).total).toBe(2);
  });

  it('follows the sections when they are moved', () => {
    const a = section('norm-a', 3);
    const b = section('norm-b', 1);
    expect(firstNumbers([a, b])).toEqual({ 'norm-a': 1, 'norm-b': 4 });
    expect(firstNumbers([b, a])).toEqual({ 'norm-b': 1, 'norm-a': 2 });
  });

  it('collects footnotes from paragraphs and list items in order, not footnotes of footnotes', () => {
    const content = doc(
      para('a', note('first', link('https://example.org'))),
      bullets(['b', note('second')]),
      para(note('third')),
    );
    expect(collectFootnotes(content).map((n) => n.note.root.children.length)).toEqual([1, 1, 1]);
    expect(countFootnotes(content)).toBe(3);
  });

  it('counts the fixture non-paper: 4 footnotes, norm 7 starting at 3', () => {
    const draft = exampliaNonPaper();
    const numbering = numberFootnotes(draft.sections);
    expect(numbering.total).toBe(4);
    expect(numbering.firstNumberBySection.get(sectionOf(draft, 'norm', 'g').id)).toBe(3);
  });
});
