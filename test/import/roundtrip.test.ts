// Import -> the project's own DOCX export -> pandoc: the norm texts, the paragraphs under each norm
// and every footnote survive; importing that export again gives back the same sections.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExportOptions, exportDocx } from '../../shared/docx';
import { NORM_LETTERS } from '../../shared/model/draft';
import { bodyText } from '../../shared/model/text';
import { normHeadingLine } from '../../shared/norms/official';
import { FIXTURES, footnoteTexts, importFile, pandoc, tempDir } from './support';
import { publicDraft } from '../../shared/collab/public-draft';

let dir: string;
beforeAll(() => {
  dir = tempDir('roundtrip');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** pandoc's Markdown without its inline markup, so the text can be compared with ours. */
function plain(markdown: string): string {
  return markdown
    .replace(/\\(.)/g, '$1')
    .replace(/<((?:https?:|mailto:)?[^<>\s]+)>/g, '$1')
    .replace(/\*\*|(?<![\w*])\*(?!\s)|(?<!\s)\*(?![\w*])/g, '')
    .replace(/\[([^\]^]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^\d+\]/g, '')
    .replace(/\s+/g, ' ');
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.each(['examplia-non-paper', 'edrf-contribution'])('%s round trip', (file) => {
  it('shows the same norm texts, paragraphs and footnotes after export, and imports back the same', async () => {
    const source = join(dir, `${file}.docx`);
    pandoc([join(FIXTURES, `${file}.md`), '-o', source]);
    const first = await importFile(source);

    const exported = join(dir, `${file}-exported.docx`);
    writeFileSync(
      exported,
      await exportDocx(publicDraft(first.draft), defaultExportOptions(), { now: new Date(Date.UTC(2026, 3, 2)) }),
    );
    const markdown = pandoc(['--from', 'docx', '--to', 'markdown-smart', '--wrap=none', exported]);
    const text = plain(markdown);

    for (const letter of NORM_LETTERS) {
      expect(text, `heading of norm ${letter}`).toContain(flat(normHeadingLine(letter)));
      const section = first.draft.sections.find((s) => s.norm === letter)!;
      for (const line of bodyText(section.content)
        .body.split('\n')
        .filter((l) => l.trim()))
        expect(text, `norm ${letter}`).toContain(flat(line));
    }
    const definitions = [...markdown.matchAll(/^\[\^(\d+)\]: (.*)$/gm)];
    expect(definitions).toHaveLength(first.report.footnotesKept);
    const notes = footnoteTexts(first.draft);
    definitions.forEach((definition, i) => expect(flat(plain(definition[2]!))).toBe(flat(notes[i]!)));

    const second = await importFile(exported);
    expect(second.report.normsFound).toEqual([...NORM_LETTERS]);
    expect(second.report.footnotesKept).toBe(first.report.footnotesKept);
    expect(footnoteTexts(second.draft)).toEqual(notes);
    for (const letter of NORM_LETTERS) {
      const before = first.draft.sections.find((s) => s.norm === letter)!;
      const after = second.draft.sections.find((s) => s.norm === letter)!;
      expect(bodyText(after.content).body, `norm ${letter}`).toBe(bodyText(before.content).body);
      expect(after.content).toEqual(before.content);
    }
  });
});
