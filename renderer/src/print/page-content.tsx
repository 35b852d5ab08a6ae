// The document outline (shared with the Word writer) as page blocks: one block per paragraph the
// export writes, in its Word style, with the footnotes it references. Numbering comes from the
// outline's sections through the shared footnote numbering, list labels from the writer's list
// definitions, paragraph direction from the writer's rule. A section's structured answers and the
// capacity annex are the writer's texts (shared/docx/answer-texts.ts); a table is one block per
// row, so a long checklist runs on to the next page as it does in Word.
import type { CSSProperties, ReactNode } from 'react';
import { isBlankBlock, walkBlocks } from '../../../shared/docx/block-walk';
import { inlineText } from '../../../shared/model/text';
import { fieldText, type FieldTexts } from '../../../shared/model/field-texts';
import { listKind, listLabel, listStart } from '../../../shared/docx/list-labels';
import type { DocumentOutline, OutlineLine } from '../../../shared/docx/outline';
import { contentHeadingStyle, STYLE } from '../../../shared/docx/style-names';
import { paragraphIsRightToLeft } from '../../../shared/docx/text';
import { numberFootnotes } from '../../../shared/model/footnotes';
import type { Language } from '../../../shared/model/languages';
import type {
  SerializedElement,
  SerializedList,
  SerializedNode,
  SerializedText,
} from '../../../shared/model/lexical-json';
import { TEXT_FORMAT } from '../../../shared/model/lexical-json';
import { safeUrl } from '../../../shared/security/links';
import { answerEntries, type CapacityAnnexTexts, type DocumentTable } from '../../../shared/docx/answer-texts';

export interface PageBlock {
  node: ReactNode;
  keepWithNext: boolean;
  splittable: boolean;
  /** Indices into the footnotes, in the order of their references. */
  notes: number[];
  /** Starts a new page (the annex, after the writer's page break). */
  pageBreakBefore?: boolean;
  /** A table row: `node` is the row alone in its table (to measure); `cells` the row to join with the others. */
  row?: { table: number; header: boolean; cells: ReactNode };
}

export interface PageTable {
  /** Its column widths, as the Word table's grid. */
  columns: ReactNode;
  inlineSize: string;
  /** The header row's block, repeated at the top of each page the table runs on to, as Word does. */
  headerBlock: number;
}

export interface PageNote {
  number: number;
  node: ReactNode;
}

export interface PageContent {
  blocks: PageBlock[];
  notes: PageNote[];
  tables: PageTable[];
}

// Word's indents in twentieths of a point, shown in millimetres.
const mm = (twips: number) => `${(twips * 25.4) / 1440}mm`;
const INDENT_STEP = 720;
const LIST_INDENT = 720;
const LIST_LEVEL_INDENT = 360;
const LIST_HANGING = 360;
const KEEP_WITH_NEXT = new Set<string>([STYLE.title, STYLE.subtitle, STYLE.normHeading, ...STYLE.headings]);

interface Walk {
  rtl: boolean;
  language: Language;
  notes: PageNote[];
  nextNote: number;
  /** Footnote references of the block being built. */
  refs: number[];
  fields: FieldTexts;
}

/** Whether inline nodes produce any Word run (the writer leaves out a paragraph without). */
function hasRuns(nodes: readonly SerializedNode[], inNote: boolean, fields: FieldTexts): boolean {
  return nodes.some((node) => {
    if (node.type === 'text') return node.text !== '';
    if (node.type === 'field') return fieldText(node.fieldId, fields) !== '';
    if (node.type === 'linebreak' || node.type === 'tab') return true;
    if (node.type === 'footnote') return !inNote;
    return 'children' in node && Array.isArray(node.children) && hasRuns(node.children, inNote, fields);
  });
}

function marked(text: Pick<SerializedText, 'format' | 'text'>, key: number): ReactNode {
  const f = text.format;
  let node: ReactNode = text.text;
  if (f & TEXT_FORMAT.superscript) node = <sup>{node}</sup>;
  if (f & TEXT_FORMAT.subscript) node = <sub>{node}</sub>;
  if (f & TEXT_FORMAT.strikethrough) node = <s>{node}</s>;
  if (f & TEXT_FORMAT.underline) node = <u>{node}</u>;
  if (f & TEXT_FORMAT.italic) node = <em>{node}</em>;
  if (f & TEXT_FORMAT.bold) node = <strong>{node}</strong>;
  return <span key={key}>{node}</span>;
}

function inline(nodes: readonly SerializedNode[], walk: Walk | null, fields: FieldTexts, inLink = false): ReactNode[] {
  return nodes.map((node, key) => {
    switch (node.type) {
      case 'text':
        return marked(node, key);
      case 'field':
        return marked({ format: node.format, text: fieldText(node.fieldId, fields) }, key);
      case 'linebreak':
        return <br key={key} />;
      case 'tab':
        return <span key={key}>{'\t'}</span>;
      case 'footnote': {
        // A footnote inside footnote text is dropped, as in the Word file.
        if (!walk) return null;
        const index = walk.notes.length;
        const number = walk.nextNote++;
        walk.refs.push(index);
        walk.notes.push({ number, node: noteContent(node.note?.root?.children ?? [], number, walk) });
        return (
          <sup key={key} className="pl-ref" data-note={index}>
            {number}
          </sup>
        );
      }
      case 'link':
      case 'autolink': {
        const unlinked = (node as { isUnlinked?: unknown }).isUnlinked === true;
        const url = !inLink && !unlinked ? safeUrl(node.url) : null;
        const children = inline(node.children, walk, fields, inLink || url !== null);
        return url ? (
          <span key={key} className="pl-link">
            {children}
          </span>
        ) : (
          <span key={key}>{children}</span>
        );
      }
      default:
        return 'children' in node && Array.isArray(node.children) ? (
          <span key={key}>{inline(node.children, walk, fields, inLink)}</span>
        ) : null;
    }
  });
}

function alignment(format: SerializedElement['format'], rtl: boolean): CSSProperties['textAlign'] {
  // "left" and "right" keep meaning the physical side the user chose, as in the Word file.
  if (format === 'left') return rtl ? 'end' : 'start';
  if (format === 'right') return rtl ? 'start' : 'end';
  return format === '' ? undefined : format;
}

interface Paragraph {
  style: string;
  text: string;
  direction: SerializedElement['direction'];
  children: ReactNode;
  css?: CSSProperties;
  label?: string;
}

function paragraphElement(p: Paragraph, rtlDocument: boolean): ReactNode {
  const rtl = paragraphIsRightToLeft(rtlDocument, p.text, p.direction);
  return (
    <p className={`pl-p pl-${p.style}`} dir={rtl ? 'rtl' : 'ltr'} style={p.css}>
      {p.label !== undefined && <span className="pl-label">{p.label}</span>}
      {p.children}
    </p>
  );
}

/** The paragraphs of a section's or a footnote's top-level nodes, as the writer walks them. */
function paragraphs(
  nodes: readonly SerializedNode[],
  walk: Walk | null,
  rtlDocument: boolean,
  language: Language,
  options: { paragraphStyle: string; headingStyle?: string; fields: FieldTexts },
  emit: (p: Paragraph) => void,
): void {
  const counters = new Map<SerializedList, number>();
  const { fields } = options;
  walkBlocks(nodes, (step) => {
    if (step.type === 'list') counters.set(step.list, listStart(step.list));
    else if (step.type === 'list-item') {
      if (!hasRuns(step.inline, walk === null, fields)) return;
      const n = counters.get(step.list) ?? 1;
      counters.set(step.list, n + 1);
      const indent = LIST_INDENT + LIST_LEVEL_INDENT * step.level;
      emit({
        style: STYLE.list,
        text: inlineText(step.inline, undefined, fields),
        direction: step.direction,
        children: inline(step.inline, walk, fields),
        label: listLabel(listKind(step.list), n, step.level, language),
        css: { paddingInlineStart: mm(indent), textIndent: `-${mm(LIST_HANGING)}` },
      });
    } else if (step.type === 'block') {
      const { node } = step;
      if (isBlankBlock(node) || !hasRuns(node.children, walk === null, fields)) return;
      const style =
        node.type === 'heading'
          ? (options.headingStyle ?? contentHeadingStyle(node.tag))
          : node.type === 'quote'
            ? STYLE.quote
            : options.paragraphStyle;
      const indent =
        Number.isInteger(node.indent) && node.indent > 0 ? mm(INDENT_STEP * Math.min(node.indent, 10)) : undefined;
      emit({
        style,
        text: inlineText(node.children, undefined, fields),
        direction: node.direction,
        children: inline(node.children, walk, fields),
        css: { textAlign: alignment(node.format, rtlDocument), marginInlineStart: indent },
      });
    } else if (hasRuns([step.node], walk === null, fields)) {
      emit({
        style: options.paragraphStyle,
        text: inlineText([step.node], undefined, fields),
        direction: null,
        children: inline([step.node], walk, fields),
      });
    }
  });
}

function noteContent(
  nodes: readonly SerializedNode[],
  number: number,
  { rtl: rtlDocument, language, fields }: Walk,
): ReactNode {
  const out: ReactNode[] = [];
  paragraphs(nodes, null, rtlDocument, language, { paragraphStyle: STYLE.footnoteText, fields }, (p) => {
    // The number starts the note's first paragraph, as Word writes it.
    const first = out.length === 0;
    out.push(
      <div key={out.length}>
        {paragraphElement(
          {
            ...p,
            children: first
              ? [
                  <sup key="n" className="pl-ref">
                    {number}
                  </sup>,
                  ' ',
                  p.children,
                ]
              : p.children,
          },
          rtlDocument,
        )}
      </div>,
    );
  });
  if (out.length === 0)
    out.push(
      <div key={0}>
        {paragraphElement(
          { style: STYLE.footnoteText, text: '', direction: null, children: <sup className="pl-ref">{number}</sup> },
          rtlDocument,
        )}
      </div>,
    );
  return out;
}

/** A line of plain text as the writer's form paragraphs write it; an empty one still takes its line. */
function plain(text: string, rtl: boolean, bold = false): ReactNode {
  const children = text === '' ? <br /> : bold ? <strong>{text}</strong> : text;
  return paragraphElement({ style: 'Normal', text, direction: null, children }, rtl);
}

function tableRow(texts: readonly string[], header: boolean, rtl: boolean): ReactNode {
  return (
    <tr>
      {texts.map((text, at) =>
        header ? (
          <th key={at} scope="col">
            {plain(text, rtl, true)}
          </th>
        ) : (
          <td key={at}>{plain(text, rtl)}</td>
        ),
      )}
    </tr>
  );
}

/** The table's rows as blocks (header first), its columns in `tables`. */
function addTable(table: DocumentTable, rtl: boolean, blocks: PageBlock[], tables: PageTable[]): void {
  const total = table.widths.reduce((a, b) => a + b, 0);
  const columns = (
    <colgroup>
      {table.widths.map((width, at) => (
        <col key={at} style={{ inlineSize: `${(100 * width) / total}%` }} />
      ))}
    </colgroup>
  );
  const id = tables.length;
  tables.push({ columns, inlineSize: mm(total), headerBlock: blocks.length });
  const rows: Array<[string[], boolean]> = [
    [table.header, true],
    ...table.rows.map((r): [string[], boolean] => [r, false]),
  ];
  for (const [texts, header] of rows) {
    const cells = tableRow(texts, header, rtl);
    blocks.push({
      node: (
        <table className="pl-table" style={{ inlineSize: mm(total) }}>
          {columns}
          {header ? <thead>{cells}</thead> : <tbody>{cells}</tbody>}
        </table>
      ),
      // The header row stays with the first row under it.
      keepWithNext: header,
      splittable: false,
      notes: [],
      row: { table: id, header, cells },
    });
  }
}

/** What the export writes after the closing line, each on a new page, when it writes it. */
export interface PageAnnexes {
  changes?: readonly OutlineLine[] | null;
  capacity?: CapacityAnnexTexts | null;
}

/** The outline's page blocks, then the annexes. */
export function pageContent(outline: DocumentOutline, { changes, capacity }: PageAnnexes = {}): PageContent {
  const { rtl, language } = outline.profile;
  const numbering = numberFootnotes(outline.sections.map((s) => s.section));
  const walk: Walk = { rtl, language, notes: [], nextNote: 1, refs: [], fields: outline.fields };
  const blocks: PageBlock[] = [];
  const tables: PageTable[] = [];
  const add = (p: Paragraph, keepWithNext = KEEP_WITH_NEXT.has(p.style)) => {
    blocks.push({ node: paragraphElement(p, rtl), keepWithNext, splittable: !keepWithNext, notes: walk.refs });
    walk.refs = [];
  };
  const text = (node: ReactNode) => blocks.push({ node, keepWithNext: false, splittable: true, notes: [] });
  const line = (l: OutlineLine) =>
    add(
      { style: l.style, text: l.text, direction: null, children: l.text },
      KEEP_WITH_NEXT.has(l.style) || l.style === STYLE.issuingBody,
    );
  outline.titleBlock.forEach(line);
  for (const part of outline.sections) {
    walk.nextNote = numbering.firstNumberBySection.get(part.section.id) ?? walk.nextNote;
    const first = blocks.length;
    if (part.heading) line(part.heading);
    const nodes = part.section.content?.root?.children ?? [];
    paragraphs(
      nodes,
      walk,
      rtl,
      language,
      { paragraphStyle: 'Normal', headingStyle: part.titleBlock ? STYLE.title : undefined, fields: outline.fields },
      (p) => add(p),
    );
    // The structured answers: the question in bold, then the answer or the checklist's table.
    for (const entry of answerEntries(part.section.fields, outline.profile)) {
      text(plain(entry.question, rtl, true));
      if ('table' in entry) {
        addTable(entry.table, rtl, blocks, tables);
        text(plain('', rtl));
      } else text(plain(entry.answer, rtl));
    }
    // As in the Word file, a section's last paragraph never keeps with the next section.
    if (blocks.length > first) blocks[blocks.length - 1]!.keepWithNext = false;
    part.after.forEach(line);
  }
  outline.closing.forEach(line);
  // The writer's page break is a paragraph of its own: its empty line opens the new page.
  const pageBreak = () =>
    blocks.push({ node: plain('', rtl), keepWithNext: false, splittable: false, notes: [], pageBreakBefore: true });
  if (changes) {
    pageBreak();
    changes.forEach((l) => line({ text: l.text, style: l.style || 'Normal' }));
  }
  if (capacity) {
    pageBreak();
    line({ text: capacity.heading, style: STYLE.headings[0] });
    addTable(capacity.table, rtl, blocks, tables);
    text(plain('', rtl));
  }
  return { blocks, notes: walk.notes, tables };
}
