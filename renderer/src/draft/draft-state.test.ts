import { describe, expect, it } from 'vitest';
import type { Section } from '../../../shared/model/draft';
import { footnoteNode, paragraphNode, paragraphState, rootState, textNode } from '../../../shared/model/empty';
import { footnoteStarts, numberFootnotes } from '../../../shared/model/footnotes';
import { normsWritten } from '../../../shared/model/status';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { contentCounts } from '../editor/block-counts';
import { onScreenDraft } from '../versions/open-draft';
import { draftReducer, draftTotals, type DraftAction, type OpenDraft, type SectionState } from './draft-state';

/** What the screen dispatches for an editor's change: its reader and the counts it gives. */
const typed = (sectionId: string, content: SerializedEditorState): DraftAction => ({
  type: 'content',
  sectionId,
  content: () => content,
  counts: (fields) => contentCounts(content, fields),
});

function section(
  id: string,
  kind: Section['kind'],
  norm: Section['norm'],
  footnotes: number,
  words: string[] = [],
): SectionState {
  const notes = Array.from({ length: footnotes }, (_, i) => footnoteNode([`Source ${i + 1}`]));
  const content = rootState([paragraphNode([textNode(words.join(' ')), ...notes])]);
  return { id, kind, norm, heading: id, status: 'empty', content: () => content, words: 0, footnotes };
}

const open = (sections: SectionState[]): OpenDraft => ({
  meta: {
    id: 'd',
    templateId: 't',
    fields: { title: 'T', submitter: 'S', issuingBody: '', forum: '', date: '2026-01-01' },
    submitterKind: 'state',
    language: 'en',
    createdAt: 0,
    updatedAt: 0,
  },
  sections,
});

describe('draft state', () => {
  it('numbers footnotes from the counts of earlier sections, as the model numbers them', () => {
    const sections = [
      section('summary', 'summary', null, 1),
      section('norm-a', 'norm', 'a', 0),
      section('norm-b', 'norm', 'b', 2),
      section('norm-c', 'norm', 'c', 1),
    ];
    expect(footnoteStarts(sections)).toEqual(
      numberFootnotes(onScreenDraft(open(sections)).sections).firstNumberBySection,
    );
    expect([...footnoteStarts(sections).values()]).toEqual([1, 2, 2, 4]);
  });

  it('typing updates words and footnotes live and moves an empty section to drafting', () => {
    let draft = open([section('norm-g', 'norm', 'g', 0)]);
    const typedText = rootState([paragraphNode([textNode('Three more words'), footnoteNode(['A note'])])]);
    draft = draftReducer(draft, typed('norm-g', typedText));
    expect(draft.sections[0]).toMatchObject({ words: 5, footnotes: 1, status: 'drafting' });
    // A version or a comparison taken now has the text as typed.
    expect(onScreenDraft(draft).sections[0]!.content).toEqual(typedText);
    draft = draftReducer(draft, typed('norm-g', paragraphState([])));
    expect(draft.sections[0]).toMatchObject({ words: 0, footnotes: 0, status: 'empty' });
  });

  it('counts a field in the text as the words of the draft’s value for it, live as typed', () => {
    let draft = open([section('title-block', 'title', null, 0)]);
    draft = { ...draft, meta: { ...draft.meta, fields: { ...draft.meta.fields, submitter: 'Republic of Examplia' } } };
    const field = { type: 'field', version: 1, fieldId: 'submitter', format: 0 } as const;
    const titleBlock = rootState([paragraphNode([textNode('Submitted by '), field])]);
    draft = draftReducer(draft, typed('title-block', titleBlock));
    expect(draft.sections[0]).toMatchObject({ words: 5 });
  });

  it('shows the review records as stored, leaving the sections as they are', () => {
    const draft = open([section('a', 'norm', 'a', 0, ['Text'])]);
    const review = { comments: [], suggestions: [{ id: 's1', author: 'Ministry of Justice', at: 3 }] };
    const next = draftReducer(draft, { type: 'review', review });
    expect(next.meta.review).toBe(review);
    expect(next.sections).toBe(draft.sections);
    expect(draftReducer(next, { type: 'review', review })).toBe(next);
  });

  it('never downgrades a status the user set to final', () => {
    let draft = open([section('norm-g', 'norm', 'g', 0)]);
    draft = draftReducer(draft, { type: 'status', sectionId: 'norm-g', status: 'final' });
    draft = draftReducer(draft, typed('norm-g', paragraphState(['Edited'])));
    expect(draft.sections[0]!.status).toBe('final');
  });

  it('totals count words, footnotes and norms written as the model does', () => {
    let draft = open([
      section('summary', 'summary', null, 1),
      section('norm-a', 'norm', 'a', 0),
      section('norm-b', 'norm', 'b', 0),
    ]);
    draft = draftReducer(draft, typed('norm-b', paragraphState(['Two words'])));
    draft = draftReducer(draft, typed('summary', paragraphState(['One'])));
    expect(draftTotals(draft.sections)).toEqual({
      words: 3,
      footnotes: 0,
      normsWritten: normsWritten(onScreenDraft(draft)),
      normsTotal: 2,
    });
    expect(normsWritten(onScreenDraft(draft))).toBe(1);
  });
});
