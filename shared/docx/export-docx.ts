// Draft -> .docx bytes, in one pass over the sections in document order. Pure: runs in the
// renderer, a web worker, the CLI and tests (no DOM, no Node).
import { Document } from 'docx';
import type { Draft } from '../model/draft';
import type { RenderContext } from './context';
import { FootnoteCollector } from './footnotes';
import { languageProfile } from './language';
import { LinkRelationships } from './links';
import { appPropertiesXml, corePropertiesXml } from './metadata';
import { ListInstances, numberingOptions, type NumberingRegistry } from './numbering';
import type { DocxExportEnv, DocxExportOptions } from './options';
import { writePackage } from './package';
import { pageSetup } from './page';
import { markSectionRightToLeft } from './section-bidi';
import { sectionsToExport } from './empty-sections';
import { hasWords, sectionParagraphs } from './sections';
import { houseStyles } from './styles';
import { closingDateLine, missingForumLine, titleBlock } from './title-block';
import { runLanguageXml } from './wml';

/** Numbering instances go into docx's numbering part; the paragraphs refer to them by w:numId. */
function numberingRegistry(doc: Document): NumberingRegistry {
  return (reference, instance, definition) => {
    doc.Numbering.createConcreteNumberingInstance(reference, instance, definition);
    const concrete = doc.Numbering.ConcreteNumbering.findLast((c) => c.reference === reference && c.instance === instance);
    if (!concrete) throw new Error(`DOCX writer: no numbering for list "${reference}"`);
    return concrete.numId;
  };
}

export async function exportDocx(draft: Draft, options: DocxExportOptions, env: DocxExportEnv): Promise<Uint8Array> {
  const profile = languageProfile(draft.language);
  const sections = sectionsToExport(draft.sections, options.includeEmptySections);
  const base = { profile, language: runLanguageXml(profile) };

  // docx writes the package around an empty body; the numbering instances of the lists are
  // registered with it as the paragraphs are written.
  const doc = new Document({
    styles: houseStyles(profile),
    numbering: numberingOptions(draft.language),
    sections: [{ ...pageSetup(options.headerLine, profile), children: [] }],
  });
  if (profile.rtl) markSectionRightToLeft(doc);
  const lists = new ListInstances(numberingRegistry(doc), draft.language);
  const footnoteLinks = new LinkRelationships('rIdNoteLink');
  const footnotes = new FootnoteCollector({ ...base, lists, links: footnoteLinks });
  const ctx: RenderContext = { ...base, lists, links: new LinkRelationships('rIdLink'), footnotes };

  // Steps: each section, then the footnotes, then writing the ZIP.
  const total = sections.length + 2;
  let done = 0;
  const step = () => env.onProgress?.(++done, total);
  env.onProgress?.(0, total);

  // The title block is the title section as the user edits it in the draft view; the block built
  // from the draft's fields is only for a draft without one (or with it emptied), never both.
  const titleSection = sections.find((s) => s.kind === 'title' && hasWords(s.content));
  const body: string[] = titleSection ? [] : titleBlock(draft, ctx);
  for (const section of sections) {
    sectionParagraphs(section, options, ctx, body, env.officialTexts);
    if (section === titleSection) body.push(...missingForumLine(draft, section, ctx));
    step();
  }
  // The closing line is the date, unless the draft's closing section says something itself.
  if (!sections.some((s) => s.kind === 'closing' && hasWords(s.content))) body.push(...closingDateLine(draft, ctx));
  const footnoteXml = footnotes.xml();
  step();

  const bytes = await writePackage(
    doc,
    [
      { path: 'docProps/core.xml', data: corePropertiesXml(draft, options, env, profile) },
      { path: 'docProps/app.xml', data: appPropertiesXml() },
    ],
    { body: body.join(''), footnotes: footnoteXml, documentLinks: ctx.links.xml, footnoteLinks: footnoteLinks.xml },
  );
  step();
  return bytes;
}
