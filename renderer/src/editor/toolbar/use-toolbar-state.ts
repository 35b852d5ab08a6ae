// What the toolbar shows as pressed or available for the editor it acts on, recomputed after
// each update of that editor (cheap: it looks at the selection only) and stored only on change.
import { getExtensionDependencyFromEditor } from '@lexical/extension';
import { HistoryExtension } from '@lexical/history';
import { $isLinkNode } from '@lexical/link';
import { useSignalValue } from '@lexical/react/useExtensionSignalValue';
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { $anchorBlock, blockKindOf, type BlockKind } from '../blocks/blocks-extension';
import { $selectionAtIndentCap } from '../limits/indent-cap';
import { $selectedListKind, type ListKind } from '../lists/list-kinds';

export interface SelectionFormat {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  block: BlockKind | null;
  list: ListKind | null;
  link: boolean;
  /** Indenting further would go past what a section can store. */
  atIndentCap: boolean;
}

const NOTHING: SelectionFormat = {
  bold: false,
  italic: false,
  underline: false,
  block: null,
  list: null,
  link: false,
  atIndentCap: false,
};

function $readFormat(): SelectionFormat {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NOTHING;
  const list = $selectedListKind();
  return {
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    block: blockKindOf($anchorBlock()),
    list,
    link: $findMatchingParent(selection.anchor.getNode(), $isLinkNode) !== null,
    // Only lists can be indented from the toolbar; elsewhere there is nothing to work out.
    atIndentCap: list !== null && $selectionAtIndentCap(),
  };
}

function same(a: SelectionFormat, b: SelectionFormat): boolean {
  return (Object.keys(a) as (keyof SelectionFormat)[]).every((key) => a[key] === b[key]);
}

export function useSelectionFormat(editor: LexicalEditor): SelectionFormat {
  const [format, setFormat] = useState<SelectionFormat>(NOTHING);
  useEffect(() => {
    const update = () => {
      const next = editor.read($readFormat);
      setFormat((previous) => (same(previous, next) ? previous : next));
    };
    update();
    return editor.registerUpdateListener(update);
  }, [editor]);
  return format;
}

export function useHistoryState(editor: LexicalEditor): { canUndo: boolean; canRedo: boolean } {
  const { canUndo, canRedo } = getExtensionDependencyFromEditor(editor, HistoryExtension).output;
  return { canUndo: useSignalValue(canUndo), canRedo: useSignalValue(canRedo) };
}
