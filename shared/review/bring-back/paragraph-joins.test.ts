// Paragraphs joined or split in Word in ways the pairing of paragraphs has to see through: two
// paragraphs joined without tracking, a tracked paragraph mark ending a paragraph the reviewer
// added, and a join of a paragraph with the list item next to it. In each case accepting all gives
// the reviewed paragraphs and rejecting all the original ones.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../model/draft';
import { fieldTexts } from '../../model/field-texts';
import type { SerializedNode } from '../../model/lexical-json';
import { bullets, doc, para } from '../../../test/fixtures/content';
import { exampliaDraft, LEGAL, POLICY, reviewedByLegal } from '../../../test/fixtures/reviewed-word-file';
import { bringBackReview } from '../bring-back';
import { forEachParagraphMark } from '../paragraph-marks';
import { acceptSuggestions, rejectSuggestions } from '../suggestions';
import { writtenTexts } from './paragraphs';

const NOW = Date.UTC(2026, 5, 10);
const AT = '2026-06-03T14:40:00Z';

function env() {
  let n = 0;
  return { newId: () => `r${++n}`, now: NOW };
}

/** Norm (h)'s paragraphs, as the draft has them. */
const paragraphsOf = (draft: Draft) => writtenTexts(draft.sections[1]!.content, fieldTexts(draft));

function draftWith(...blocks: SerializedNode[]): Draft {
  const draft = exampliaDraft();
  draft.sections[1]!.content = doc(...blocks);
  return draft;
}

const reviewed = reviewedByLegal;

/** Word's joining of the paragraph ending with `end` and the next one: the mark between them gone. */
function joinAfter(body: string, end: string, joint = ''): string {
  const at = body.indexOf(`${end}</w:t></w:r></w:p>`);
  if (at < 0) throw new Error(`not in the part: ${end}`);
  const close = at + end.length;
  const next = body.indexOf('<w:r>', body.indexOf('<w:p', close + '</w:t></w:r></w:p>'.length));
  return `${body.slice(0, close)}${joint}</w:t></w:r>${body.slice(next)}`;
}

/** The paragraph holding `text` with its paragraph mark tracked (Word: w:pPr/w:rPr). */
function trackMark(body: string, text: string, change: string): string {
  const start = body.lastIndexOf('<w:p>', body.indexOf(text));
  const pPr = body.indexOf('<w:pPr>', start);
  if (pPr === start + '<w:p>'.length)
    return `${body.slice(0, pPr)}<w:pPr><w:rPr>${change}</w:rPr>${body.slice(pPr + '<w:pPr>'.length)}`;
  return `${body.slice(0, start)}<w:p><w:pPr><w:rPr>${change}</w:rPr></w:pPr>${body.slice(start + '<w:p>'.length)}`;
}

function marksOf(draft: Draft): string[] {
  const by = (id: string) => draft.review!.suggestions.find((s) => s.id === id)!.author;
  const out: string[] = [];
  forEachParagraphMark(draft.sections[1]!.content, (kind, id, block) =>
    out.push(`${kind} after "${writtenTexts(doc(block), fieldTexts(draft)).join('')}" by ${by(id)}`),
  );
  return out;
}

describe('two paragraphs joined in Word without tracking', () => {
  const ORIGINAL = ['Reports are kept.', 'Assistance is given free of charge.', 'It is given to every State.'];
  const draft = () => draftWith(...ORIGINAL.map((text) => para(text)));
  const file = () => reviewed(draft(), (body) => joinAfter(body, 'free of charge.', ' '));

  it('come back as a deleted paragraph mark by the file’s last editor, not as word changes', async () => {
    const { draft: back, report } = await bringBackReview(draft(), await file(), env());
    expect(report.unmatched).toBe(0);
    expect(marksOf(back)).toEqual([`delete after "Assistance is given free of charge. " by ${LEGAL}`]);
    expect(report.sections.find((s) => s.id === 'norm-h')).toMatchObject({ suggestions: 2, authors: [LEGAL] });
  });

  it('accepting all gives the one paragraph, rejecting all the two original ones', async () => {
    const { draft: back } = await bringBackReview(draft(), await file(), env());
    expect(paragraphsOf(acceptSuggestions(back, 'all'))).toEqual([
      'Reports are kept.',
      'Assistance is given free of charge. It is given to every State.',
    ]);
    // No empty paragraph is left where the second one was.
    expect(acceptSuggestions(back, 'all').sections[1]!.content.root.children).toHaveLength(2);
    expect(paragraphsOf(rejectSuggestions(back, 'all'))).toEqual(ORIGINAL);
    expect(JSON.stringify(rejectSuggestions(back, 'all').sections[1]!.content)).not.toContain('review:');
  });
});

describe('a paragraph added with its paragraph mark tracked, the last of those added', () => {
  const ORIGINAL = ['Reports are kept.', 'Assistance is given free of charge.'];
  const draft = () => draftWith(...ORIGINAL.map((text) => para(text)));
  // The policy officer types a new paragraph at the start of the second one with tracking: the
  // new paragraph's mark is the inserted one; its words were typed without tracking.
  const file = () =>
    reviewed(draft(), (body) => {
      const at = body.indexOf('<w:p>', body.indexOf('Reports are kept.'));
      const added = `<w:p><w:pPr><w:rPr><w:ins w:id="811" w:author="${POLICY}" w:date="${AT}"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Requests may be sent at any time.</w:t></w:r></w:p>`;
      return `${body.slice(0, at)}${added}${body.slice(at)}`;
    });

  it('comes back as a paragraph break suggested by the author of that mark; accepting all gives the reviewed paragraphs, rejecting all the original ones', async () => {
    const { draft: back, report } = await bringBackReview(draft(), await file(), env());
    expect(report.unmatched).toBe(0);
    expect(marksOf(back)).toEqual([`insert after "Reports are kept." by ${POLICY}`]);
    expect(paragraphsOf(acceptSuggestions(back, 'all'))).toEqual([
      'Reports are kept.',
      'Requests may be sent at any time.',
      'Assistance is given free of charge.',
    ]);
    expect(paragraphsOf(rejectSuggestions(back, 'all'))).toEqual(ORIGINAL);
  });
});

describe('a paragraph joined with the list item next to it, with tracking', () => {
  const original = () =>
    draftWith(
      para('Examplia reports:'),
      bullets(['incidents of national scale;'], ['requests received.']),
      para('Reports are public.'),
    );
  const deleted = (id: number) => `<w:del w:id="${id}" w:author="${POLICY}" w:date="${AT}"/>`;

  it('accepting joins the paragraph into the first item, rejecting keeps them apart', async () => {
    const file = await reviewed(original(), (body) => trackMark(body, 'Examplia reports:', deleted(821)));
    const { draft: back, report } = await bringBackReview(original(), file, env());
    expect(report.unmatched).toBe(0);
    expect(marksOf(back)).toEqual([`delete after "Examplia reports:" by ${POLICY}`]);
    const accepted = acceptSuggestions(back, 'all').sections[1]!.content;
    expect(writtenTexts(accepted, fieldTexts(back))).toEqual([
      'Examplia reports:incidents of national scale;',
      'requests received.',
      'Reports are public.',
    ]);
    expect(accepted.root.children.map((block) => block.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(paragraphsOf(rejectSuggestions(back, 'all'))).toEqual(paragraphsOf(original()));
  });

  it('accepting joins the last item with the paragraph after the list', async () => {
    const file = await reviewed(original(), (body) => trackMark(body, 'requests received.', deleted(822)));
    const { draft: back } = await bringBackReview(original(), file, env());
    expect(marksOf(back)).toEqual([`delete after "requests received." by ${POLICY}`]);
    const accepted = acceptSuggestions(back, 'all').sections[1]!.content;
    expect(writtenTexts(accepted, fieldTexts(back))).toEqual([
      'Examplia reports:',
      'incidents of national scale;',
      'requests received.Reports are public.',
    ]);
    expect(accepted.root.children.map((block) => block.type)).toEqual(['paragraph', 'list']);
    expect(paragraphsOf(rejectSuggestions(back, 'all'))).toEqual(paragraphsOf(original()));
  });
});
