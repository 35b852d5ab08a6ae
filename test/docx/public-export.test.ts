// Review data never reaches the Word file the user sends: every part of the package is read.
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../shared/docx/export-docx';
import { defaultExportOptions } from '../../shared/docx/options';
import { publicDraft } from '../../shared/collab/public-draft';
import { readZipDirectory } from '../../shared/ooxml/zip/read';
import { inflateEntry } from '../../shared/ooxml/zip/inflate';
import { collabDraft, REVIEW_ONLY_NAMES } from '../fixtures/collab-draft';
import { REVIEWERS, draftUnderReview, draftWithSuggestedBreaks } from '../fixtures/draft-under-review';

async function partsOf(bytes: Uint8Array): Promise<{ name: string; text: string }[]> {
  return Promise.all(
    readZipDirectory(bytes).map(async (entry) => ({
      name: entry.name,
      text: new TextDecoder().decode(await inflateEntry(bytes, entry, 50 * 1024 * 1024)),
    })),
  );
}

describe('the Word export of a draft with contributors, merges and clearance', () => {
  it('holds the text and none of the review data, in any part', async () => {
    const bytes = await exportDocx(publicDraft(collabDraft()), defaultExportOptions(), { now: new Date(0) });
    const parts = await partsOf(bytes);
    const all = parts.map((part) => part.text).join('\n');
    expect(all).toContain('shares incident data within four hours');
    for (const part of parts) {
      for (const name of REVIEW_ONLY_NAMES) expect(part.text, `${name} in ${part.name}`).not.toContain(name);
      expect(part.text, part.name).not.toMatch(/collab:|w:ins\b|w:del\b|w:comment/);
    }
  });
});

describe('the Word export of a draft with comments and suggestions', () => {
  it('holds the text as it stands without pending suggestions, and no comment, change or reviewer, in any part', async () => {
    const bytes = await exportDocx(publicDraft(draftUnderReview()), defaultExportOptions(), { now: new Date(0) });
    const parts = await partsOf(bytes);
    expect(parts.map((part) => part.name)).not.toContain('word/comments.xml');
    const document = parts.find((part) => part.name === 'word/document.xml')!.text;
    const words = document.replace(/<[^>]+>/g, '');
    expect(words).toContain('Examplia protects its water and health services.');
    expect(words).not.toContain('energy');
    expect(words).toContain('The CERT coordinates incident response across ministries.');
    const notes = parts.find((part) => part.name === 'word/footnotes.xml')!.text.replace(/<[^>]+>/g, '');
    expect(notes).toContain('See the national register.');
    expect(notes).not.toContain('2025');
    for (const part of parts) {
      for (const name of REVIEWERS) expect(part.text, `${name} in ${part.name}`).not.toContain(name);
      expect(part.text, part.name).not.toMatch(/w:ins\b|w:del\b|w:delText|w:comment|Which CERT|Cite the edition/);
    }
  });

  it('joins a pending inserted paragraph break and keeps a deleted one, with no trace of either in any part', async () => {
    const bytes = await exportDocx(publicDraft(draftWithSuggestedBreaks()), defaultExportOptions(), {
      now: new Date(0),
    });
    const parts = await partsOf(bytes);
    const document = parts.find((part) => part.name === 'word/document.xml')!.text;
    const paragraphs = document.split('</w:p>').map((paragraph) => paragraph.replace(/<[^>]+>/g, ''));
    expect(paragraphs).toContain('Requests are answered within 24 hours. A log is kept. ');
    expect(paragraphs).toContain('It is public.');
    for (const part of parts) {
      for (const name of REVIEWERS) expect(part.text, `${name} in ${part.name}`).not.toContain(name);
      expect(part.text, part.name).not.toMatch(/review:|w:ins\b|w:del\b|w:rPrChange/);
    }
  });
});
