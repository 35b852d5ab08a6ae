// Reads a Markdown document into the intermediate form: YAML front matter (its title becomes the
// document title), footnote definitions [^id]: text (indented continuation lines belong to them),
// link reference definitions, then the blocks.
import { emptyIrDocument, paragraphsOf, type IrDocument } from '../ir';
import type { WarningLog } from '../warnings';
import { parseBlocks } from './blocks';
import type { InlineContext } from './inline';

const FOOTNOTE_DEF = /^ {0,3}\[\^([^\]\s]{1,64})\]:[ \t]?(.*)$/;
const LINK_DEF = /^ {0,3}\[([^\]^][^\]]{0,199})\]:[ \t]*<?([^\s>]+)>?(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Front matter fields that become text of the draft (the others are listed in the report). */
const KEPT_FIELDS = ['title', 'subtitle', 'author', 'date'];

interface FrontMatter {
  lines: string[];
  values: Map<string, string>;
}

function frontMatter(lines: string[]): FrontMatter {
  const values = new Map<string, string>();
  if (lines[0]?.trim() !== '---') return { lines, values };
  const end = lines.findIndex((line, i) => i > 0 && i <= 200 && (line.trim() === '---' || line.trim() === '...'));
  if (end < 0) return { lines, values };
  for (const line of lines.slice(1, end)) {
    const match = /^([A-Za-z][\w-]*):[ \t]*(.+)$/.exec(line);
    if (match) values.set(match[1]!.toLowerCase(), match[2]!.trim().replace(/^(["'])(.*)\1$/, '$2'));
  }
  return { lines: lines.slice(end + 1), values };
}

/** Takes footnote and link definitions out of the text (outside fenced code). */
function takeDefinitions(lines: string[]) {
  const body: string[] = [];
  const footnotes = new Map<string, string[]>();
  const references = new Map<string, string>();
  const duplicateNotes: string[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fenceMatch = FENCE.exec(line);
    if (fence !== null || fenceMatch) {
      if (fence === null) fence = fenceMatch![1]!;
      else if (line.trimStart().startsWith(fence)) fence = null;
      body.push(line);
      continue;
    }
    const note = FOOTNOTE_DEF.exec(line);
    if (note) {
      const text = [note[2]!];
      while (i + 1 < lines.length) {
        const next = lines[i + 1]!;
        const indented = /^( {4}|\t)/.test(next);
        const lazy =
          next.trim() !== '' &&
          text[text.length - 1]!.trim() !== '' &&
          !FOOTNOTE_DEF.test(next) &&
          !/^ {0,3}(#|>|[-*+] )/.test(next);
        const blankThenIndented = next.trim() === '' && /^( {4}|\t)/.test(lines[i + 2] ?? '');
        if (!indented && !lazy && !blankThenIndented) break;
        text.push(next.replace(/^( {4}|\t)/, ''));
        i++;
      }
      if (!footnotes.has(note[1]!)) footnotes.set(note[1]!, text);
      else duplicateNotes.push(note[1]!);
      continue;
    }
    const link = LINK_DEF.exec(line);
    if (link) {
      const key = link[1]!.trim().toLowerCase();
      if (!references.has(key)) references.set(key, link[2]!);
      continue;
    }
    body.push(line);
  }
  return { body, footnotes, references, duplicateNotes };
}

export function markdownToIr(source: string, log: WarningLog): IrDocument {
  const doc = emptyIrDocument();
  const { lines, values } = frontMatter(source.replace(/^\uFEFF/, '').split(/\r\n?|\n/));
  const { body, footnotes, references, duplicateNotes } = takeDefinitions(lines);
  for (const label of duplicateNotes) log.add('footnote-duplicate', { marker: label });
  const ignored = [...values.keys()].filter((key) => !KEPT_FIELDS.includes(key));
  if (ignored.length > 0) log.add('front-matter-ignored', { fields: ignored.join(', ').slice(0, 200) });
  const ctx: InlineContext = {
    log,
    references,
    footnoteIds: (label) => (footnotes.has(label) ? `md-${label}` : undefined),
  };
  for (const [label, text] of footnotes) {
    doc.footnotes.set(`md-${label}`, paragraphsOf(parseBlocks(text, ctx, 1)));
    doc.footnoteLabels.set(`md-${label}`, label);
  }

  const title = values.get('title');
  if (title) doc.blocks.push({ kind: 'heading', level: 1, isTitle: true, inlines: [{ kind: 'text', text: title }] });
  for (const key of KEPT_FIELDS.slice(1)) {
    const value = values.get(key);
    if (value) doc.blocks.push({ kind: 'paragraph', inlines: [{ kind: 'text', text: value }] });
  }
  doc.blocks.push(...parseBlocks(body, ctx));
  return doc;
}
