import { describe, expect, it } from 'vitest';
import { publicDraft } from '../collab/public-draft';
import { draftSchema } from '../model/schema';
import { sectionPlainText } from '../model/text';
import {
  commented,
  deleted,
  draftWithSuggestedBreaks,
  inserted,
  REVIEWERS,
  draftUnderReview,
  withMark,
} from '../../test/fixtures/draft-under-review';
import { bullets, doc, note, para } from '../../test/fixtures/content';
import { countFootnotes } from '../model/footnotes';
import { addComment, removeComment, reopenComment, replyToComment, resolveComment } from './comments';
import { reviewCounts } from './counts';
import { acceptSuggestions, rejectSuggestions } from './suggestions';
import { forEachReviewNode, hasReviewMarks } from './content';
import { writtenTexts } from './bring-back/paragraphs';
import { fieldTexts } from '../model/field-texts';
import { PARAGRAPH_MARK_KEYS, rewriteParagraphMarks } from './paragraph-marks';
import type { Draft } from '../model/draft';
import { diffBlocks, tokenKey } from '../diff/blocks';
import { parseNormdraft, serializeNormdraft } from '../format/normdraft';

const ORIGINAL = 'Examplia protects its water and health services.';
const SUGGESTED = 'Examplia protects its energy, water and health services.';

const textOf = (draft: Draft, index = 0) => sectionPlainText(draft.sections[index]!.content);
const reviewNodes = (draft: Draft) => {
  let count = 0;
  for (const section of draft.sections) forEachReviewNode(section.content, () => count++);
  return count;
};

describe('a draft under review', () => {
  it('is valid stored content and a valid draft', () => {
    expect(draftSchema.safeParse(draftUnderReview()).success).toBe(true);
  });

  it('survives a .normdraft file, written as version 3', () => {
    const text = serializeNormdraft(draftUnderReview());
    expect(JSON.parse(text).version).toBe(3);
    expect(parseNormdraft(text)).toEqual(draftUnderReview());
  });

  it('refuses a comment range inside a suggestion (a suggestion sits inside the comment range instead)', () => {
    const draft = draftUnderReview();
    const paragraph = draft.sections[1]!.content.root.children[0]!;
    if (paragraph.type !== 'paragraph') throw new Error('fixture changed');
    paragraph.children = [inserted('s9', commented('c2', 'within 24 hours'))];
    expect(draftSchema.safeParse(draft).success).toBe(false);
    paragraph.children = [commented('c2', inserted('s9', 'within 24 hours'))];
    expect(draftSchema.safeParse(draft).success).toBe(true);
  });

  it('refuses a review block with a field it does not know', () => {
    const draft = draftUnderReview() as Draft & { review: { extra?: number } };
    draft.review.extra = 1;
    expect(draftSchema.safeParse(draft).success).toBe(false);
  });

  it('is published without its review: insertions left out, deletions kept, comments unwrapped, no names', () => {
    const shown = publicDraft(draftUnderReview());
    expect('review' in shown).toBe(false);
    expect(textOf(shown as unknown as Draft)).toContain(ORIGINAL);
    expect(textOf(shown as unknown as Draft)).toContain('See the national register.');
    const json = JSON.stringify(shown);
    expect(json).not.toMatch(/suggestion|comment-range/);
    for (const name of REVIEWERS) expect(json).not.toContain(name);
  });
});

describe('accepting and rejecting suggestions', () => {
  it('accepting all gives the suggested text, footnotes included, and empties the suggestions', () => {
    const accepted = acceptSuggestions(draftUnderReview(), 'all');
    expect(textOf(accepted)).toContain(SUGGESTED);
    expect(textOf(accepted)).toContain('See the national register of 2025.');
    expect(accepted.review!.suggestions).toEqual([]);
    expect(accepted.review!.comments).toHaveLength(3);
  });

  it('rejecting all gives the original text', () => {
    const rejected = rejectSuggestions(draftUnderReview(), 'all');
    expect(textOf(rejected)).toContain(ORIGINAL);
    expect(textOf(rejected)).toContain('See the national register.');
    expect(rejected.review!.suggestions).toEqual([]);
  });

  it('decides one suggestion and leaves the others pending', () => {
    const draft = acceptSuggestions(draftUnderReview(), { suggestionId: 's1' });
    expect(textOf(draft)).toContain('Examplia protects its energy, water and health services.');
    expect(draft.review!.suggestions.map((s) => s.id)).toEqual(['s2', 's4']);
    const rejected = rejectSuggestions(draft, { suggestionId: 's2' });
    expect(textOf(rejected)).toContain('Examplia protects its  health services.');
  });

  it('decides a section at a time', () => {
    const draft = draftUnderReview();
    expect(rejectSuggestions(draft, { sectionId: 'norm-h' })).toBe(draft); // no suggestion there: nothing changes
    const g = acceptSuggestions(draftUnderReview(), { sectionId: 'norm-g' });
    expect(textOf(g)).toContain(SUGGESTED);
    expect(reviewCounts(g).get('norm-g')!.suggestions).toBe(0);
  });

  it('deletes a footnote whose reference is a suggested deletion only when it is accepted', () => {
    const draft = draftUnderReview();
    draft.sections[1]!.content = doc(para('Requests are answered', deleted('s5', note('Decree 12 of 2024.')), '.'));
    draft.review!.suggestions.push({ id: 's5', author: 'Tomasz Orlind', at: 0 });
    expect(draftSchema.safeParse(draft).success).toBe(true);
    expect(countFootnotes(publicDraft(draft).sections[1]!.content)).toBe(1);
    expect(countFootnotes(rejectSuggestions(draft, { suggestionId: 's5' }).sections[1]!.content)).toBe(1);
    const accepted = acceptSuggestions(draft, { suggestionId: 's5' });
    expect(countFootnotes(accepted.sections[1]!.content)).toBe(0);
    expect(textOf(accepted, 1)).toBe('Requests are answered.');
  });

  it('keeps the stored draft as it was', () => {
    const draft = draftUnderReview();
    const before = JSON.stringify(draft);
    acceptSuggestions(draft, 'all');
    rejectSuggestions(draft, 'all');
    expect(JSON.stringify(draft)).toBe(before);
  });
});

describe('suggested paragraph breaks', () => {
  const paragraphs = (draft: Draft | ReturnType<typeof publicDraft>) =>
    draft.sections[1]!.content.root.children.map((block) => sectionPlainText(doc(block)));

  it('are valid stored content, counted with the section’s suggestions', () => {
    expect(draftSchema.safeParse(draftWithSuggestedBreaks()).success).toBe(true);
    expect(reviewCounts(draftWithSuggestedBreaks()).get('norm-h')).toEqual({ suggestions: 2, comments: 0 });
  });

  it('rejecting all joins the inserted break and keeps the deleted one: the original paragraphs', () => {
    const rejected = rejectSuggestions(draftWithSuggestedBreaks(), 'all');
    expect(paragraphs(rejected)).toEqual(['Requests are answered within 24 hours. A log is kept. ', 'It is public.']);
    expect(JSON.stringify(rejected.sections[1]!.content)).not.toContain('review:');
    expect(rejected.review!.suggestions).toEqual([]);
  });

  it('accepting all keeps the inserted break and joins the deleted one: the reviewed paragraphs', () => {
    const accepted = acceptSuggestions(draftWithSuggestedBreaks(), 'all');
    expect(paragraphs(accepted)).toEqual(['Requests are answered within 24 hours. ', 'A log is kept. It is public.']);
    expect(JSON.stringify(accepted.sections[1]!.content)).not.toContain('review:');
  });

  it('are decided one at a time and per section, the other staying pending with its record', () => {
    const one = rejectSuggestions(draftWithSuggestedBreaks(), { suggestionId: 's7' });
    expect(paragraphs(one)).toEqual(['Requests are answered within 24 hours. ', 'A log is kept. ', 'It is public.']);
    expect(one.review!.suggestions.map((s) => s.id)).toEqual(['s1', 's2', 's4', 's6']);
    const section = acceptSuggestions(draftWithSuggestedBreaks(), { sectionId: 'norm-h' });
    expect(paragraphs(section)).toEqual(['Requests are answered within 24 hours. ', 'A log is kept. It is public.']);
    expect(section.review!.suggestions.map((s) => s.id)).toEqual(['s1', 's2', 's4']);
  });

  it('joined, keep the type of the first block, or of the second when the first is empty', () => {
    const draft = draftWithSuggestedBreaks();
    const heading = { ...para('Incidents'), type: 'heading', tag: 'h3' } as unknown as ReturnType<typeof para>;
    draft.sections[1]!.content = doc(withMark(heading, 'insert', 's6'), para(''));
    const joined = rejectSuggestions(draft, 'all').sections[1]!.content.root.children;
    expect(joined.map((block) => block.type)).toEqual(['heading']);
    draft.sections[1]!.content = doc(withMark(para(), 'insert', 's6'), heading);
    expect(rejectSuggestions(draft, 'all').sections[1]!.content.root.children.map((b) => b.type)).toEqual(['heading']);
  });

  it('are published as the text without them: the inserted break joined, the deleted one kept, no mark left', () => {
    const shown = publicDraft(draftWithSuggestedBreaks());
    expect(paragraphs(shown)).toEqual(['Requests are answered within 24 hours. A log is kept. ', 'It is public.']);
    expect(JSON.stringify(shown)).not.toMatch(/review:|s6|s7/);
  });
});

describe('suggested paragraph breaks at a list’s edge', () => {
  const marked = <T extends object>(block: T, id: string) => ({ ...block, $: { [PARAGRAPH_MARK_KEYS.delete]: id } });
  it('joined: the words stay in their place, an empty paragraph before the list goes, and the list stays a list', () => {
    const list = bullets(['incidents;'], ['requests received.']);
    const items = list.children;
    const content = doc(
      marked(para(), 'a'),
      { ...list, children: [items[0]!, marked(items[1]!, 'b')] },
      para('Reports are public.'),
    );
    const joined = rewriteParagraphMarks(content, () => 'join');
    expect(joined.root.children.map((block) => block.type)).toEqual(['list']);
    expect(writtenTexts(joined, fieldTexts(draftWithSuggestedBreaks()))).toEqual([
      'incidents;',
      'requests received.Reports are public.',
    ]);
  });
});

describe('comments', () => {
  it('are counted per section with suggestions, footnotes included', () => {
    const counts = reviewCounts(draftUnderReview());
    expect(counts.get('norm-g')).toEqual({ suggestions: 3, comments: 2 });
    expect(counts.get('norm-h')).toEqual({ suggestions: 0, comments: 1 });
  });

  it('are added on words of the body or of a footnote, and replied to, resolved and reopened', () => {
    let draft = addComment(draftUnderReview(), 'norm-h', 'answered', {
      id: 'c9',
      author: 'Ilse Varnhold',
      at: 5,
      text: 'By whom?',
    })!;
    expect(reviewCounts(draft).get('norm-h')!.comments).toBe(2);
    expect(textOf(draft, 1)).toBe('Requests are answered within 24 hours.');
    // '2025' is in a suggested insertion in a footnote: the suggestion is split around it.
    draft = addComment(draft, 'norm-g', '2025', { id: 'c10', author: 'Ilse Varnhold', at: 6, text: 'Check' })!;
    expect(reviewCounts(draft).get('norm-g')).toEqual({ suggestions: 3, comments: 3 });
    expect(sectionPlainText(acceptSuggestions(draft, 'all').sections[0]!.content)).toContain(
      'See the national register of 2025.',
    );
    draft = replyToComment(draft, 'c9', { id: 'c9r', author: 'Tomasz Orlind', at: 7, text: 'The CERT.' })!;
    draft = resolveComment(draft, 'c9', 'Ilse Varnhold', 8)!;
    expect(draft.review!.comments.find((c) => c.id === 'c9')).toMatchObject({
      replies: [{ text: 'The CERT.' }],
      resolved: { by: 'Ilse Varnhold', at: 8 },
    });
    draft = reopenComment(draft, 'c9')!;
    expect(draft.review!.comments.find((c) => c.id === 'c9')!.resolved).toBeNull();
    expect(draftSchema.safeParse(draft).success).toBe(true);
  });

  it('are not added on words the section does not hold, nor replied to when the thread is unknown', () => {
    expect(addComment(draftUnderReview(), 'norm-h', 'not there', { id: 'x', author: 'A', at: 1, text: '' })).toBeNull();
    expect(replyToComment(draftUnderReview(), 'nope', { id: 'r', author: 'A', at: 1, text: '' })).toBeNull();
  });

  it('are removed with their marks, the words staying', () => {
    const draft = removeComment(draftUnderReview(), 'c2')!;
    expect(textOf(draft, 1)).toBe('Requests are answered within 24 hours.');
    expect(reviewCounts(draft).get('norm-h')!.comments).toBe(0);
    expect(reviewNodes(draft)).toBe(reviewNodes(draftUnderReview()) - 1);
  });
});

describe('commented and suggested words in a comparison', () => {
  it('read as the words they wrap, so a comment alone changes nothing compared', () => {
    const plainDraft = removeComment(draftUnderReview(), 'c1')!;
    const keys = (draft: Draft) => diffBlocks(draft.sections[0]!.content).flatMap((b) => b.tokens.map(tokenKey));
    expect(keys(draftUnderReview())).toEqual(keys(plainDraft));
    expect(keys(draftUnderReview()).join('')).toContain('coordinates');
  });
});

describe('whether a section holds review marks', () => {
  it('finds a comment or suggestion and a suggested paragraph mark, and nothing in plain text with a footnote', () => {
    const plain = doc(para('Examplia protects its water.'), para('Its health services too', note('A note.')));
    expect(hasReviewMarks(plain)).toBe(false);
    expect(draftUnderReview().sections.some((section) => hasReviewMarks(section.content))).toBe(true);
    const breakMark = { ...para('Split here.'), $: { [PARAGRAPH_MARK_KEYS.insert]: 's1' } };
    expect(hasReviewMarks(doc(para('Before.'), breakMark))).toBe(true);
  });
});
