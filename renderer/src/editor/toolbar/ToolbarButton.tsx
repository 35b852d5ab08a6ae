// One toolbar button: an accessible name, the shortcut for assistive technology
// (aria-keyshortcuts) and a tooltip naming both, aria-pressed for toggles, aria-disabled (not
// disabled) so it stays reachable with the arrow keys. Pressing it never takes the caret away.
// Memoised: its props are the button's own state and stable values, so moving the caret between
// the text and a footnote renders again only the buttons whose state changes (bench/).
import { memo, type ReactNode } from 'react';
import { ariaShortcut, type ShortcutName } from '../shortcuts';

export interface ToolbarButtonProps<Id extends string> {
  id: Id;
  label: string;
  /** The label with the shortcut, as the tooltip shows it. */
  tooltip: string;
  icon: ReactNode;
  onPress(id: Id): void;
  tabIndex: 0 | -1;
  shortcut?: ShortcutName;
  /** Present for toggle buttons only. */
  pressed?: boolean;
  disabled: boolean;
}

function ToolbarButtonView<Id extends string>({
  id,
  label,
  tooltip,
  icon,
  onPress,
  tabIndex,
  shortcut,
  pressed,
  disabled,
}: ToolbarButtonProps<Id>) {
  return (
    <span className="nd-toolbar__item">
      <button
        type="button"
        className="nd-toolbar__button"
        data-roving-item=""
        tabIndex={tabIndex}
        aria-label={label}
        aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
        aria-pressed={pressed}
        aria-disabled={disabled || undefined}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          if (!disabled) onPress(id);
        }}
      >
        {icon}
      </button>
      <span className="nd-tooltip" role="presentation" aria-hidden="true">
        {tooltip}
      </span>
    </span>
  );
}

export const ToolbarButton = memo(ToolbarButtonView) as typeof ToolbarButtonView;
