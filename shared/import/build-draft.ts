// The intermediate document -> a draft on a template, and the report of what went where.
import { isoDateOf } from '../model/dates';
import { NORM_LETTERS, type Draft, type NormLetter, type Section } from '../model/draft';
import type { Language } from '../model/languages';
import { headingNode, paragraphNode, textNode } from '../model/empty';
import { countFootnotes } from '../model/footnotes';
import type { SerializedNode } from '../model/lexical-json';
import { draftSchema, DRAFT_LIMITS } from '../model/schema';
import { suggestedStatus } from '../model/status';
import { sectionWordCount } from '../model/words';
import { createDraft } from '../templates/create-draft';
import type { Translate } from '../templates/messages';
import type { Template } from '../templates/schema';
import { documentTexts } from './document-texts';
import { ImportError } from './errors';
import { blockText, inlineText, type Block, type IrDocument } from './ir';
import { LexicalWriter } from './lexical';
import { detectFields } from './map/fields';
import { detectLanguage } from './map/language';
import { documentNormTitle } from './map/norm-title';
import { ownFrameContent } from './map/own-frame';
import { placeSegments, type OwnSectionContent, type UnplacedContent } from './map/place';
import { segmentDocument } from './map/segments';
import { chooseTemplate, detectSubmitterKind } from './map/template-choice';
import type { ImportFormat, ImportReport, UnplacedBlockReport } from './report';
import type { WarningLog } from './warnings';

export interface BuildOptions {
  templateId?: string;
  templates: readonly Template[];
  now: number;
  newId: () => string;
  translate?: Translate;
  translateFor?: (language: Language) => Translate;
}

const FRONT_CHARS = 6_000;
const SUBMITTER_UNKNOWN = '?';
const PREVIEW_CHARS = 160;

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS - 1)}…` : flat;
}

export function buildDraft(
  doc: IrDocument,
  format: ImportFormat,
  options: BuildOptions,
  log: WarningLog,
): { draft: Draft; report: ImportReport } {
  const wholeText = doc.blocks.map(blockText).join('\n');
  if (wholeText.trim() === '') throw new ImportError('empty');
  const { titleBlock, segments } = segmentDocument(doc.blocks);
  const preamble = segments[0]!;
  const front = segments
    .filter((s) => s.role === 'preamble' || s.role === 'summary')
    .flatMap((s) => s.blocks.map(blockText))
    .join('\n')
    .slice(0, FRONT_CHARS);
  const detectedKind = detectSubmitterKind(front, wholeText);
  const template = chooseTemplate(options.templates, detectedKind, options.templateId);
  const submitterKind = template.submitterKind === 'any' ? detectedKind : template.submitterKind;
  const language = detectLanguage(wholeText);
  const texts = documentTexts(language);
  const closing = segments.filter((s) => s.role === 'closing').flatMap((s) => s.blocks);
  const fields = detectFields(preamble.blocks, titleBlock, closing);

  const draft = createDraft(
    template,
    {
      // A draft needs a submitter to be made; when the document names none it is emptied below.
      submitter: fields.submitter || SUBMITTER_UNKNOWN,
      submitterKind,
      forum: fields.forum,
      language,
      date: fields.date ?? isoDateOf(options.now),
      issuingBody: fields.issuingBody,
      title: fields.title,
    },
    { now: options.now, newId: options.newId, translate: options.translateFor?.(language) ?? options.translate },
  );

  // Never a placeholder that would become the Word file's author: the report asks for the name.
  if (fields.submitter === '') draft.fields = { ...draft.fields, submitter: '' };
  const { placed, unplaced, own } = placeSegments(
    template,
    segments,
    log,
    draft.sections.map((section) => section.heading),
  );
  if (!placed.has(template.sections.findIndex((s) => s.kind === 'title'))) {
    for (const entry of unplaced) entry.blocks = entry.blocks.filter((block) => block !== titleBlock);
  }
  const templateSections = [...draft.sections];
  const templateContent = new Map(draft.sections.map((section) => [section, section.content]));
  const writer = new LexicalWriter(doc, log);
  const reports: ImportReport['sections'] = [];
  for (const content of [...placed.values()].sort((a, b) => a.section - b.section)) {
    const section = draft.sections[content.section]!;
    const nodes = content.blocks.flatMap((block): SerializedNode[] =>
      block === titleBlock && (block.kind === 'heading' || block.kind === 'paragraph')
        ? [headingNode('h1', writer.inlines(block.inlines))]
        : writer.blocks([block], content.level),
    );
    section.content = writer.state(nodes);
    // The app's own title block or date line: the template's section, with the details just found in it.
    if (section.kind === 'title' || section.kind === 'closing')
      section.content =
        ownFrameContent(
          section.kind,
          section.content,
          templateContent.get(section)!,
          draft,
          builtFromDetails(content.blocks),
        ) ?? section.content;
    section.status = suggestedStatus({ status: 'empty', content: section.content });
    // The document's own heading ("UK approach") stays the section's name; the kind stays the template's.
    if (section.kind !== 'norm' && section.kind !== 'title' && content.sourceHeading.trim() !== '')
      section.heading = keptHeading(content.sourceHeading);
    // A norm keeps the document's wording of its title; its label and official text are the export's.
    const normTitle = section.norm ? documentNormTitle(content.sourceHeading, section.norm) : null;
    if (normTitle !== null) section.heading = keptHeading(normTitle);
  }
  const ownSections = addOwnSections(draft, own, writer, unplaced, options.newId);

  const unplacedReport: UnplacedBlockReport[] = [];
  const unplacedNodes = writeUnplaced(unplaced, writer, unplacedReport);
  for (const [id, paragraphs] of doc.footnotes) {
    if (writer.usedNotes.has(id)) continue;
    const label = doc.footnoteLabels.get(id) ?? id;
    log.add('footnote-unreferenced', { marker: label });
    unplacedReport.push({
      index: unplacedNodes.length,
      preview: preview(`[${label}] ${paragraphs.map(inlineText).join(' ')}`),
      reason: 'unreferenced-footnote',
      heading: '',
    });
    for (const [i, inlines] of paragraphs.entries())
      unplacedNodes.push(
        paragraphNode([...(i === 0 ? [textNode(`[${label}] `)] : []), ...writer.inlines(inlines, true)]),
      );
  }
  let unplacedSectionId: string | null = null;
  if (unplacedNodes.length > 0) {
    const content = writer.state(unplacedNodes);
    const section: Section = {
      id: options.newId(),
      kind: 'other',
      norm: null,
      heading: texts.unplacedHeading,
      status: suggestedStatus({ status: 'empty', content }),
      content,
    };
    draft.sections.push(section);
    unplacedSectionId = section.id;
  }

  const sourceHeadings = new Map<Section, string>(
    [...placed.values()].map((content) => [templateSections[content.section]!, content.sourceHeading]),
  );
  for (const [section, sourceHeading] of ownSections) sourceHeadings.set(section, sourceHeading);
  for (const section of draft.sections) {
    const sourceHeading = sourceHeadings.get(section);
    if (sourceHeading === undefined) continue;
    reports.push({
      id: section.id,
      kind: section.kind,
      norm: section.norm,
      heading: section.heading,
      sourceHeading,
      words: sectionWordCount(section.content),
      footnotes: countFootnotes(section.content),
    });
  }
  const checked = draftSchema.safeParse(draft);
  if (!checked.success)
    throw new ImportError('too-complex', { detail: checked.error.issues[0]?.message ?? 'invalid content' });

  const found = new Set(segments.filter((s) => s.role === 'norm').map((s) => s.norm as NormLetter));
  return {
    draft,
    report: {
      format,
      templateId: template.id,
      templateDetected: options.templateId === undefined,
      submitterKind,
      language,
      submitterFound: fields.submitter !== '',
      normsFound: NORM_LETTERS.filter((letter) => found.has(letter)),
      normsMissing: NORM_LETTERS.filter((letter) => !found.has(letter)),
      footnotesKept: writer.footnoteCount,
      sections: reports,
      unplacedSectionId,
      unplaced: unplacedReport,
      warnings: log.list(),
    },
  };
}

/** The export built these lines from the details (their Word styles say so), not from a section's text. */
function builtFromDetails(blocks: readonly Block[]): boolean {
  return blocks.some((block) => block.kind === 'paragraph' && block.detailsLine === true);
}

/** A heading as a section's name: one line, without a trailing colon. */
function keptHeading(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/\s*[:：]$/u, '')
    .trim()
    .slice(0, DRAFT_LIMITS.headingChars);
}

/**
 * Headings the template has no section for become sections of their own (kind "other"), each
 * after the template section placed before it; past the draft's limit of sections their content
 * is unplaced instead. Returns the new sections with the headings they came from.
 */
function addOwnSections(
  draft: Draft,
  own: readonly OwnSectionContent[],
  writer: LexicalWriter,
  unplaced: UnplacedContent[],
  newId: () => string,
): Map<Section, string> {
  const added = new Map<Section, string>();
  const anchors = [...draft.sections];
  // One place is left for the "Unplaced content" section.
  const room = DRAFT_LIMITS.sections - draft.sections.length - 1;
  for (const [i, entry] of own.entries()) {
    if (i >= room) {
      unplaced.push({
        reason: 'no-matching-section',
        heading: entry.heading,
        blocks: entry.blocks,
        level: entry.level,
      });
      continue;
    }
    const content = writer.state(writer.blocks(entry.blocks, entry.level));
    const section: Section = {
      id: newId(),
      kind: 'other',
      norm: null,
      heading: keptHeading(entry.heading),
      status: suggestedStatus({ status: 'empty', content }),
      content,
    };
    // After its anchor and the own sections already put there; before everything but the title block.
    const anchor = entry.after >= 0 ? anchors[entry.after]! : anchors.find((s) => s.kind === 'title');
    let at = anchor ? draft.sections.indexOf(anchor) + 1 : 0;
    while (at < draft.sections.length && added.has(draft.sections[at]!)) at++;
    draft.sections.splice(at, 0, section);
    added.set(section, entry.heading);
  }
  return added;
}

function writeUnplaced(
  unplaced: UnplacedContent[],
  writer: LexicalWriter,
  report: UnplacedBlockReport[],
): SerializedNode[] {
  const nodes: SerializedNode[] = [];
  for (const entry of unplaced) {
    for (const block of entry.blocks as Block[]) {
      const written = writer.blocks([block], entry.level);
      if (written.length === 0) continue;
      report.push({
        index: nodes.length,
        preview: preview(blockText(block)),
        reason: entry.reason,
        heading: entry.heading,
      });
      nodes.push(...written);
    }
  }
  return nodes;
}
