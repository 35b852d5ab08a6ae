// Opens the link dialog for the editor the request came from (toolbar button or Ctrl+K in the
// section body or in a footnote's text), prefilled from the link around the caret.
import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { $findMatchingParent } from '@lexical/utils';
import {
  $createTextNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  type LexicalEditor,
} from 'lexical';
import { useCallback, useEffect, useState } from 'react';
import { LINK_SHORTCUT_COMMAND } from '../shortcuts-extension';

export interface LinkRequest {
  editor: LexicalEditor;
  /** The address of the link being edited, '' for a new link. */
  url: string;
  /** No text is selected and the caret is not in a link: the dialog asks for the text too. */
  needsText: boolean;
}

function describeSelection(editor: LexicalEditor): LinkRequest | null {
  return editor.read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return null;
    const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
    return { editor, url: link?.getURL() ?? '', needsText: !link && selection.isCollapsed() };
  });
}

/** Applies a checked address: links the selection, or inserts the given text as a link. */
export function applyLink(request: LinkRequest, url: string, text: string): void {
  const { editor } = request;
  if (!request.needsText) {
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    return;
  }
  editor.update(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) selection.insertNodes([$createLinkNode(url).append($createTextNode(text))]);
  });
}

export function removeLink(request: LinkRequest): void {
  request.editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
}

export function useLinkDialog(sectionEditor: LexicalEditor, readOnly: boolean) {
  const [request, setRequest] = useState<LinkRequest | null>(null);
  const open = useCallback(
    (editor: LexicalEditor) => {
      if (!readOnly) setRequest(describeSelection(editor));
    },
    [readOnly],
  );
  const close = useCallback(() => setRequest(null), []);
  useEffect(
    () =>
      sectionEditor.registerCommand(
        LINK_SHORTCUT_COMMAND,
        (event, fromEditor) => {
          event.preventDefault();
          open(fromEditor);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [sectionEditor, open],
  );
  return { request, open, close };
}
