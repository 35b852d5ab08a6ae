import { describe, expect, it } from 'vitest';
import { normsWritten, suggestedStatus } from './status';
import { emptyEditorState, paragraphState } from './empty';
import { exampliaNonPaper, sectionOf } from '../../test/fixtures/examplia';

describe('section status', () => {
  it('is empty without words and drafting once words are written', () => {
    expect(suggestedStatus({ status: 'empty', content: emptyEditorState() })).toBe('empty');
    expect(suggestedStatus({ status: 'empty', content: paragraphState(['First words']) })).toBe('drafting');
    expect(suggestedStatus({ status: 'drafting', content: paragraphState(['', ' ']) })).toBe('empty');
  });

  it('never downgrades a section the user marked for review or final', () => {
    expect(suggestedStatus({ status: 'review', content: emptyEditorState() })).toBe('review');
    expect(suggestedStatus({ status: 'final', content: paragraphState(['Text']) })).toBe('final');
  });

  it('keeps a new edition\'s "to update" while the section is edited, until the user changes it', () => {
    expect(suggestedStatus({ status: 'update', content: paragraphState(['Text of last year, edited']) })).toBe(
      'update',
    );
    expect(suggestedStatus({ status: 'update', content: emptyEditorState() })).toBe('update');
  });

  it('counts the norms with words in them', () => {
    const draft = exampliaNonPaper();
    expect(normsWritten(draft)).toBe(3);
    sectionOf(draft, 'norm', 'j').content = emptyEditorState();
    expect(normsWritten(draft)).toBe(2);
  });
});
