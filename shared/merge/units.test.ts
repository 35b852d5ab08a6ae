// A section flattened into merge units and rebuilt: lists come back nested as the editor stores them.
import { describe, expect, it } from 'vitest';
import type { SerializedList, SerializedNode } from '../model/lexical-json';
import { bullets, doc, lettered, para } from '../../test/fixtures/content';
import { contentOf, toUnits } from './units';

function nestedUnder(list: SerializedList, index: number, nested: SerializedList): SerializedList {
  const wrapper: SerializedNode = {
    type: 'listitem',
    version: 1,
    value: index + 1,
    direction: null,
    format: '',
    indent: 0,
    children: [nested],
  };
  const children = [...list.children];
  children.splice(index, 0, wrapper);
  return {
    ...list,
    children: children.map((item, i) => (i > index && item.type === 'listitem' ? { ...item, value: i } : item)),
  };
}

describe('merge units', () => {
  it('flattens list items with their list and depth, and rebuilds the same nested lists', () => {
    const content = doc(
      para('Intro.'),
      nestedUnder(bullets(['Energy'], ['Water']), 1, lettered(['gas'], ['power'])),
      lettered(['first;'], ['second.']),
      para('End.'),
    );
    const units = toUnits(content);
    expect(units.map((unit) => unit.list?.length ?? 0)).toEqual([0, 1, 2, 2, 1, 1, 1, 0]);
    // Equal text in another kind of list is another unit.
    expect(units[2]!.key).not.toBe(toUnits(doc(bullets(['Energy'], ['gas'])))[1]!.key);
    expect(contentOf(units)).toEqual(content);
  });

  it('keeps an empty section one empty paragraph', () => {
    expect(contentOf([])).toEqual(doc(para()));
  });
});
