// A returned contribution .docx -> the contributor's copy, as a returned .normdraft would give
// it: the ticket (returnedAt set) and the asked sections holding what the contributor wrote,
// read with the project's Word reader (shared/import/docx/wordprocessing.ts) and written as
// Lexical JSON by the import's writer. The file must be a contribution to `lead`, and every
// asked section must be found (word-sections.ts); otherwise a WordContributionError says what is wrong.
import { fieldTexts } from '../model/field-texts';
import type { Draft, Section } from '../model/draft';
import { draftSchema } from '../model/schema';
import { acceptChanges } from '../import/docx/review';
import { wordprocessingToIr, type WordParts } from '../import/docx/wordprocessing';
import { LexicalWriter } from '../import/lexical';
import { WarningLog } from '../import/warnings';
import type { Block, HeadingBlock } from '../import/ir';
import type { SerializedEditorState, SerializedHeading, SerializedList, SerializedNode } from '../model/lexical-json';
import { partText, type OpcPackage } from '../ooxml/package';
import { checkedWordParts, detailOf, MAX_WORD_FILE_BYTES, openWordFile, type WordFileErrors } from '../word-file/open';
import { keepUnchanged } from './keep-unchanged';
import { WordContributionError } from './word-errors';
import { findAskedSections, SectionNotFound, type FoundSection } from './word-sections';
import { readWordTicket, type WordSectionMarker } from './word-ticket';

const ERRORS: WordFileErrors = {
  tooLarge: () => new WordContributionError('too-large', { limit: MAX_WORD_FILE_BYTES / (1024 * 1024) }),
  damaged: (detail) => new WordContributionError('damaged', {}, detail),
};

/**
 * The editor's level for a Word heading in a section (whose own heading is Heading 1): the title
 * block's Title is h1, Heading 1 and 2 the editor's heading (h2), deeper ones its sub-heading
 * (h3). Unchanged headings keep their own level (keep-unchanged.ts).
 */
function headingTag(block: HeadingBlock): SerializedHeading['tag'] {
  if (block.isTitle) return 'h1';
  return block.level <= 2 ? 'h2' : 'h3';
}

function sectionNodes(writer: LexicalWriter, blocks: readonly Block[]): SerializedNode[] {
  return blocks.flatMap((block) => {
    const nodes = writer.blocks([block], 1);
    return block.kind === 'heading'
      ? nodes.map((node) => (node.type === 'heading' ? { ...node, tag: headingTag(block) } : node))
      : nodes;
  });
}

const sameList = (a: SerializedList, b: SerializedList) =>
  a.listType === b.listType && a.$?.['listStyle'] === b.$?.['listStyle'];

/**
 * Adjacent lists of the same kind as one list: LibreOffice saves the items of one list with a
 * numbering instance each, which the reader takes for lists of one item.
 */
function joinAdjacentLists(nodes: SerializedNode[]): SerializedNode[] {
  const out: SerializedNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type !== 'list' || last?.type !== 'list' || !sameList(last, node)) {
      out.push(node);
      continue;
    }
    let value = last.start;
    const children = [...last.children, ...node.children].map((item) => {
      if (item.type !== 'listitem') return item;
      const nestedOnly = item.children.length > 0 && item.children.every((child) => child.type === 'list');
      return { ...item, value: nestedOnly ? value : value++ };
    });
    out[out.length - 1] = { ...last, children };
  }
  return out;
}

function sectionContent(parts: WordParts, found: FoundSection<WordSectionMarker>): SerializedEditorState {
  const log = new WarningLog();
  // Tracked changes are accepted: the contributor's text is the text as it would print. (Showing
  // them as changes is for the review of returned contributions.)
  const doc = acceptChanges(wordprocessingToIr({ ...parts, document: found.document, comments: undefined }, log));
  const writer = new LexicalWriter(doc, log);
  // Sub-headings sit under the section's own heading, which the export writes as Heading 1.
  return writer.state(joinAdjacentLists(sectionNodes(writer, doc.blocks)));
}

/** When the contributor last saved the file (its core properties), else now; never before it was sent. */
function returnedAt(pkg: OpcPackage, sentAt: number): number {
  const core = partText(pkg, 'docProps/core.xml');
  const modified = core && /<dcterms:modified[^>]*>([^<]+)<\/dcterms:modified>/.exec(core)?.[1];
  const time = modified ? Date.parse(modified) : Number.NaN;
  return Math.max(sentAt, Number.isFinite(time) ? time : Date.now());
}

function sectionName(marker: WordSectionMarker, base: Section | undefined): string {
  return base?.heading.trim() || marker.heading || marker.id;
}

export async function readReturnedDocx(bytes: Uint8Array, lead: Draft): Promise<Draft> {
  const pkg = await openWordFile(bytes, ERRORS);
  const { ticket, sections: markers } = readWordTicket(pkg);
  if (ticket.draftId !== lead.id)
    throw new WordContributionError(
      'other-draft',
      { title: lead.fields.title.trim() || lead.id },
      `ticket for draft ${ticket.draftId}`,
    );
  const parts = checkedWordParts(pkg, ERRORS);
  const bases = new Map(ticket.base.map((section) => [section.id, section]));
  // Every section in the file, so that a section given for reference ends the asked one before it.
  const inFile = markers.map((marker) => ({ ...marker, asked: marker.asked && ticket.sections.includes(marker.id) }));
  const asked = inFile.filter((marker) => marker.asked);
  const missing = ticket.sections.find((id) => !asked.some((marker) => marker.id === id));
  if (missing !== undefined) throw new WordContributionError('damaged', {}, `no marker for section ${missing}`);

  let found: Array<FoundSection<WordSectionMarker>>;
  try {
    found = findAskedSections(parts.document, inFile);
  } catch (error) {
    if (!(error instanceof SectionNotFound)) throw new WordContributionError('damaged', {}, detailOf(error));
    const name = sectionName(error.marker, bases.get(error.marker.id));
    throw new WordContributionError('section-missing', { section: name }, `section ${error.marker.id}`);
  }

  const fields = fieldTexts(lead);
  const returned = new Map<string, Section>();
  for (const section of found) {
    const base = bases.get(section.marker.id) ?? lead.sections.find((s) => s.id === section.marker.id);
    if (!base) throw new WordContributionError('damaged', {}, `no base for section ${section.marker.id}`);
    returned.set(base.id, { ...base, content: keepUnchanged(base.content, sectionContent(parts, section), fields) });
  }

  // The lead's other sections as they are (for reading only, never merged), or none when they were left out.
  const sections = lead.sections.flatMap((section) => {
    const own = returned.get(section.id);
    return own ? [own] : ticket.others === 'read-only' ? [section] : [];
  });
  for (const section of returned.values()) if (!lead.sections.some((s) => s.id === section.id)) sections.push(section);
  const at = returnedAt(pkg, ticket.sentAt);
  const { collaboration: _collaboration, clearance: _clearance, contribution: _contribution, ...rest } = lead;
  const copy: Draft = { ...rest, updatedAt: at, sections, contribution: { ...ticket, returnedAt: at } };
  const checked = draftSchema.safeParse(copy);
  if (!checked.success) throw new WordContributionError('too-long', {}, checked.error.issues[0]?.path.join('.'));
  return copy;
}
