import { describe, expect, it } from 'vitest';
import { publicDraft, PRIVATE_DRAFT_KEYS } from './public-draft';
import { MARK_PREFIX } from './marks';
import { collabDraft, contributionCopy } from '../../test/fixtures/collab-draft';
import { forEachBodyNode } from '../model/walk';

describe('the public projection of a draft', () => {
  it('drops contributors, merges, conflicts, clearance and the contribution ticket', () => {
    for (const draft of [collabDraft(), contributionCopy()]) {
      const shown = publicDraft(draft);
      for (const key of PRIVATE_DRAFT_KEYS) expect(key in shown).toBe(false);
      expect(JSON.stringify(shown)).not.toMatch(/Quillon|Vesna|Tarrow|Examplia CERT/);
    }
  });

  it('removes every review mark from the text, in the body and in footnotes, and keeps the rest', () => {
    const draft = collabDraft();
    const noteParagraph = draft.sections[0]!.content.root.children[0]!;
    if (noteParagraph.type !== 'paragraph') throw new Error('fixture changed');
    const footnote = noteParagraph.children[1]!;
    if (footnote.type !== 'footnote') throw new Error('fixture changed');
    footnote.note.root.children[0]!.$ = { 'collab:by': 'cert', keep: 'yes' };
    const shown = publicDraft(draft);
    const keys: string[] = [];
    for (const section of shown.sections)
      forEachBodyNode(section.content, (node) => {
        keys.push(...Object.keys(node.$ ?? {}));
        if (node.type === 'footnote') forEachBodyNode(node.note, (inner) => keys.push(...Object.keys(inner.$ ?? {})));
      });
    expect(keys.filter((key) => key.startsWith(MARK_PREFIX))).toEqual([]);
    expect(keys).toContain('keep');
    expect(JSON.stringify(shown.sections[1]!.content)).toBe(JSON.stringify(draft.sections[1]!.content));
  });

  it('leaves the stored draft as it was', () => {
    const draft = collabDraft();
    const before = JSON.stringify(draft);
    publicDraft(draft);
    expect(JSON.stringify(draft)).toBe(before);
  });
});
