// One toolbar button: an accessible name, the shortcut for assistive technology
// (aria-keyshortcuts) and a tooltip naming both, aria-pressed for toggles, aria-disabled (not
// disabled) so it stays reachable with the arrow keys. Pressing it never takes the caret away.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ariaShortcut, shortcutLabel, type ShortcutName } from '../shortcuts';

export interface ToolbarButtonProps {
  label: string;
  icon: ReactNode;
  onPress(): void;
  tabIndex: 0 | -1;
  shortcut?: ShortcutName;
  /** Present for toggle buttons only. */
  pressed?: boolean;
  disabled?: boolean;
}

export function ToolbarButton({
  label,
  icon,
  onPress,
  tabIndex,
  shortcut,
  pressed,
  disabled = false,
}: ToolbarButtonProps) {
  const { t } = useTranslation('editor');
  // The key names stay left-to-right inside Arabic text (U+2066 … U+2069 isolate them).
  const tooltip = shortcut
    ? t('toolbar.withShortcut', { label, shortcut: `\u2066${shortcutLabel(shortcut)}\u2069` })
    : label;
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
          if (!disabled) onPress();
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
