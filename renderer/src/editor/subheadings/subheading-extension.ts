// Suggested sub-headings are inserted as bold run-in text ("Regulatory framework: ") at the start
// of a new paragraph; the user then types the paragraph itself in normal weight.
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  COMMAND_PRIORITY_EDITOR,
  createCommand,
  defineExtension,
  type ElementNode,
  type ParagraphNode,
} from 'lexical';

/** Payload: the complete run-in text, separator included (it depends on the document language). */
export const INSERT_SUBHEADING_COMMAND = createCommand<string>('INSERT_SUBHEADING_COMMAND');

function $currentBlock(): ElementNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = selection.anchor.getNode();
  return $isRootNode(node) ? null : node.getTopLevelElement();
}

function isBlankParagraph(block: ElementNode | null): block is ParagraphNode {
  return (
    $isParagraphNode(block) && block.getChildren().every((child) => $isTextNode(child) && child.getTextContent() === '')
  );
}

export function $insertSubheading(runIn: string): void {
  const block = $currentBlock();
  let paragraph: ParagraphNode;
  if (isBlankParagraph(block)) {
    paragraph = block.clear();
  } else {
    paragraph = $createParagraphNode();
    if (block) block.insertAfter(paragraph);
    else $getRoot().append(paragraph);
  }
  const heading = $createTextNode(runIn).toggleFormat('bold');
  paragraph.append(heading);
  // Whatever is typed next continues the paragraph in normal weight.
  heading.selectEnd().setFormat(0);
}

export const SubheadingExtension = defineExtension({
  name: 'norms-drafter/subheadings',
  register: (editor) =>
    editor.registerCommand(
      INSERT_SUBHEADING_COMMAND,
      (runIn) => {
        if (runIn.trim() === '') return false;
        $insertSubheading(runIn);
        return true;
      },
      COMMAND_PRIORITY_EDITOR,
    ),
});
