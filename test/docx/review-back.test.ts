// A reviewed file saved again by LibreOffice (which rewrites the whole package: its own runs,
// bookmarks, comment anchors and custom XML parts) comes back with the same changes and comments.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/model/draft';
import { bringBackReview } from '../../shared/review/bring-back';
import { forEachReviewNode, withoutReview } from '../../shared/review/content';
import { acceptSuggestions } from '../../shared/review/suggestions';
import { exampliaDraft, exportOfExamplia, LEGAL, POLICY, reviewAsWordDoes } from '../fixtures/reviewed-word-file';
import { convertWithLibreOffice, tempDir } from './support';

const dir = tempDir('review-back');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function changes(draft: Draft): string[] {
  const out: string[] = [];
  for (const section of draft.sections)
    forEachReviewNode(section.content, (node) => {
      if (node.type !== 'suggestion') return;
      const author = draft.review!.suggestions.find((s) => s.id === node.suggestionId)!.author;
      const words = node.children
        .map((c) => (c.type === 'text' ? c.text : c.type === 'footnote' ? '[note]' : ''))
        .join('');
      out.push(`${section.id}: ${node.kind} "${words}" by ${author}`);
    });
  return out;
}

describe('a reviewed file LibreOffice saved', () => {
  // LibreOffice starts and converts the file: seconds, not milliseconds.
  it('comes back with the same changes and comments', { timeout: 60_000 }, async () => {
    const reviewed = join(dir, 'reviewed.docx');
    writeFileSync(reviewed, await reviewAsWordDoes(await exportOfExamplia(), { forLibreOffice: true }));
    const outDir = join(dir, 'saved');
    const [saved] = convertWithLibreOffice([reviewed], outDir, 'docx');
    const env = () => {
      let n = 0;
      return { newId: () => `r${++n}`, now: Date.UTC(2026, 5, 10) };
    };
    const original = exampliaDraft();
    const fromWord = await bringBackReview(original, readFileSync(reviewed), env());
    const fromLibreOffice = await bringBackReview(original, readFileSync(saved!), env());

    expect(changes(fromLibreOffice.draft)).toEqual(changes(fromWord.draft));
    const threads = (draft: Draft) =>
      draft.review!.comments.map((t) => [t.author, t.text, t.replies.map((r) => [r.author, r.text])]);
    expect(threads(fromLibreOffice.draft)).toEqual(threads(fromWord.draft));
    expect(threads(fromLibreOffice.draft)).toEqual([
      [LEGAL, 'Every request, or only appropriate ones?', [[POLICY, 'Only appropriate ones.']]],
      [POLICY, 'Is thirty days realistic?', []],
    ]);
    expect(fromLibreOffice.report.unmatched).toBe(0);
    // The same text once all is accepted (comment marks aside: LibreOffice numbers comments its own way).
    const accepted = (draft: Draft) =>
      JSON.stringify(acceptSuggestions(draft, 'all').sections.map((section) => withoutReview(section.content)));
    expect(accepted(fromLibreOffice.draft)).toEqual(accepted(fromWord.draft));
  });
});
