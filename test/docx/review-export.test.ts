// @vitest-environment jsdom
// The export for review: Word's own comments on their words (replies included, across runs and in
// footnotes) and the suggestions as tracked changes with their authors and dates. Real readers
// open it: pandoc shows the changes and comments, accepts or rejects them all; LibreOffice reads
// the comments (resolved ones as resolved) and the changes; replies are threaded as Word threads them.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExportOptions } from '../../shared/docx/options';
import { exportForReview } from '../../shared/review/export-for-review';
import { draftUnderReview, draftWithSuggestedBreaks } from '../fixtures/draft-under-review';
import {
  convertWithLibreOffice,
  elements,
  pandocMarkdown,
  paragraphText,
  part,
  partNames,
  tempDir,
  xml,
} from './support';

const dir = tempDir('review-export');
const docx = join(dir, 'for-review.docx');
const plain = (markdown: string) => markdown.replace(/\s+/g, ' ');

beforeAll(async () => {
  writeFileSync(
    docx,
    await exportForReview(draftUnderReview(), defaultExportOptions(), { now: new Date(Date.UTC(2026, 4, 5)) }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the Word file for review', () => {
  it('writes suggestions as tracked changes with author and date, deleted text as w:delText', () => {
    const body = xml(docx, 'word/document.xml');
    const [insertion] = elements(body, 'w:ins');
    expect(insertion!.getAttribute('w:author')).toBe('Ilse Varnhold');
    expect(insertion!.getAttribute('w:date')).toBe('2026-05-04T09:30:00Z');
    expect(
      elements(insertion!, 'w:t')
        .map((t) => t.textContent)
        .join(''),
    ).toBe('energy, water and');
    const [deletion] = elements(body, 'w:del');
    expect(
      elements(deletion!, 'w:delText')
        .map((t) => t.textContent)
        .join(''),
    ).toBe('water and');
    expect(elements(deletion!, 'w:t')).toHaveLength(0);
    const notes = xml(docx, 'word/footnotes.xml');
    expect(elements(notes, 'w:ins')[0]!.getAttribute('w:author')).toBe('Tomasz Orlind');
  });

  it('anchors each comment and its replies once on all its words, a comment on footnote text on its reference', () => {
    expect(partNames(docx)).toContain('word/comments.xml');
    const comments = elements(xml(docx, 'word/comments.xml'), 'w:comment');
    expect(comments.map((c) => c.getAttribute('w:author'))).toEqual([
      'Tomasz Orlind',
      'Ilse Varnhold',
      'Ilse Varnhold',
      'Tomasz Orlind',
    ]);
    const body = xml(docx, 'word/document.xml');
    const ids = (list: Element[]) => list.map((e) => e.getAttribute('w:id')).sort();
    expect(ids(elements(body, 'w:commentRangeStart'))).toEqual(['0', '1', '2', '3']);
    expect(ids(elements(body, 'w:commentRangeEnd'))).toEqual(['0', '1', '2', '3']);
    expect(ids(elements(body, 'w:commentReference'))).toEqual(['0', '1', '2', '3']);
    // The thread on "The CERT coordinates incident response" spans three runs (one bold).
    const start = elements(body, 'w:commentRangeStart').find((e) => e.getAttribute('w:id') === '0')!;
    const words: string[] = [];
    for (let node = start.nextSibling; node && node.nodeName !== 'w:commentRangeEnd'; node = node.nextSibling)
      words.push(node.textContent ?? '');
    expect(words.join('')).toBe('The CERT coordinates incident response');
    expect(partNames(docx)).toContain('word/footnotes.xml');
    expect(elements(xml(docx, 'word/footnotes.xml'), 'w:commentReference')).toHaveLength(0);
  });

  it('threads a reply under its comment and marks a resolved thread done, as Word 2013 and later read them', () => {
    const comments = elements(xml(docx, 'word/comments.xml'), 'w:comment');
    const paraIdOf = (comment: Element) => elements(comment, 'w:p').at(-1)!.getAttribute('w14:paraId');
    const [question, reply, resolved, note] = comments.map(paraIdOf);
    expect(new Set([question, reply, resolved, note]).size).toBe(4);
    for (const id of [question, reply, resolved, note]) expect(Number.parseInt(id!, 16)).toBeLessThan(0x80000000);
    expect(partNames(docx)).toContain('word/commentsExtended.xml');
    const extended = elements(xml(docx, 'word/commentsExtended.xml'), 'w15:commentEx').map((entry) => ({
      id: entry.getAttribute('w15:paraId'),
      parent: entry.getAttribute('w15:paraIdParent'),
      done: entry.getAttribute('w15:done'),
    }));
    expect(extended).toEqual([
      { id: question, parent: null, done: '0' },
      { id: reply, parent: question, done: '0' },
      { id: resolved, parent: null, done: '1' },
      { id: note, parent: null, done: '0' },
    ]);
    const relationships = part(docx, 'word/_rels/document.xml.rels');
    expect(relationships).toContain('Target="commentsExtended.xml"');
    expect(part(docx, '[Content_Types].xml')).toContain('commentsExtended+xml');
  });

  it('shows pandoc the changes and comments with their authors; accepting all gives the suggestion, rejecting all the original', () => {
    const all = plain(pandocMarkdown(docx, ['--track-changes=all']));
    expect(all).toMatch(/\[energy, water and\]\{\.insertion[^}]*author="Ilse Varnhold"/);
    expect(all).toMatch(/\[water and\]\{\.deletion[^}]*author="Ilse Varnhold"/);
    expect(all).toMatch(/\[Which CERT is meant\?\]\{\.comment-start[^}]*author="Tomasz Orlind"/);
    expect(all).toMatch(/\[The national one\.\]\{\.comment-start[^}]*author="Ilse Varnhold"/);
    expect(all).toMatch(/\[Cite the edition\.\]\{\.comment-start[^}]*author="Tomasz Orlind"/);

    const accepted = plain(pandocMarkdown(docx, ['--track-changes=accept']));
    expect(accepted).toContain('Examplia protects its energy, water and health services.');
    expect(accepted).toContain('See the national register of 2025.');
    const rejected = plain(pandocMarkdown(docx, ['--track-changes=reject']));
    expect(rejected).toContain('Examplia protects its water and health services.');
    expect(rejected).not.toContain('2025');
  });

  // LibreOffice alone can take half a minute to start on a busy machine.
  it('is read by LibreOffice with its comments and tracked changes', () => {
    const [fodt] = convertWithLibreOffice([docx], dir, 'fodt');
    const flat = readFileSync(fodt!, 'utf8');
    expect(flat).toMatch(
      /<office:annotation\b[\s\S]*Tomasz Orlind[\s\S]*Which CERT is meant\?[\s\S]*<\/office:annotation>/,
    );
    expect(flat).toMatch(/<text:changed-region[\s\S]*<text:insertion>[\s\S]*Ilse Varnhold/);
    expect(flat).toMatch(/<text:deletion>[\s\S]*Ilse Varnhold[\s\S]*water and/);
    // The resolved thread is read as resolved, the open ones as open.
    const resolved = [
      ...flat.matchAll(/<office:annotation\b[^>]*loext:resolved="(\w+)"[\s\S]*?<\/office:annotation>/g),
    ].map(([annotation, state]) => [state, /Is this a commitment\?/.test(annotation)]);
    expect(resolved).toHaveLength(4);
    for (const [state, isResolvedThread] of resolved) expect(state).toBe(isResolvedThread ? 'true' : 'false');
  }, 120_000);
});

describe('the Word file for review of a draft with suggested paragraph breaks', () => {
  const breaks = join(dir, 'breaks.docx');
  beforeAll(async () => {
    const options = { now: new Date(Date.UTC(2026, 4, 5)) };
    writeFileSync(breaks, await exportForReview(draftWithSuggestedBreaks(), defaultExportOptions(), options));
  });

  it('tracks them on the paragraph marks, as Word does (w:pPr/w:rPr/w:ins or w:del, with author and date)', () => {
    const paragraphs = elements(xml(breaks, 'word/document.xml'), 'w:p');
    const ending = (text: string) => {
      const p = paragraphs.find((candidate) => paragraphText(candidate) === text)!;
      const properties = p.getElementsByTagName('w:pPr')[0]!;
      const mark = Array.from(properties.children).find((child) => child.tagName === 'w:rPr')!;
      return Array.from(mark.children).map((change) => [
        change.tagName,
        change.getAttribute('w:author'),
        change.getAttribute('w:date'),
      ]);
    };
    expect(ending('Requests are answered within 24 hours. ')).toEqual([
      ['w:ins', 'Tomasz Orlind', '2026-05-04T09:33:00Z'],
    ]);
    expect(ending('A log is kept. ')).toEqual([['w:del', 'Ilse Varnhold', '2026-05-04T09:34:00Z']]);
  });

  it('reads in pandoc as the reviewed paragraphs when accepted and the original ones when rejected', () => {
    const accepted = pandocMarkdown(breaks, ['--track-changes=accept']);
    expect(accepted).toMatch(/Requests are answered within 24 hours\.\s*\n\s*\nA log is kept\. It is public\./);
    const rejected = pandocMarkdown(breaks, ['--track-changes=reject']);
    expect(rejected).toMatch(/Requests are answered within 24 hours\. A log is kept\.\s*\n\s*\nIt is public\./);
  });
});
