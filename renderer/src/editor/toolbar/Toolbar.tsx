// The formatting toolbar. It acts on the editor that last had focus: the section body, or a
// footnote's text (where only text formats, links and undo/redo apply).
import {
  FORMAT_TEXT_COMMAND,
  INDENT_CONTENT_COMMAND,
  type LexicalEditor,
  OUTDENT_CONTENT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
} from 'lexical';
import { Fragment, type ReactNode, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { TOGGLE_BLOCK_COMMAND } from '../blocks/blocks-extension';
import { INSERT_FOOTNOTE_COMMAND } from '../footnote/commands';
import { TOGGLE_LIST_COMMAND } from '../lists/list-kinds';
import { suggestingSessionOf } from '../review/suggesting-extension';
import { ADD_COMMENT_COMMAND } from '../review/comment-commands';
import type { ShortcutName } from '../shortcuts';
import * as Icons from './icons';
import { ToolbarButton } from './ToolbarButton';
import { useRovingFocus } from './use-roving-focus';
import { useHistoryState, useSelectionFormat } from './use-toolbar-state';
import './toolbar.css';

interface ToolbarProps {
  sectionEditor: LexicalEditor;
  activeEditor: LexicalEditor;
  readOnly: boolean;
  onLink(editor: LexicalEditor): void;
}

interface Action {
  id: string;
  label: string;
  icon: ReactNode;
  press(): void;
  shortcut?: ShortcutName;
  pressed?: boolean;
  /** Only in the section body (not in footnote text). */
  bodyOnly?: boolean;
  disabled?: boolean;
}

export function Toolbar({ sectionEditor, activeEditor, readOnly, onLink }: ToolbarProps) {
  const { t } = useTranslation('editor');
  const format = useSelectionFormat(activeEditor);
  const { canUndo, canRedo } = useHistoryState(activeEditor);
  const roving = useRovingFocus();
  const [tooltipsHidden, setTooltipsHidden] = useState(false);
  const inBody = activeEditor === sectionEditor;
  const suggesting = suggestingSessionOf(sectionEditor);
  const suggestingOn = useSyncExternalStore(suggesting.subscribe, suggesting.getSnapshot);

  const groups: Action[][] = [
    [
      {
        id: 'undo',
        label: t('toolbar.undo'),
        icon: <Icons.UndoIcon />,
        shortcut: 'undo',
        disabled: !canUndo,
        press: () => activeEditor.dispatchCommand(UNDO_COMMAND, undefined),
      },
      {
        id: 'redo',
        label: t('toolbar.redo'),
        icon: <Icons.RedoIcon />,
        shortcut: 'redo',
        disabled: !canRedo,
        press: () => activeEditor.dispatchCommand(REDO_COMMAND, undefined),
      },
    ],
    [
      {
        id: 'bold',
        label: t('toolbar.bold'),
        icon: <Icons.BoldIcon />,
        shortcut: 'bold',
        pressed: format.bold,
        press: () => activeEditor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
      },
      {
        id: 'italic',
        label: t('toolbar.italic'),
        icon: <Icons.ItalicIcon />,
        shortcut: 'italic',
        pressed: format.italic,
        press: () => activeEditor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
      },
      {
        id: 'underline',
        label: t('toolbar.underline'),
        icon: <Icons.UnderlineIcon />,
        shortcut: 'underline',
        pressed: format.underline,
        press: () => activeEditor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline'),
      },
    ],
    [
      {
        id: 'heading',
        label: t('toolbar.heading'),
        icon: <Icons.HeadingIcon />,
        shortcut: 'heading',
        bodyOnly: true,
        pressed: format.block === 'h2',
        press: () => sectionEditor.dispatchCommand(TOGGLE_BLOCK_COMMAND, 'h2'),
      },
      {
        id: 'subheading',
        label: t('toolbar.subheading'),
        icon: <Icons.SubheadingIcon />,
        shortcut: 'subheading',
        bodyOnly: true,
        pressed: format.block === 'h3',
        press: () => sectionEditor.dispatchCommand(TOGGLE_BLOCK_COMMAND, 'h3'),
      },
      {
        id: 'quote',
        label: t('toolbar.quote'),
        icon: <Icons.QuoteIcon />,
        bodyOnly: true,
        pressed: format.block === 'quote',
        press: () => sectionEditor.dispatchCommand(TOGGLE_BLOCK_COMMAND, 'quote'),
      },
    ],
    [
      {
        id: 'bulletList',
        label: t('toolbar.bulletList'),
        icon: <Icons.BulletListIcon />,
        shortcut: 'bulletList',
        bodyOnly: true,
        pressed: format.list === 'bullet',
        press: () => sectionEditor.dispatchCommand(TOGGLE_LIST_COMMAND, 'bullet'),
      },
      {
        id: 'numberedList',
        label: t('toolbar.numberedList'),
        icon: <Icons.NumberedListIcon />,
        bodyOnly: true,
        pressed: format.list === 'number',
        press: () => sectionEditor.dispatchCommand(TOGGLE_LIST_COMMAND, 'number'),
      },
      {
        id: 'letteredList',
        label: t('toolbar.letteredList'),
        icon: <Icons.LetteredListIcon />,
        bodyOnly: true,
        pressed: format.list === 'lettered',
        press: () => sectionEditor.dispatchCommand(TOGGLE_LIST_COMMAND, 'lettered'),
      },
      {
        id: 'outdent',
        label: t('toolbar.outdent'),
        icon: <Icons.OutdentIcon />,
        bodyOnly: true,
        disabled: format.list === null,
        press: () => sectionEditor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined),
      },
      {
        id: 'indent',
        label: t('toolbar.indent'),
        icon: <Icons.IndentIcon />,
        bodyOnly: true,
        disabled: format.list === null || format.atIndentCap,
        press: () => sectionEditor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined),
      },
    ],
    [
      {
        id: 'comment',
        label: t('toolbar.comment'),
        icon: <Icons.CommentIcon />,
        shortcut: 'comment',
        press: () => activeEditor.dispatchCommand(ADD_COMMENT_COMMAND, undefined),
      },
    ],
    [
      {
        id: 'link',
        label: t('toolbar.link'),
        icon: <Icons.LinkIcon />,
        shortcut: 'link',
        pressed: format.link,
        press: () => onLink(activeEditor),
      },
      {
        id: 'footnote',
        label: t('toolbar.footnote'),
        icon: <Icons.FootnoteIcon />,
        shortcut: 'footnote',
        bodyOnly: true,
        press: () => sectionEditor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined),
      },
    ],
    [
      {
        id: 'suggest',
        label: t('toolbar.suggest'),
        icon: <Icons.SuggestIcon />,
        shortcut: 'suggesting',
        pressed: suggestingOn,
        press: () => suggesting.requestToggle(),
      },
    ],
  ];

  let index = 0;
  return (
    <div
      className="nd-toolbar"
      role="toolbar"
      aria-label={t('toolbar.label')}
      data-tooltips={tooltipsHidden ? 'hidden' : undefined}
      onFocus={(event) => {
        roving.onFocus(event);
        setTooltipsHidden(false);
      }}
      onPointerMove={() => setTooltipsHidden(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setTooltipsHidden(true);
        roving.onKeyDown(event);
      }}
    >
      {groups.map((group, groupIndex) => (
        <Fragment key={group[0]?.id}>
          {groupIndex > 0 && <span className="nd-toolbar__separator" role="separator" aria-orientation="vertical" />}
          {group.map((action) => {
            const position = index++;
            return (
              <ToolbarButton
                key={action.id}
                tabIndex={roving.tabIndexFor(position)}
                label={action.label}
                icon={action.icon}
                shortcut={action.shortcut}
                pressed={action.pressed}
                disabled={readOnly || action.disabled || (action.bodyOnly === true && !inBody)}
                onPress={action.press}
              />
            );
          })}
        </Fragment>
      ))}
    </div>
  );
}
