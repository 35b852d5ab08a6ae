// What a reviewer adds in Word beyond words: a footnote inserted with tracking comes back as a
// suggested footnote (accepting adds the note, rejecting leaves none), and a tracked change to a
// section's heading as a comment on that section quoting the heading proposed.
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../model/draft';
import { fieldTexts } from '../../model/field-texts';
import type { SerializedNode } from '../../model/lexical-json';
import { hasChildren } from '../../model/walk';
import { readPackage, textOf, writePackage } from '../../ooxml/package';
import {
  del,
  exampliaDraft,
  exportOfExamplia,
  ins,
  LEGAL,
  POLICY,
  splice,
} from '../../../test/fixtures/reviewed-word-file';
import { bringBackReview } from '../bring-back';
import { forEachReviewNode } from '../content';
import { acceptSuggestions, rejectSuggestions } from '../suggestions';
import { writtenTexts } from './paragraphs';

const NOW = Date.UTC(2026, 5, 10);
const AT = '2026-06-04T08:30:00Z';

function env() {
  let n = 0;
  return { newId: () => `r${++n}`, now: NOW };
}

/** The exported file with its document and footnotes parts changed as Word writes them. */
async function reviewed(
  change: (parts: { document: string; footnotes: string }) => { document: string; footnotes: string },
) {
  const read = await readPackage(await exportOfExamplia());
  const documentPart = read.parts.find((p) => p.path === 'word/document.xml')!;
  const notesPart = read.parts.find((p) => p.path === 'word/footnotes.xml')!;
  const next = change({ document: textOf(documentPart), footnotes: textOf(notesPart) });
  const parts = read.parts.map((part) =>
    part === documentPart
      ? { ...part, data: next.document }
      : part === notesPart
        ? { ...part, data: next.footnotes }
        : part,
  );
  return writePackage({ relationships: read.relationships, parts });
}

/** The footnotes' texts of a section, in reading order. */
function notesOf(draft: Draft, sectionId: string): string[] {
  const fields = fieldTexts(draft);
  const out: string[] = [];
  const walk = (node: SerializedNode) => {
    if (node.type === 'footnote') out.push(...writtenTexts(node.note, fields));
    if (hasChildren(node)) node.children.forEach(walk);
  };
  walk(draft.sections.find((s) => s.id === sectionId)!.content.root);
  return out;
}

// Word's footnote inserted with tracking: the reference run and the note's text are both insertions.
const trackedNote = (id: number, author: string, text: string) => ({
  reference: `<w:ins w:id="${800 + id}" w:author="${author}" w:date="${AT}"><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r></w:ins>`,
  note: `<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:ins w:id="${820 + id}" w:author="${author}" w:date="${AT}"><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${text}</w:t></w:r></w:ins></w:p></w:footnote>`,
});

describe('a footnote a reviewer inserted with tracking', () => {
  it('comes back as a suggested footnote by that reviewer: accepting adds the note, rejecting leaves none', async () => {
    const added = trackedNote(7, POLICY, 'Regulation on National Contact Points, 2025.');
    const file = await reviewed(({ document, footnotes }) => ({
      document: splice(
        document,
        'English and French.',
        `<w:r><w:t xml:space="preserve">English and French.</w:t></w:r>${added.reference}`,
      ),
      footnotes: footnotes.replace('</w:footnotes>', `${added.note}</w:footnotes>`),
    }));
    const original = exampliaDraft();
    const { draft, report } = await bringBackReview(original, file, env());
    expect(report.unmatched).toBe(0);
    expect(report.sections.find((s) => s.id === 'norm-c')!.authors).toContain(POLICY);

    const suggested: string[] = [];
    forEachReviewNode(draft.sections.find((s) => s.id === 'norm-c')!.content, (node) => {
      if (node.type !== 'suggestion' || node.kind !== 'insert') return;
      const record = draft.review!.suggestions.find((s) => s.id === node.suggestionId)!;
      for (const child of node.children)
        if (child.type === 'footnote')
          suggested.push(`${record.author}: ${writtenTexts(child.note, fieldTexts(draft)).join(' ')}`);
    });
    expect(suggested).toEqual([`${POLICY}: Regulation on National Contact Points, 2025.`]);

    expect(notesOf(acceptSuggestions(draft, 'all'), 'norm-c')).toEqual([
      'Cyber Incident Act of 2024, section 12.',
      'Regulation on National Contact Points, 2025.',
    ]);
    expect(notesOf(rejectSuggestions(draft, 'all'), 'norm-c')).toEqual(['Cyber Incident Act of 2024, section 12.']);
  });
});

describe("a tracked change to a section's heading", () => {
  const HEADING = 'Norm 8 (UNGGE 2015 report, paragraph 13h) – States should respond to';
  const reviewedHeading = () =>
    reviewed(({ document, footnotes }) => ({
      // The legal adviser deletes "appropriate" and inserts "urgent" in the heading line, with tracking.
      document: splice(
        document,
        'respond to appropriate requests for assistance',
        `<w:r><w:t xml:space="preserve">respond to </w:t></w:r>${del(LEGAL, AT, 'appropriate')}${ins(LEGAL, AT, 'urgent')}<w:r><w:t xml:space="preserve"> requests for assistance</w:t></w:r>`,
      ),
      footnotes,
    }));

  it('comes back as a comment on that section quoting the proposed heading, by the reviewer, dated', async () => {
    const original = exampliaDraft();
    const { draft, report } = await bringBackReview(original, await reviewedHeading(), env());
    expect(report.unmatched).toBe(0);
    expect(report.sections.find((s) => s.id === 'norm-h')).toMatchObject({ comments: 1, authors: [LEGAL] });
    const thread = draft.review!.comments.find((c) => c.sectionId === 'norm-h')!;
    expect(thread.author).toBe(LEGAL);
    expect(thread.at).toBe(Date.parse(AT));
    expect(thread.text).toContain(`${HEADING} urgent requests for assistance by another State`);
    expect(thread.text).not.toContain('appropriate requests for assistance by');
    // On the section's first words, where it starts; the text itself is unchanged.
    const commented: string[] = [];
    forEachReviewNode(draft.sections.find((s) => s.id === 'norm-h')!.content, (node) => {
      if (node.type === 'comment-range')
        commented.push(node.children.map((c) => (c.type === 'text' ? c.text : '')).join(''));
    });
    expect(commented).toEqual(['Requests for assistance are answered within forty hours.']);
    expect(draft.sections.map((s) => s.heading)).toEqual(original.sections.map((s) => s.heading));
  });

  it('is not doubled when the same file is brought back again', async () => {
    const file = await reviewedHeading();
    const once = await bringBackReview(exampliaDraft(), file, env());
    const twice = await bringBackReview(once.draft, file, env());
    expect(twice.draft.review!.comments.filter((c) => c.sectionId === 'norm-h')).toHaveLength(1);
    expect(twice.report.comments).toBe(0);
  });
});
