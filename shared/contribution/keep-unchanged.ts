// A section read back from Word, with every top-level block the contributor left as it was
// replaced by the base's own block. Word cannot hold all of what a stored block holds (a field
// node, strikethrough, the heading level a sub-heading had, empty paragraphs), so a block read
// back from Word would differ from its base without anyone having changed it, and the merge
// would take the difference for an edit. Blocks are compared as the diff sees them, less what
// Word does not keep; blocks that differ are taken as read.
import { diffBlocks, type DiffBlock } from '../diff/blocks';
import { diffSequences } from '../diff/myers';
import type { FieldTexts } from '../model/field-texts';
import { TEXT_FORMAT, type SerializedEditorState, type SerializedNode } from '../model/lexical-json';
import { rootState } from '../model/empty';

/** What the Word reader keeps of a text's formats (docx/wordprocessing.ts). */
const READ_FORMATS = TEXT_FORMAT.bold | TEXT_FORMAT.italic | TEXT_FORMAT.underline;

function blockKey(block: DiffBlock): string {
  // A heading's level is not compared: the export writes two levels as one Word style.
  const style = block.style.kind === 'heading' ? 'heading' : `${block.style.kind}:${block.style.level}`;
  const tokens = block.tokens.map((token) =>
    token.kind === 'text'
      ? `t${token.marks & READ_FORMATS}:${token.link ?? ''}:${token.text}`
      : token.kind === 'footnote'
        ? `f${token.text.replace(/\s+/g, ' ').trim()}`
        : '',
  );
  return `${style}|${tokens.join('\u0000')}`;
}

/** A node's key, or '' for a node that shows nothing (an empty paragraph: Word leaves it out). */
function nodeKey(node: SerializedNode, fields: FieldTexts | undefined): string {
  const blocks = diffBlocks(rootState([node]), fields).filter((block) => block.tokens.length > 0);
  return blocks.map(blockKey).join('\u0001');
}

export function keepUnchanged(
  base: SerializedEditorState,
  read: SerializedEditorState,
  fields: FieldTexts | undefined,
): SerializedEditorState {
  const baseNodes = base.root.children;
  const readNodes = read.root.children;
  const ids = new Map<string, number>();
  const intern = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const shown = (nodes: readonly SerializedNode[], fieldTexts?: FieldTexts) => {
    const at: number[] = [];
    const keys: number[] = [];
    nodes.forEach((node, index) => {
      const key = nodeKey(node, fieldTexts);
      if (key === '') return;
      at.push(index);
      keys.push(intern(key));
    });
    return { at, keys };
  };
  const a = shown(baseNodes, fields);
  const b = shown(readNodes);
  const runs = diffSequences(a.keys, b.keys);
  if (!runs) return read;

  const out: SerializedNode[] = [];
  let pa = 0;
  let pb = 0;
  let lastBase = -1;
  let endedEqual = false;
  for (const run of runs) {
    for (let k = 0; k < run.length; k++) {
      if (run.op === 'equal') {
        const index = a.at[pa++]!;
        // The base's empty paragraphs before it come back with it.
        out.push(...baseNodes.slice(lastBase + 1, index + 1));
        lastBase = index;
        pb++;
      } else if (run.op === 'delete') lastBase = a.at[pa++]!;
      else out.push(readNodes[b.at[pb++]!]!);
    }
    endedEqual = run.op === 'equal';
  }
  if (endedEqual || runs.length === 0) out.push(...baseNodes.slice(lastBase + 1));
  const unchanged = out.length === baseNodes.length && out.every((node, index) => node === baseNodes[index]);
  return unchanged ? base : { root: { ...read.root, children: out.length > 0 ? out : read.root.children } };
}
