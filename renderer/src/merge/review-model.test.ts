// What the review lists comes from the draft's collaboration data and the marks in its text:
// pending changes with the text they put in, open conflicts, counts per section.
import { describe, expect, it } from 'vitest';
import { collabDraft } from '../../../test/fixtures/collab-draft';
import { MARK_KEYS } from '../../../shared/collab/marks';
import type { SerializedListItem, SerializedList } from '../../../shared/model/lexical-json';
import { paragraphNode, rootState, textNode } from '../../../shared/model/empty';
import { sectionPlainText } from '../../../shared/model/text';
import { changedBlocks, openCounts, pendingAuthors, reviewOf } from './review-model';

describe('review of a merged draft', () => {
  it('lists each pending change with the text it put in, and each open conflict, per section', () => {
    const reviews = reviewOf(collabDraft());
    expect(reviews.map((r) => [r.section.id, r.changes.length, r.conflicts.length])).toEqual([
      ['norm-g', 1, 0],
      ['norm-h', 0, 1],
    ]);
    const [change] = reviews[0]!.changes;
    expect(change!.change.author).toBe('cert');
    expect(sectionPlainText(change!.after)).toContain('The CERT shares incident data within four hours.');
    expect(pendingAuthors(reviews)).toEqual(['cert']);
  });

  it('says when a change’s text is no longer in the section, and keeps a deletion’s place as placed', () => {
    const draft = collabDraft();
    const replaced = {
      ...draft,
      sections: draft.sections.map((s) =>
        s.id === 'norm-g' ? { ...s, content: rootState([paragraphNode([textNode('New.')])]) } : s,
      ),
    };
    expect(reviewOf(draft)[0]!.changes[0]!.placed).toBe(true);
    expect(reviewOf(replaced)[0]!.changes[0]!.placed).toBe(false);
    const anchor = paragraphNode([textNode('After a deleted paragraph.')]);
    anchor.$ = { [MARK_KEYS.before]: 'other change-1' };
    const deleted = {
      ...draft,
      sections: draft.sections.map((s) => (s.id === 'norm-g' ? { ...s, content: rootState([anchor]) } : s)),
    };
    expect(reviewOf(deleted)[0]!.changes[0]!.placed).toBe(true);
  });

  it('leaves out what was accepted, rejected or resolved', () => {
    const draft = collabDraft();
    const collaboration = draft.collaboration!;
    const done = {
      ...draft,
      collaboration: {
        ...collaboration,
        changes: collaboration.changes.map((c) => ({ ...c, status: 'accepted' as const })),
        conflicts: collaboration.conflicts.map((c) => ({ ...c, status: 'resolved' as const })),
      },
    };
    expect(reviewOf(done)).toEqual([]);
    expect(openCounts(done).size).toBe(0);
  });

  it('counts open changes and conflicts per section for the outline', () => {
    expect([...openCounts(collabDraft())]).toEqual([
      ['norm-g', { changes: 1, conflicts: 0 }],
      ['norm-h', { changes: 0, conflicts: 1 }],
    ]);
    expect(openCounts({}).size).toBe(0);
  });

  it('takes a change’s list items with their list, and nothing of other changes', () => {
    const item = (text: string, change?: string): SerializedListItem => ({
      type: 'listitem',
      version: 1,
      value: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [textNode(text)],
      ...(change ? { $: { [MARK_KEYS.change]: change } } : {}),
    });
    const list: SerializedList = {
      type: 'list',
      version: 1,
      listType: 'bullet',
      start: 1,
      tag: 'ul',
      direction: null,
      format: '',
      indent: 0,
      children: [item('kept'), item('added by the CERT', 'c1'), item('added by justice', 'c2')],
    };
    const other = paragraphNode([textNode('Another change.')]);
    other.$ = { [MARK_KEYS.change]: 'c2' };
    const picked = changedBlocks(rootState([list, other]), 'c1');
    expect(sectionPlainText(picked)).toBe('added by the CERT');
    expect(picked.root.children[0]!.type).toBe('list');
  });
});
