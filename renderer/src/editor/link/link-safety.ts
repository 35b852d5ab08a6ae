// Links may only point to http, https or mailto addresses (shared/security/links.ts). The dialog
// checks what the user types; this module guards every other way a link can arrive (paste,
// copied editor content, stored content, a URL pasted over a selection) by turning an unsafe link
// back into plain text and a safe one into the URL the policy returns.
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { defineExtension, type LexicalNode, TextNode } from 'lexical';
import { safeUrl } from '../../../../shared/security/links';

/** Keeps a safe link with the policy's URL (e.g. a mail link loses its attachments); replaces an unsafe one by its children. */
export function $neutraliseLink(link: LinkNode): LexicalNode[] {
  const children = link.getChildren();
  const url = safeUrl(link.getURL());
  if (url !== null) {
    if (url !== link.getURL()) link.setURL(url);
    return [link];
  }
  if (link.getParent() !== null) {
    for (const child of children) link.insertBefore(child);
    link.remove();
  }
  return children;
}

/** Registers the guards on an editor: unsafe links become text, text carries no inline CSS. */
export const LinkSafetyExtension = defineExtension({
  name: 'norms-drafter/link-safety',
  // The link classes it guards; an autolink comes only from stored content written elsewhere.
  nodes: () => [LinkNode, AutoLinkNode],
  register: (editor) => {
    // Transforms are keyed by node type, so an autolink (a LinkNode subclass) needs its own.
    const removeLinkGuards = [LinkNode, AutoLinkNode].map((klass) =>
      editor.registerNodeTransform(klass, (link) => void $neutraliseLink(link)),
    );
    // Inline CSS on text could load remote resources (background-image) and is never created
    // by this editor's own commands, so any that arrives is dropped.
    const removeStyleGuard = editor.registerNodeTransform(TextNode, (text) => {
      if (text.getStyle() !== '') text.setStyle('');
    });
    return () => {
      for (const remove of removeLinkGuards) remove();
      removeStyleGuard();
    };
  },
});
