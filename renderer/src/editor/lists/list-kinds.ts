// The three kinds of list the toolbar offers: bullet, numbered and lettered (a., b., c.).
// Lexical has no list type for lettered lists, so one is a numbered ListNode carrying the
// NodeState `listStyle: 'lower-alpha'`, serialised as `"$": {"listStyle": "lower-alpha"}`
// (shared/model/lexical-json.ts).
import { $insertList, $isListItemNode, $isListNode, $removeList, type ListNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $getState,
  $isRangeSelection,
  $setState,
  createCommand,
  createState,
  type LexicalNode,
  NODE_STATE_DIRECT,
} from 'lexical';
import { LETTERED_LIST_STYLE } from '../../../../shared/model/lexical-json';

export type ListStyle = '' | typeof LETTERED_LIST_STYLE;

export const listStyleState = createState('listStyle', {
  parse: (value: unknown): ListStyle => (value === LETTERED_LIST_STYLE ? LETTERED_LIST_STYLE : ''),
});

export function $isLetteredList(node: LexicalNode | null | undefined): boolean {
  return (
    $isListNode(node) && node.getListType() === 'number' && $getState(node, listStyleState) === LETTERED_LIST_STYLE
  );
}

/** For rendering: reads the state stored on this very version of the node. */
export function isLetteredListVersion(node: ListNode): boolean {
  return node.__listType === 'number' && $getState(node, listStyleState, NODE_STATE_DIRECT) === LETTERED_LIST_STYLE;
}

export function $setLettered(list: ListNode, lettered: boolean): void {
  $setState(list, listStyleState, lettered ? LETTERED_LIST_STYLE : '');
}

/** The innermost list holding the selection's anchor, if any. */
export function $selectedList(): ListNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const item = $findMatchingParent(selection.anchor.getNode(), $isListItemNode);
  const list = item?.getParent();
  return $isListNode(list) ? list : null;
}

export type ListKind = 'bullet' | 'number' | 'lettered';

export const TOGGLE_LIST_COMMAND = createCommand<ListKind>('TOGGLE_LIST_COMMAND');

/** The kind of the innermost list around the caret, or null outside lists. */
export function $selectedListKind(): ListKind | null {
  const list = $selectedList();
  if (!list) return null;
  if ($isLetteredList(list)) return 'lettered';
  return list.getListType() === 'bullet' ? 'bullet' : 'number';
}

/** Toolbar behaviour: pressing the button of the current kind ends the list, another kind converts it. */
export function $toggleListKind(kind: ListKind): void {
  const current = $selectedList();
  if (current && $selectedListKind() === kind) {
    $removeList();
    return;
  }
  const listType = kind === 'bullet' ? 'bullet' : 'number';
  if (current) {
    if (current.getListType() !== listType) current.setListType(listType);
  } else {
    $insertList(listType);
  }
  const list = $selectedList();
  if (list) $setLettered(list, kind === 'lettered');
}
