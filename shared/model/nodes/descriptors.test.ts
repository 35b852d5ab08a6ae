import { describe, expect, it } from 'vitest';
import { ALLOWED_CHILDREN, NOTE_ROOT_CHILDREN } from '../editor-nodes';
import { descriptorOf, isStoredNodeType, NODE_DESCRIPTORS } from './descriptors';

const REVIEW = ['suggestion', 'comment-range'];
const INLINE = ['link', 'autolink', 'text', 'tab', 'linebreak', 'footnote', 'field', ...REVIEW];
const LINK_TEXT = ['text', 'tab', 'linebreak', 'field', ...REVIEW];

describe('node descriptors', () => {
  it('give the places content may take, as the editor and the Word file use them', () => {
    expect(ALLOWED_CHILDREN).toEqual({
      root: ['paragraph', 'heading', 'quote', 'list'],
      paragraph: INLINE,
      heading: INLINE,
      quote: INLINE,
      list: ['listitem'],
      listitem: ['list', ...INLINE],
      link: LINK_TEXT,
      autolink: LINK_TEXT,
      suggestion: ['text', 'tab', 'linebreak', 'footnote', 'field'],
      'comment-range': ['text', 'tab', 'linebreak', 'field', 'suggestion'],
    });
    expect(NOTE_ROOT_CHILDREN).toEqual(['paragraph']);
  });

  it('declare each type once and know no other', () => {
    const types = NODE_DESCRIPTORS.map((descriptor) => descriptor.type);
    expect(new Set(types).size).toBe(types.length);
    expect(types.every(isStoredNodeType)).toBe(true);
    expect(isStoredNodeType('image')).toBe(false);
    expect(isStoredNodeType('constructor')).toBe(false);
    expect(descriptorOf('toString')).toBeUndefined();
  });
});
