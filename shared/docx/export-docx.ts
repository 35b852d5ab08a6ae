// Draft -> .docx bytes, in one pass over the sections in document order. Pure: runs in the
// renderer, a web worker, the CLI and tests (no DOM, no Node).
import { Document } from 'docx';
import type { PublicDraft } from '../collab/public-draft';
import type { ReviewDraft } from '../review/review-draft';
import type { InternalDraft } from '../internal/internal-draft';
import { capacityNeeds, type CapacityNeedRow } from '../capacity/capacity-needs';
import { capacityAnnex } from './capacity-annex';
import { changesAnnex } from './changes-annex';
import { contactsTable } from './contacts-table';
import { internalCopyWords } from './document-words';
import {
  commentAnchorsClosed,
  commentsExtendedPartXml,
  commentsPartXml,
  writeComments,
  type DocxComment,
  type WordComment,
} from './comments';
import type { RenderContext, ReviewMarkup } from './context';
import { FootnoteCollector } from './footnotes';
import { LinkRelationships } from './links';
import { appPropertiesXml, corePropertiesXml } from './metadata';
import { ListInstances, numberingOptions, type NumberingRegistry } from './numbering';
import type { DocxExportEnv, DocxExportOptions } from './options';
import { writeWordPackage, type RelatedParts } from './package';
import { pageSetup } from './page';
import { markSectionRightToLeft } from './section-bidi';
import { documentOutline, type OutlineSection } from './outline';
import { lineParagraphs, sectionParagraphs } from './sections';
import { houseStyles } from './styles';
import { runLanguageXml } from './wml';

/** Numbering instances go into docx's numbering part; the paragraphs refer to them by w:numId. */
function numberingRegistry(doc: Document): NumberingRegistry {
  return (reference, instance, definition) => {
    doc.Numbering.createConcreteNumberingInstance(reference, instance, definition);
    const concrete = doc.Numbering.ConcreteNumbering.findLast(
      (c) => c.reference === reference && c.instance === instance,
    );
    if (!concrete) throw new Error(`DOCX writer: no numbering for list "${reference}"`);
    return concrete.numId;
  };
}

/**
 * What a document made from a draft for another purpose adds around the sections (a
 * contribution's cover note and section markers, shared/contribution/word-out.ts).
 */
export interface BodyLayout {
  /** Paragraphs before the title block. */
  top(ctx: RenderContext): string[];
  /** A section's paragraphs as they go into the body. */
  section(section: OutlineSection, paragraphs: string[], ctx: RenderContext): string[];
  /** Whether the closing date line is written. */
  closing: boolean;
}

/** Parts the export the user runs does not write yet (review features build on them). */
export interface DocxExtras {
  comments?: readonly DocxComment[];
  layout?: BodyLayout;
  related?: RelatedParts;
}

/** How the export for review writes suggestions and comment ranges, and which comments it anchored. */
export interface ReviewExtras {
  review: ReviewMarkup & { all(): WordComment[] };
  /** The section bookmarks and the markers' part a reviewed file is matched back with. */
  layout?: BodyLayout;
  related?: RelatedParts;
}

/**
 * Writes the internal projection: the delegation's own copy, with its private content (the points
 * of contact as a table at the end) and "Internal" at the top of every page, before any header
 * line the user chose. The one path private content takes into a document.
 */
export function exportInternalDocx(
  draft: InternalDraft,
  options: DocxExportOptions,
  env: DocxExportEnv,
): Promise<Uint8Array> {
  const internal = internalCopyWords(draft.language).header;
  const headerLine = [internal, options.headerLine.trim()].filter(Boolean).join(' – ');
  return writeDocx(draft, { ...options, headerLine }, env, {
    capacity: capacityNeeds(draft),
    end: (ctx) => contactsTable(draft.contacts, ctx),
  });
}

/** Writes the public projection: review and internal data cannot reach this path. */
export async function exportDocx(
  draft: PublicDraft,
  options: DocxExportOptions,
  env: DocxExportEnv,
  extras?: DocxExtras,
): Promise<Uint8Array>;
/** Writes a draft for review (shared/review/export-for-review.ts): its suggestions and comments as Word's own. */
export async function exportDocx(
  draft: ReviewDraft,
  options: DocxExportOptions,
  env: DocxExportEnv,
  extras: ReviewExtras,
): Promise<Uint8Array>;
export async function exportDocx(
  draft: PublicDraft | ReviewDraft,
  options: DocxExportOptions,
  env: DocxExportEnv,
  extras: DocxExtras & Partial<ReviewExtras> = {},
): Promise<Uint8Array> {
  // The overloads pair a review draft with review extras; the capacity table belongs to the
  // documents a delegation sends, not to copies made for review or contributions.
  const capacity = extras.review || extras.layout ? [] : capacityNeeds(draft as PublicDraft);
  return writeDocx(draft, options, env, { ...extras, capacity });
}

async function writeDocx(
  draft: PublicDraft | ReviewDraft | InternalDraft,
  options: DocxExportOptions,
  env: DocxExportEnv,
  extras: DocxExtras &
    Partial<ReviewExtras> & { capacity?: readonly CapacityNeedRow[]; end?: (ctx: RenderContext) => string[] } = {},
): Promise<Uint8Array> {
  const outline = documentOutline(draft, options, env.officialTexts);
  const { profile, sections } = outline;
  const { review } = extras;
  const base = { profile, language: runLanguageXml(profile), fields: outline.fields, ...(review ? { review } : {}) };

  // docx writes the styles, numbering, page setup, header and footer around an empty body (see
  // package.ts); the numbering instances of the lists are registered with it as the paragraphs are written.
  const doc = new Document({
    styles: houseStyles(profile),
    numbering: numberingOptions(draft.language),
    sections: [{ ...pageSetup(outline.headerLine, profile), children: [] }],
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

  // What goes in and in what order is the outline's (shared with the print layout).
  const { layout } = extras;
  const body = [...(layout?.top(ctx) ?? []), ...lineParagraphs(outline.titleBlock, ctx)];
  for (const section of sections) {
    if (layout) {
      const own: string[] = [];
      sectionParagraphs(section, ctx, own);
      body.push(...layout.section(section, own, ctx));
    } else sectionParagraphs(section, ctx, body);
    step();
  }
  if (layout?.closing !== false) body.push(...lineParagraphs(outline.closing, ctx));
  if (options.changesAnnex) body.push(...changesAnnex(draft, ctx));
  body.push(...capacityAnnex(extras.capacity ?? [], options, ctx));
  body.push(...(extras.end?.(ctx) ?? []));
  const footnoteXml = review ? commentAnchorsClosed(footnotes.xml()) : footnotes.xml();
  step();

  const comments: { body: string; xml: string | undefined; extended?: string | undefined } | undefined = review
    ? {
        body: commentAnchorsClosed(body.join('')),
        xml: review.all().length ? commentsPartXml(review.all()) : undefined,
        extended: commentsExtendedPartXml(review.all()),
      }
    : extras.comments?.length
      ? writeComments(body.join(''), extras.comments)
      : undefined;
  const bytes = await writeWordPackage(
    doc,
    [
      { path: 'docProps/core.xml', data: corePropertiesXml(draft, options, env, profile) },
      { path: 'docProps/app.xml', data: appPropertiesXml() },
    ],
    {
      body: comments?.body ?? body.join(''),
      footnotes: footnoteXml,
      documentLinks: ctx.links.relationships,
      footnoteLinks: footnoteLinks.relationships,
      comments: comments?.xml,
      commentsExtended: comments?.extended,
      related: extras.related,
    },
  );
  step();
  return bytes;
}
