import { describe, expect, it } from 'vitest';
import type { Draft } from '../model/draft';
import { paragraphState } from '../model/empty';
import { draftFingerprint } from '../model/fingerprint';
import { readNormdraft, serializeNormdraft } from '../format/normdraft';
import { exampliaNonPaper } from '../../test/fixtures/examplia';
import { findCommonBase, type DraftCopy } from './common-base';

/** The draft with its first section's text replaced. */
function edited(draft: Draft, text: string): Draft {
  return {
    ...draft,
    sections: draft.sections.map((s, i) => (i === 0 ? { ...s, content: paragraphState([text]) } : s)),
  };
}

/** The copy a colleague gets by opening a .normdraft file saved from `draft`. */
function fromFile(draft: Draft, id = draft.id): DraftCopy {
  const read = readNormdraft(serializeNormdraft(draft));
  return { draft: { ...read.draft, id }, lineage: read.lineage };
}

describe('findCommonBase', () => {
  const original = exampliaNonPaper();
  const library = (draft: Draft, history: Draft[] = []): DraftCopy => ({
    draft,
    lineage: null,
    history: history.map(draftFingerprint),
  });

  it('finds the state a file was saved from when only the colleague changed it', () => {
    const theirs = fromFile(original);
    theirs.draft = edited(theirs.draft, 'Examplia reports yearly.');
    expect(findCommonBase(library(original), theirs)).toEqual({
      kind: 'base',
      fingerprint: draftFingerprint(original),
      draft: original,
    });
  });

  it('finds the kept version both copies come from when both changed, also for a copy opened under a new id', () => {
    const theirs = fromFile(original, 'copy-of-original');
    theirs.draft = edited(theirs.draft, 'Their wording.');
    const mine = library(edited(original, 'My wording.'), [original]);
    const base = findCommonBase(mine, theirs, [edited(original, 'Unrelated'), original]);
    expect(base).toEqual({ kind: 'base', fingerprint: draftFingerprint(original), draft: original });
    expect(findCommonBase(theirs, mine, [original])).toEqual(base);
  });

  it('names the base even when no version holding its text is at hand', () => {
    const theirs = fromFile(original);
    theirs.draft = edited(theirs.draft, 'Their wording.');
    const mine = library(edited(original, 'My wording.'), [original]);
    expect(findCommonBase(mine, theirs)).toEqual({ kind: 'base-missing', fingerprint: draftFingerprint(original) });
  });

  it('says when two copies hold the same text', () => {
    expect(findCommonBase(library(original), fromFile(original))).toEqual({ kind: 'same' });
  });

  it('says when copies do not share a base: another draft, or an older file with no state in common', () => {
    const other = { ...edited(original, 'Another draft.'), id: 'another-draft' };
    expect(findCommonBase(library(original), library(other))).toEqual({ kind: 'unrelated', reason: 'other-draft' });
    const olderFile: DraftCopy = { draft: edited(original, 'Changed long ago.'), lineage: null };
    expect(findCommonBase(library(edited(original, 'Mine.'), [original]), olderFile)).toEqual({
      kind: 'unrelated',
      reason: 'no-shared-state',
    });
  });
});
