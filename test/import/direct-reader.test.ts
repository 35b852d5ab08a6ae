// The direct reader of a Word document's XML (shared/import/docx/wordprocessing.ts) against the
// import the user runs (mammoth): on Word documents made by pandoc from the two realistic fixtures
// and on this app's own exports in four languages, both give the very same draft.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultExportOptions, exportDocx } from '../../shared/docx';
import { importDocument } from '../../shared/import';
import { buildDraft } from '../../shared/import/build-draft';
import { acceptChanges } from '../../shared/import/docx/review';
import { wordPartsOf, wordprocessingToIr } from '../../shared/import/docx/wordprocessing';
import { WarningLog } from '../../shared/import/warnings';
import type { Draft } from '../../shared/model/draft';
import { readPackage } from '../../shared/ooxml/package';
import { examplia as arabic } from '../docx/fixtures/examplia-ar';
import { examplia as english } from '../docx/fixtures/examplia-en';
import { examplia as russian } from '../docx/fixtures/examplia-ru';
import { examplia as chinese } from '../docx/fixtures/examplia-zh';
import { FIXTURES, pandoc, repoTemplates, tempDir } from './support';
import { publicDraft } from '../../shared/collab/public-draft';

const templates = repoTemplates();
const options = () => {
  let next = 0;
  return { templates, now: Date.UTC(2026, 3, 1), newId: () => `id-${next++}` };
};
const content = (draft: Draft) =>
  draft.sections.map((section) => [section.kind, section.norm, section.heading, section.content]);

async function bothWays(bytes: Uint8Array): Promise<[unknown, unknown]> {
  const viaMammoth = (await importDocument({ name: 'submission.docx', bytes }, options())).draft;
  const ir = wordprocessingToIr(wordPartsOf(await readPackage(bytes)), new WarningLog());
  const direct = buildDraft(acceptChanges(ir), 'docx', options(), new WarningLog()).draft;
  return [content(direct), content(viaMammoth)];
}

const dir = tempDir('direct-reader');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the direct Word reader', () => {
  // pandoc and two full imports of a long document each on a machine that may be busy.
  it.each(['examplia-non-paper', 'edrf-contribution'])(
    'builds the same draft as mammoth from %s made by pandoc',
    async (file) => {
      const docx = join(dir, `${file}.docx`);
      pandoc([join(FIXTURES, `${file}.md`), '-o', docx]);
      const [direct, viaMammoth] = await bothWays(new Uint8Array(readFileSync(docx)));
      expect(direct).toEqual(viaMammoth);
    },
    30_000,
  );

  it.each([
    ['English', english],
    ['Arabic', arabic],
    ['Russian', russian],
    ['Chinese', chinese],
  ])(
    'builds the same draft as mammoth from an %s export',
    async (_, draft) => {
      const [direct, viaMammoth] = await bothWays(
        await exportDocx(publicDraft(draft), defaultExportOptions(), { now: new Date(Date.UTC(2026, 2, 12)) }),
      );
      expect(direct).toEqual(viaMammoth);
    },
    30_000,
  );
});
