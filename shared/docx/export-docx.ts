// Draft -> .docx bytes, in one pass over the sections in document order. Pure: runs in the
// renderer, a web worker, the CLI and tests (no DOM, no Node).
import type { Paragraph } from 'docx';
import { Document, Packer } from 'docx';
import type { Draft } from '../model/draft';
import type { RenderContext } from './context';
import { FootnoteCollector } from './footnotes';
import { languageProfile } from './language';
import { appPropertiesXml, corePropertiesXml } from './metadata';
import { ListInstances, numberingOptions } from './numbering';
import type { DocxExportEnv, DocxExportOptions } from './options';
import { pageSetup } from './page';
import { markSectionRightToLeft } from './section-bidi';
import { hasWords, sectionParagraphs } from './sections';
import { houseStyles } from './styles';
import { closingDateLine, titleBlock } from './title-block';

export async function exportDocx(draft: Draft, options: DocxExportOptions, env: DocxExportEnv): Promise<Uint8Array> {
  const profile = languageProfile(draft.language);
  const lists = new ListInstances();
  const footnotes = new FootnoteCollector({ profile, lists });
  const ctx: RenderContext = { profile, lists, footnotes };
  const sections = draft.sections.filter((s) => options.includeEmptyNorms || s.kind !== 'norm' || hasWords(s.content));

  // Steps: each section, then assembling the document, then writing the ZIP.
  const total = sections.length + 2;
  let done = 0;
  const step = () => env.onProgress?.(++done, total);
  env.onProgress?.(0, total);

  const body: Paragraph[] = titleBlock(draft, ctx);
  for (const section of sections) {
    sectionParagraphs(section, options, ctx, body);
    step();
  }
  // The closing line is the date, unless the draft's closing section says something itself.
  if (!sections.some((s) => s.kind === 'closing' && hasWords(s.content))) body.push(...closingDateLine(draft, ctx));

  const doc = new Document({
    styles: houseStyles(profile),
    numbering: numberingOptions(),
    footnotes: footnotes.notes,
    sections: [{ ...pageSetup(options.headerLine, ctx), children: body }],
  });
  if (profile.rtl) markSectionRightToLeft(doc);
  step();

  const bytes = await Packer.pack(doc, 'uint8array', false, [
    { path: 'docProps/core.xml', data: corePropertiesXml(draft, options, env, profile) },
    { path: 'docProps/app.xml', data: appPropertiesXml() },
  ]);
  step();
  return bytes;
}
