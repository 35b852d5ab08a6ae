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
import type { TFunction } from 'i18next';
import {
  Fragment,
  type ReactNode,
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useTranslation } from 'react-i18next';
import { TOGGLE_BLOCK_COMMAND, type BlockKind } from '../blocks/blocks-extension';
import { INSERT_FOOTNOTE_COMMAND } from '../footnote/commands';
import { TOGGLE_LIST_COMMAND, type ListKind } from '../lists/list-kinds';
import { suggestingSessionOf } from '../review/suggesting-extension';
import type { SuggestingSession } from '../review/suggesting-session';
import { ADD_COMMENT_COMMAND } from '../review/comment-commands';
import { shortcutLabel, type ShortcutName } from '../shortcuts';
import * as Icons from './icons';
import { ToolbarButton } from './ToolbarButton';
import { useRovingFocus } from './use-roving-focus';
import { type SelectionFormat, useHistoryState, useSelectionFormat } from './use-toolbar-state';
import './toolbar.css';

interface ToolbarProps {
  sectionEditor: LexicalEditor;
  activeEditor: LexicalEditor;
  readOnly: boolean;
  onLink(editor: LexicalEditor): void;
}

type ActionId =
  | 'undo'
  | 'redo'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'heading'
  | 'subheading'
  | 'quote'
  | 'bulletList'
  | 'numberedList'
  | 'letteredList'
  | 'outdent'
  | 'indent'
  | 'comment'
  | 'link'
  | 'footnote'
  | 'suggest';

/** What a button shows, from the editor it acts on. */
interface Shown {
  format: SelectionFormat;
  canUndo: boolean;
  canRedo: boolean;
  suggestingOn: boolean;
}

/** What a press acts on. */
interface Targets {
  sectionEditor: LexicalEditor;
  activeEditor: LexicalEditor;
  onLink(editor: LexicalEditor): void;
  suggesting: SuggestingSession;
}

interface ActionSpec {
  id: ActionId;
  icon: ReactNode;
  shortcut?: ShortcutName;
  /** Only in the section body (not in footnote text). */
  bodyOnly?: boolean;
  state?(shown: Shown): { pressed?: boolean; disabled?: boolean };
  press(targets: Targets): void;
}

const pressedWhen = (test: (format: SelectionFormat) => boolean) => (shown: Shown) => ({
  pressed: test(shown.format),
});

/** Bold, italic or underline of the text where the caret is, in the body or a footnote. */
const textFormat = (format: 'bold' | 'italic' | 'underline', icon: ReactNode): ActionSpec => ({
  id: format,
  icon,
  shortcut: format,
  state: pressedWhen((selection) => selection[format]),
  press: ({ activeEditor }) => activeEditor.dispatchCommand(FORMAT_TEXT_COMMAND, format),
});

/** A kind of block of the body (a heading, a quote), pressed while the caret's block is one. */
const blockToggle = (
  id: ActionId,
  icon: ReactNode,
  kind: Exclude<BlockKind, 'paragraph'>,
  shortcut?: ShortcutName,
): ActionSpec => ({
  id,
  icon,
  shortcut,
  bodyOnly: true,
  state: pressedWhen((format) => format.block === kind),
  press: ({ sectionEditor }) => sectionEditor.dispatchCommand(TOGGLE_BLOCK_COMMAND, kind),
});

/** A kind of list of the body, pressed while the caret is in one. */
const listToggle = (id: ActionId, icon: ReactNode, kind: ListKind, shortcut?: ShortcutName): ActionSpec => ({
  id,
  icon,
  shortcut,
  bodyOnly: true,
  state: pressedWhen((format) => format.list === kind),
  press: ({ sectionEditor }) => sectionEditor.dispatchCommand(TOGGLE_LIST_COMMAND, kind),
});

// Made once, so that a button whose state is unchanged gets the very same props and is not
// rendered again.
const GROUPS: readonly (readonly ActionSpec[])[] = [
  [
    {
      id: 'undo',
      icon: <Icons.UndoIcon />,
      shortcut: 'undo',
      state: ({ canUndo }) => ({ disabled: !canUndo }),
      press: ({ activeEditor }) => activeEditor.dispatchCommand(UNDO_COMMAND, undefined),
    },
    {
      id: 'redo',
      icon: <Icons.RedoIcon />,
      shortcut: 'redo',
      state: ({ canRedo }) => ({ disabled: !canRedo }),
      press: ({ activeEditor }) => activeEditor.dispatchCommand(REDO_COMMAND, undefined),
    },
  ],
  [
    textFormat('bold', <Icons.BoldIcon />),
    textFormat('italic', <Icons.ItalicIcon />),
    textFormat('underline', <Icons.UnderlineIcon />),
  ],
  [
    blockToggle('heading', <Icons.HeadingIcon />, 'h2', 'heading'),
    blockToggle('subheading', <Icons.SubheadingIcon />, 'h3', 'subheading'),
    blockToggle('quote', <Icons.QuoteIcon />, 'quote'),
  ],
  [
    listToggle('bulletList', <Icons.BulletListIcon />, 'bullet', 'bulletList'),
    listToggle('numberedList', <Icons.NumberedListIcon />, 'number'),
    listToggle('letteredList', <Icons.LetteredListIcon />, 'lettered'),
    {
      id: 'outdent',
      icon: <Icons.OutdentIcon />,
      bodyOnly: true,
      state: ({ format }) => ({ disabled: format.list === null }),
      press: ({ sectionEditor }) => sectionEditor.dispatchCommand(OUTDENT_CONTENT_COMMAND, undefined),
    },
    {
      id: 'indent',
      icon: <Icons.IndentIcon />,
      bodyOnly: true,
      state: ({ format }) => ({ disabled: format.list === null || format.atIndentCap }),
      press: ({ sectionEditor }) => sectionEditor.dispatchCommand(INDENT_CONTENT_COMMAND, undefined),
    },
  ],
  [
    {
      id: 'comment',
      icon: <Icons.CommentIcon />,
      shortcut: 'comment',
      press: ({ activeEditor }) => activeEditor.dispatchCommand(ADD_COMMENT_COMMAND, undefined),
    },
  ],
  [
    {
      id: 'link',
      icon: <Icons.LinkIcon />,
      shortcut: 'link',
      state: pressedWhen((format) => format.link),
      press: ({ activeEditor, onLink }) => onLink(activeEditor),
    },
    {
      id: 'footnote',
      icon: <Icons.FootnoteIcon />,
      shortcut: 'footnote',
      bodyOnly: true,
      press: ({ sectionEditor }) => sectionEditor.dispatchCommand(INSERT_FOOTNOTE_COMMAND, undefined),
    },
  ],
  [
    {
      id: 'suggest',
      icon: <Icons.SuggestIcon />,
      shortcut: 'suggesting',
      state: ({ suggestingOn }) => ({ pressed: suggestingOn }),
      press: ({ suggesting }) => suggesting.requestToggle(),
    },
  ],
];

const ACTIONS = new Map(GROUPS.flat().map((action) => [action.id, action]));

/** Each button's name and tooltip, worked out once per language rather than at every render. */
function toolbarTexts(t: TFunction<'editor'>): Record<ActionId, { label: string; tooltip: string }> {
  const labels: Record<ActionId, string> = {
    undo: t('toolbar.undo'),
    redo: t('toolbar.redo'),
    bold: t('toolbar.bold'),
    italic: t('toolbar.italic'),
    underline: t('toolbar.underline'),
    heading: t('toolbar.heading'),
    subheading: t('toolbar.subheading'),
    quote: t('toolbar.quote'),
    bulletList: t('toolbar.bulletList'),
    numberedList: t('toolbar.numberedList'),
    letteredList: t('toolbar.letteredList'),
    outdent: t('toolbar.outdent'),
    indent: t('toolbar.indent'),
    comment: t('toolbar.comment'),
    link: t('toolbar.link'),
    footnote: t('toolbar.footnote'),
    suggest: t('toolbar.suggest'),
  };
  const texts = {} as Record<ActionId, { label: string; tooltip: string }>;
  for (const [id, label] of Object.entries(labels) as [ActionId, string][]) {
    const shortcut = ACTIONS.get(id)?.shortcut;
    // The key names stay left-to-right inside Arabic text (U+2066 … U+2069 isolate them).
    const tooltip = shortcut
      ? t('toolbar.withShortcut', { label, shortcut: `\u2066${shortcutLabel(shortcut)}\u2069` })
      : label;
    texts[id] = { label, tooltip };
  }
  return texts;
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
  const texts = useMemo(() => toolbarTexts(t), [t]);
  // What a press acts on, as of the last render: read when pressed, so that every button keeps
  // one handler while the caret moves between editors.
  const targets = useRef<Targets>({ sectionEditor, activeEditor, onLink, suggesting });
  useLayoutEffect(() => {
    targets.current = { sectionEditor, activeEditor, onLink, suggesting };
  });
  const press = useCallback((id: ActionId) => ACTIONS.get(id)?.press(targets.current), []);
  const shown: Shown = { format, canUndo, canRedo, suggestingOn };

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
      {GROUPS.map((group, groupIndex) => (
        <Fragment key={group[0]?.id}>
          {groupIndex > 0 && <span className="nd-toolbar__separator" role="separator" aria-orientation="vertical" />}
          {group.map((action) => {
            const position = index++;
            const { pressed, disabled } = action.state?.(shown) ?? {};
            return (
              <ToolbarButton
                key={action.id}
                id={action.id}
                tabIndex={roving.tabIndexFor(position)}
                label={texts[action.id].label}
                tooltip={texts[action.id].tooltip}
                icon={action.icon}
                shortcut={action.shortcut}
                pressed={pressed}
                disabled={readOnly || disabled === true || (action.bodyOnly === true && !inBody)}
                onPress={press}
              />
            );
          })}
        </Fragment>
      ))}
    </div>
  );
}
