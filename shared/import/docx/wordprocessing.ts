// Reads a Word document's own XML (document.xml, footnotes.xml, comments.xml, with styles.xml and
// numbering.xml for headings and lists) into the intermediate form directly, keeping what mammoth
// drops: tracked insertions and deletions and comment ranges stay their own kinds (ir.ts), with
// their authors and dates, and the comments' text is kept by id. Paragraphs, headings (Word's
// Heading n and Title styles), quotes, lists (bullet, numbered, lettered, by level), bold, italic,
// underline, line breaks, links (checked with safeUrl) and footnote references are read as the
// mammoth path reads them; tables are read paragraph by paragraph, images are left out (both
// reported).
import { NS, RELATIONSHIP } from '../../ooxml/names';
import { textOf, type OpcPackage, type PackagePart } from '../../ooxml/package';
import { resolveTarget, type Relationship } from '../../ooxml/relationships';
import { childElements, readXml, type XmlElement } from '../../ooxml/xml/reader';
import { appendText, hasContent, linkOrText, pushInlines, trimInlines, type RunFormat } from '../inlines';
import {
  allBold,
  emptyIrDocument,
  FOOTNOTE_MARK,
  type Block,
  type Inline,
  type IrComment,
  type IrDocument,
  type ListKind,
  type TextRun,
  type TrackedParagraphMark,
} from '../ir';
import type { WarningLog } from '../warnings';
import { DETAILS_LINE_STYLES } from './styles';

export interface WordParts {
  document: string;
  /** The document part's relationships (hyperlink targets). */
  relationships: readonly Relationship[];
  footnotes?: string;
  footnoteRelationships?: readonly Relationship[];
  comments?: string;
  styles?: string;
  numbering?: string;
}

const NAMESPACES = { [NS.w]: 'w', [NS.r]: 'r' };
const read = (xml: string) => readXml(xml, NAMESPACES);
const attr = (element: XmlElement | undefined, name: string) => element?.attributes[`w:${name}`];
const child = (element: XmlElement | undefined, name: string) =>
  element ? childElements(element, name)[0] : undefined;
const OFF = new Set(['0', 'false', 'off', 'none']);
const isOn = (element: XmlElement | undefined) =>
  element !== undefined && !OFF.has((attr(element, 'val') ?? 'true').toLowerCase());

/** The Word parts of a package, found through its relationships as Word finds them. */
export function wordPartsOf(pkg: OpcPackage): WordParts {
  const byPath = (path: string | undefined) => pkg.parts.find((part) => part.path === path);
  const main = pkg.relationships.find((r) => r.type === RELATIONSHIP.officeDocument);
  const document = byPath(main && resolveTarget('', main.target));
  if (!document) throw new Error('no main document part');
  const related = (type: string): PackagePart | undefined => {
    const r = document.relationships?.find((candidate) => candidate.type === type && !candidate.external);
    return byPath(r && resolveTarget(document.path, r.target));
  };
  const office = (name: string) => RELATIONSHIP.officeDocument.replace(/officeDocument$/, name);
  const footnotes = related(RELATIONSHIP.footnotes);
  const text = (part: PackagePart | undefined) => part && textOf(part);
  return {
    document: textOf(document),
    relationships: document.relationships ?? [],
    footnotes: text(footnotes),
    footnoteRelationships: footnotes?.relationships ?? [],
    comments: text(related(RELATIONSHIP.comments)),
    styles: text(related(office('styles'))),
    numbering: text(related(office('numbering'))),
  };
}

/** Paragraph style ids by what the reader makes of them. */
function styleRoles(
  stylesXml: string | undefined,
): Map<string, { heading?: number; title?: boolean; quote?: boolean; bold?: boolean; details?: boolean }> {
  const roles = new Map<
    string,
    { heading?: number; title?: boolean; quote?: boolean; bold?: boolean; details?: boolean }
  >();
  if (!stylesXml) return roles;
  for (const style of childElements(read(stylesXml), 'w:style')) {
    const id = attr(style, 'styleId');
    const name = (attr(child(style, 'w:name'), 'val') ?? '').toLowerCase();
    if (!id) continue;
    const heading = /^heading ([1-6])$/.exec(name);
    if (heading) roles.set(id, { heading: Number(heading[1]) });
    else if (name === 'title') roles.set(id, { heading: 1, title: true });
    else if (['quote', 'intense quote', 'block text'].includes(name)) roles.set(id, { quote: true });
    else if (DETAILS_LINE_STYLES.some((details) => details.toLowerCase() === name)) roles.set(id, { details: true });
    else if (isOn(child(child(style, 'w:rPr'), 'w:b'))) roles.set(id, { bold: true });
  }
  return roles;
}

/** List kind and start of each numbering instance's levels: numId -> ilvl -> kind. */
function listLevels(numberingXml: string | undefined): Map<string, Map<string, { kind: ListKind; start: number }>> {
  const result = new Map<string, Map<string, { kind: ListKind; start: number }>>();
  if (!numberingXml) return result;
  const root = read(numberingXml);
  const abstract = new Map<string, Map<string, { kind: ListKind; start: number }>>();
  for (const definition of childElements(root, 'w:abstractNum')) {
    const levels = new Map<string, { kind: ListKind; start: number }>();
    for (const level of childElements(definition, 'w:lvl')) {
      const format = attr(child(level, 'w:numFmt'), 'val') ?? 'decimal';
      const kind: ListKind =
        format === 'bullet' ? 'bullet' : /letter|arabicAbjad|arabicAlpha/i.test(format) ? 'lettered' : 'number';
      levels.set(attr(level, 'ilvl') ?? '0', { kind, start: Number(attr(child(level, 'w:start'), 'val') ?? '1') || 1 });
    }
    abstract.set(attr(definition, 'abstractNumId') ?? '', levels);
  }
  for (const instance of childElements(root, 'w:num')) {
    const levels = abstract.get(attr(child(instance, 'w:abstractNumId'), 'val') ?? '');
    if (levels) result.set(attr(instance, 'numId') ?? '', levels);
  }
  return result;
}

interface Paragraph {
  inlines: Inline[];
  style: string | undefined;
  numbering: { numId: string; level: number } | undefined;
  mark: { mark: TrackedParagraphMark } | Record<never, never>;
}

class WordReader {
  readonly doc: IrDocument = emptyIrDocument();
  private readonly roles: ReturnType<typeof styleRoles>;
  private readonly lists: ReturnType<typeof listLevels>;
  private noteNumber = 0;

  constructor(
    private readonly parts: WordParts,
    private readonly log: WarningLog,
  ) {
    this.roles = styleRoles(parts.styles);
    this.lists = listLevels(parts.numbering);
  }

  read(): IrDocument {
    const body = child(read(this.parts.document), 'w:body');
    this.doc.blocks = this.blocks(body ? this.paragraphs(body, this.parts.relationships) : []);
    if (this.parts.footnotes) this.readFootnotes(this.parts.footnotes);
    if (this.parts.comments) this.readComments(this.parts.comments);
    return this.doc;
  }

  /** Every paragraph of a body, a note or a comment, in order: tables and content controls opened. */
  private paragraphs(container: XmlElement, links: readonly Relationship[]): Paragraph[] {
    const out: Paragraph[] = [];
    for (const element of childElements(container)) {
      if (element.name === 'w:p') out.push(this.paragraph(element, links));
      else if (element.name === 'w:tbl') {
        this.log.count('table-flattened');
        for (const row of childElements(element, 'w:tr'))
          for (const cell of childElements(row, 'w:tc')) out.push(...this.paragraphs(cell, links));
      } else if (element.name === 'w:sdt')
        out.push(...this.paragraphs(child(element, 'w:sdtContent') ?? element, links));
    }
    return out;
  }

  private paragraph(p: XmlElement, links: readonly Relationship[]): Paragraph {
    const properties = child(p, 'w:pPr');
    const numPr = child(properties, 'w:numPr');
    const numId = attr(child(numPr, 'w:numId'), 'val');
    const inlines: Inline[] = [];
    this.inlines(p, {}, links, inlines);
    // A tracked paragraph mark: a reviewer added or removed the break that ends the paragraph.
    const markProperties = child(properties, 'w:rPr');
    const inserted = child(markProperties, 'w:ins');
    const deleted = child(markProperties, 'w:del');
    const tracked = deleted ?? inserted;
    return {
      mark: tracked ? { mark: { status: deleted ? 'deleted' : 'inserted', ...this.review(tracked) } } : {},
      inlines: trimInlines(inlines),
      style: attr(child(properties, 'w:pStyle'), 'val'),
      numbering:
        numId && numId !== '0' ? { numId, level: Number(attr(child(numPr, 'w:ilvl'), 'val') ?? '0') || 0 } : undefined,
    };
  }

  private inlines(container: XmlElement, format: RunFormat, links: readonly Relationship[], out: Inline[]): void {
    for (const element of childElements(container)) {
      switch (element.name) {
        case 'w:r':
          this.run(element, format, out);
          break;
        case 'w:hyperlink':
          this.hyperlink(element, format, links, out);
          break;
        case 'w:ins':
        case 'w:moveTo': {
          const children: Inline[] = [];
          this.inlines(element, format, links, children);
          out.push({ kind: 'insertion', ...this.review(element), children });
          break;
        }
        case 'w:del':
        case 'w:moveFrom': {
          const footnotes: string[] = [];
          const text = deletedText(element, footnotes);
          if (text !== '')
            out.push({ kind: 'deletion', ...this.review(element), text, ...(footnotes.length ? { footnotes } : {}) });
          break;
        }
        case 'w:commentRangeStart':
        case 'w:commentRangeEnd': {
          const id = attr(element, 'id');
          if (id !== undefined)
            out.push({ kind: element.name === 'w:commentRangeStart' ? 'comment-start' : 'comment-end', id });
          break;
        }
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:fldSimple':
        case 'w:bdo':
        case 'w:dir':
          this.inlines(element, format, links, out);
          break;
        case 'w:sdt':
          this.inlines(child(element, 'w:sdtContent') ?? element, format, links, out);
          break;
      }
    }
  }

  private review(element: XmlElement): { author?: string; date?: string } {
    const author = attr(element, 'author');
    const date = attr(element, 'date');
    return { ...(author ? { author } : {}), ...(date ? { date } : {}) };
  }

  private run(run: XmlElement, outer: RunFormat, out: Inline[]): void {
    const properties = child(run, 'w:rPr');
    const format: RunFormat = { ...outer };
    if (isOn(child(properties, 'w:b'))) format.bold = true;
    if (isOn(child(properties, 'w:i'))) format.italic = true;
    if (isOn(child(properties, 'w:u'))) format.underline = true;
    for (const element of childElements(run)) {
      switch (element.name) {
        case 'w:t':
          appendText(out, element.children.map((text) => (text.type === 'text' ? text.value : '')).join(''), format);
          break;
        case 'w:tab':
          appendText(out, '\t', format);
          break;
        case 'w:noBreakHyphen':
          appendText(out, '\u2011', format);
          break;
        case 'w:br':
        case 'w:cr':
          if ((attr(element, 'type') ?? 'textWrapping') === 'textWrapping') out.push({ kind: 'break' });
          break;
        case 'w:footnoteReference': {
          const id = `footnote-${attr(element, 'id') ?? ''}`;
          out.push({ kind: 'footnote', id });
          this.doc.footnoteLabels.set(id, String(++this.noteNumber));
          break;
        }
        case 'w:drawing':
        case 'w:pict':
          this.log.count('image-dropped');
          break;
      }
    }
  }

  private hyperlink(element: XmlElement, format: RunFormat, links: readonly Relationship[], out: Inline[]): void {
    const inner: Inline[] = [];
    this.inlines(element, format, links, inner);
    // A link's runs are text: review marks inside a link are read as their accepted text.
    const runs: TextRun[] = [];
    const collect = (inlines: readonly Inline[]) => {
      for (const inline of inlines) {
        if (inline.kind === 'text') appendText(runs, inline.text, inline);
        else if (inline.kind === 'insertion') collect(inline.children);
      }
    };
    collect(inner);
    const id = element.attributes['r:id'];
    const anchor = attr(element, 'anchor');
    const target = id ? links.find((r) => r.id === id && r.type === RELATIONSHIP.hyperlink)?.target : undefined;
    const url = target !== undefined ? `${target}${anchor ? `#${anchor}` : ''}` : anchor ? `#${anchor}` : '';
    // A comment starting or ending inside the link is read as on the whole link.
    out.push(...inner.filter((inline) => inline.kind === 'comment-start'));
    if (url === '') pushInlines(out, runs);
    else pushInlines(out, linkOrText(url, runs, this.log));
    out.push(...inner.filter((inline) => inline.kind === 'comment-end'));
  }

  /** Paragraphs as blocks: headings, quotes, paragraphs, and numbered paragraphs gathered into lists. */
  private blocks(paragraphs: readonly Paragraph[]): Block[] {
    const out: Block[] = [];
    let list: { numId: string; stack: Array<{ block: Extract<Block, { kind: 'list' }>; level: number }> } | null = null;
    for (const paragraph of paragraphs) {
      if (!hasReadableContent(paragraph.inlines)) continue;
      const role = paragraph.style ? this.roles.get(paragraph.style) : undefined;
      const levels = paragraph.numbering && this.lists.get(paragraph.numbering.numId);
      if (paragraph.numbering && levels && !role?.heading) {
        const { numId, level } = paragraph.numbering;
        const shape = levels.get(String(level)) ?? { kind: 'number' as ListKind, start: 1 };
        const item: Block = { kind: 'paragraph', inlines: paragraph.inlines, ...paragraph.mark };
        // A paragraph of another list deeper than the open one nests in it (lists of lists are
        // often separate numbering instances); at the open list's own level it starts a new list.
        if (!list || (list.numId !== numId && level <= list.stack[0]!.level)) {
          const block = { kind: 'list' as const, list: shape.kind, start: shape.start, items: [] as Block[][] };
          out.push(block);
          list = { numId, stack: [{ block, level }] };
        }
        while (list.stack.length > 1 && list.stack[list.stack.length - 1]!.level > level) list.stack.pop();
        const top = list.stack[list.stack.length - 1]!;
        if (level > top.level && top.block.items.length > 0) {
          const nested = { kind: 'list' as const, list: shape.kind, start: shape.start, items: [[item]] };
          top.block.items[top.block.items.length - 1]!.push(nested);
          list.stack.push({ block: nested, level });
        } else top.block.items.push([item]);
        continue;
      }
      list = null;
      if (role?.heading)
        out.push({
          kind: 'heading',
          level: role.heading,
          inlines: paragraph.inlines,
          ...paragraph.mark,
          ...(role.title ? { isTitle: true } : {}),
        });
      else if (role?.quote) {
        const last = out[out.length - 1];
        const block: Block = { kind: 'paragraph', inlines: paragraph.inlines, ...paragraph.mark };
        if (last?.kind === 'quote') last.blocks.push(block);
        else out.push({ kind: 'quote', blocks: [block] });
      } else
        out.push({
          kind: 'paragraph',
          inlines: paragraph.inlines,
          ...paragraph.mark,
          ...(role?.bold || allBold(paragraph.inlines) ? { headingLike: true } : {}),
          ...(role?.details ? { detailsLine: true } : {}),
        });
    }
    return out;
  }

  private readFootnotes(xml: string): void {
    for (const note of childElements(read(xml), 'w:footnote')) {
      const type = attr(note, 'type');
      if (type && type !== 'normal') continue; // separators
      const paragraphs = this.paragraphs(note, this.parts.footnoteRelationships ?? []);
      this.doc.footnotes.set(
        `footnote-${attr(note, 'id') ?? ''}`,
        paragraphs.map((p) => p.inlines).filter(hasReadableContent),
      );
    }
  }

  private readComments(xml: string): void {
    const comments = new Map<string, IrComment>();
    for (const comment of childElements(read(xml), 'w:comment')) {
      const paragraphs = this.paragraphs(comment, [])
        .map((p) => p.inlines)
        .filter(hasReadableContent);
      comments.set(attr(comment, 'id') ?? '', { ...this.review(comment), paragraphs });
    }
    this.doc.comments = comments;
  }
}

/** The deleted text; a deleted footnote reference reads as FOOTNOTE_MARK and its id goes to `footnotes`. */
function deletedText(element: XmlElement, footnotes: string[]): string {
  let text = '';
  for (const node of element.children) {
    if (node.type !== 'element') continue;
    if (node.name === 'w:delText') text += node.children.map((t) => (t.type === 'text' ? t.value : '')).join('');
    else if (node.name === 'w:tab') text += '\t';
    else if (node.name === 'w:footnoteReference') {
      footnotes.push(`footnote-${attr(node, 'id') ?? ''}`);
      text += FOOTNOTE_MARK;
    } else text += deletedText(node, footnotes);
  }
  return text;
}

/** Content as the other readers count it, or a review mark (a paragraph whose text was all deleted is kept). */
function hasReadableContent(inlines: readonly Inline[]): boolean {
  return (
    hasContent(inlines) ||
    inlines.some(
      (inline) => inline.kind === 'insertion' || inline.kind === 'deletion' || inline.kind === 'comment-start',
    )
  );
}

export function wordprocessingToIr(parts: WordParts, log: WarningLog): IrDocument {
  return new WordReader(parts, log).read();
}
