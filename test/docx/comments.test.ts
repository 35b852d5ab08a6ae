// @vitest-environment jsdom
// The Word writer can write an extra part through the package layer: a comments part, its
// relationship and content type, and the comment's anchor in the body. Real readers open it:
// LibreOffice converts it with the body text and the comment, pandoc reads the comment on its words.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultExportOptions } from '../../shared/docx';
import { exportDocx } from '../../shared/docx/export-docx';
import { makeDraft, normSection } from './fixtures/draft';
import { p, state } from './fixtures/lexical';
import { convertWithLibreOffice, pandocMarkdown, part, partNames, tempDir } from './support';
import { publicDraft } from '../../shared/collab/public-draft';

const draft = makeDraft(
  {
    id: 'comments',
    language: 'en',
    title: 'Non-paper on norm 5',
    submitter: 'Republic of Examplia',
    issuingBody: '',
    forum: '',
    date: '2026-03-12',
  },
  [
    normSection(
      'e',
      'Human rights online',
      state(p('Examplia supports the protection of human rights online in every forum.')),
    ),
  ],
);
const COMMENT = {
  author: 'Examplia Digital Rights Forum',
  initials: 'EDRF',
  date: '2026-03-13T10:00:00Z',
  text: 'Name the forums & their rules.',
  quote: 'in every forum',
};

const dir = tempDir('comments');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a Word document with a comment', () => {
  // Two real readers on a busy machine: LibreOffice alone can take half a minute to start.
  it('opens in LibreOffice and pandoc, which see the body text and the comment on its words', async () => {
    const docx = join(dir, 'commented.docx');
    writeFileSync(
      docx,
      await exportDocx(
        publicDraft(draft),
        defaultExportOptions(),
        { now: new Date(Date.UTC(2026, 2, 13)) },
        { comments: [COMMENT] },
      ),
    );
    expect(partNames(docx)).toContain('word/comments.xml');
    expect(part(docx, '[Content_Types].xml')).toContain(
      'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"',
    );

    const markdown = pandocMarkdown(docx, ['--track-changes=all']);
    expect(markdown).toMatch(
      /\[Name the forums & their rules\.\]\{\.comment-start id="0" author="Examplia Digital Rights Forum"[^}]*\}in every forum\[\]\{\.comment-end id="0"\}/,
    );
    expect(markdown).toContain('Examplia supports the protection of human rights online');

    const [fodt] = convertWithLibreOffice([docx], dir, 'fodt');
    const flat = readFileSync(fodt!, 'utf8');
    expect(flat).toContain('Examplia supports the protection of human rights online');
    expect(flat).toMatch(
      /<office:annotation\b[^>]*>[\s\S]*Examplia Digital Rights Forum[\s\S]*Name the forums &amp; their rules\.[\s\S]*<\/office:annotation>/,
    );
  }, 120_000);

  it('is not what the export the user runs writes', async () => {
    const docx = join(dir, 'plain.docx');
    writeFileSync(
      docx,
      await exportDocx(publicDraft(draft), defaultExportOptions(), { now: new Date(Date.UTC(2026, 2, 13)) }),
    );
    expect(partNames(docx)).not.toContain('word/comments.xml');
    expect(part(docx, 'word/document.xml')).not.toContain('comment');
  });
});
