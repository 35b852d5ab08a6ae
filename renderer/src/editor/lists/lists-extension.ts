// Bullet, numbered and lettered lists: one toggle command for the three kinds; the lettered
// state is rendered as a data attribute (lists.css turns it into list-style-type: lower-alpha),
// written into copied HTML, and recognised in pasted HTML (<ol type="a"> from LibreOffice,
// list-style-type from web pages). Bullet items carry no `value` attribute: bullets need no
// number, and Chromium lays out a list whose items all have one in time that grows with the
// square of its length (20,000 pasted items took over a minute).
import { defineImportRule, DOMImportExtension, DOMRenderExtension, domOverride, sel } from '@lexical/html';
import { $isListNode, ListExtension, ListItemNode, ListNode } from '@lexical/list';
import { COMMAND_PRIORITY_EDITOR, configExtension, defineExtension, isHTMLElement } from 'lexical';
import { $setLettered, $toggleListKind, isLetteredListVersion, TOGGLE_LIST_COMMAND } from './list-kinds';

const LETTERED_ATTRIBUTE = 'data-list-style';

function isLetteredDom(element: HTMLElement): boolean {
  const type = element.getAttribute('type');
  const style = element.style.listStyleType;
  return type === 'a' || style === 'lower-alpha' || style === 'lower-latin';
}

const LetteredOlRule = defineImportRule({
  name: 'norms-drafter/lettered-ol',
  match: sel.tag('ol'),
  $import: (_context, element, $next) => {
    const nodes = $next();
    if (isLetteredDom(element)) for (const node of nodes) if ($isListNode(node)) $setLettered(node, true);
    return nodes;
  },
});

const renderLettered = domOverride([ListNode], {
  $decorateDOM: (node, _prevNode, dom) => {
    if (isLetteredListVersion(node)) dom.setAttribute(LETTERED_ATTRIBUTE, 'lower-alpha');
    else dom.removeAttribute(LETTERED_ATTRIBUTE);
  },
  $exportDOM: (node, $next) => {
    const output = $next();
    if (isLetteredListVersion(node) && isHTMLElement(output.element)) {
      output.element.setAttribute('type', 'a');
      output.element.removeAttribute(LETTERED_ATTRIBUTE);
    }
    return output;
  },
});

const unnumberedBullets = domOverride([ListItemNode], {
  $decorateDOM: (node, _prevNode, dom) => {
    const list = node.getParent();
    if ($isListNode(list) && list.getListType() === 'bullet') dom.removeAttribute('value');
  },
});

export const ListsExtension = defineExtension({
  name: 'norms-drafter/lists',
  dependencies: [
    ListExtension,
    configExtension(DOMImportExtension, { rules: [LetteredOlRule] }),
    configExtension(DOMRenderExtension, { overrides: [renderLettered, unnumberedBullets] }),
  ],
  register: (editor) =>
    editor.registerCommand(
      TOGGLE_LIST_COMMAND,
      (kind) => {
        $toggleListKind(kind);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
});
