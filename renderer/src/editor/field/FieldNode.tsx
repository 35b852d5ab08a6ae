// A draft field shown in the text (submitter, date...): a small token that cannot be typed into,
// stored exactly as SerializedField ({ type: 'field', version: 1, fieldId, format }). Its text is
// never stored; FieldToken reads the draft's current value, so Details changes it everywhere.
import {
  $applyNodeReplacement,
  $getDocument,
  $getEditor,
  DecoratorNode,
  type DOMExportOutput,
  type LexicalEditor,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
  type Spread,
} from 'lexical';
import { useContext, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldText } from '../../../../shared/model/field-texts';
import { BUILT_IN_FIELDS } from '../../../../shared/model/fields';
import { TEXT_FORMAT } from '../../../../shared/model/lexical-json';
import { FieldTextsContext } from './field-texts-context';
import './field.css';

export type SerializedFieldNode = Spread<{ fieldId: string; format: number }, SerializedLexicalNode>;

function FieldToken({ fieldId, format }: { fieldId: string; format: number }) {
  const text = fieldText(fieldId, useContext(FieldTextsContext));
  // The field's name (e.g. "Submitted by") as a tooltip and description: the value is changed in Details.
  const { t } = useTranslation();
  const key = BUILT_IN_FIELDS.find((field) => field.id === fieldId)?.labelKey;
  const label = key === undefined ? '' : t(key, { ns: 'templates' });
  const style = {
    fontWeight: (format & TEXT_FORMAT.bold) !== 0 ? 'bold' : undefined,
    fontStyle: (format & TEXT_FORMAT.italic) !== 0 ? 'italic' : undefined,
  };
  return (
    <span className="nd-field" data-field={fieldId} title={label || undefined} style={style}>
      {text}
    </span>
  );
}

/** The text the field's token shows on screen. */
const shownText = (editor: LexicalEditor, key: NodeKey) => editor.getElementByKey(key)?.textContent ?? '';

export class FieldNode extends DecoratorNode<JSX.Element> {
  __fieldId = '';
  __format = 0;

  override $config() {
    return this.config('field', { extends: DecoratorNode });
  }

  static override clone(node: FieldNode): FieldNode {
    const copy = new FieldNode(node.__key);
    copy.__fieldId = node.__fieldId;
    copy.__format = node.__format;
    return copy;
  }

  static override importJSON(json: SerializedFieldNode): FieldNode {
    return $applyNodeReplacement(new FieldNode()).updateFromJSON(json);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedFieldNode>): this {
    const node = super.updateFromJSON(json).getWritable();
    node.__fieldId = json.fieldId;
    node.__format = json.format;
    return node;
  }

  override exportJSON(): SerializedFieldNode {
    const latest = this.getLatest();
    return { ...super.exportJSON(), fieldId: latest.__fieldId, format: latest.__format };
  }

  getFieldId(): string {
    return this.getLatest().__fieldId;
  }

  override createDOM(): HTMLElement {
    const span = $getDocument().createElement('span');
    span.className = 'nd-field-host';
    span.contentEditable = 'false';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  override isKeyboardSelectable(): true {
    return true;
  }

  // Copying keeps what the reader sees: the value as shown (the token's text), in plain text and
  // in HTML; pasting inside the app keeps the field itself (Lexical's own clipboard data).
  // An editor state read on its own (no editor, so no token on screen) has no value to give.
  override getTextContent(): string {
    try {
      return shownText($getEditor(), this.__key);
    } catch {
      return '';
    }
  }

  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const span = $getDocument().createElement('span');
    span.textContent = shownText(editor, this.__key);
    return { element: span };
  }

  override decorate(): JSX.Element {
    return <FieldToken fieldId={this.__fieldId} format={this.__format} />;
  }
}

export function $createFieldNode(fieldId: string, format = 0): FieldNode {
  return $applyNodeReplacement(new FieldNode()).updateFromJSON({ fieldId, format });
}

export function $isFieldNode(node: LexicalNode | null | undefined): node is FieldNode {
  return node instanceof FieldNode;
}
