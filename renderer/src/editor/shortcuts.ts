// The keyboard shortcuts users know from Word, as data: the same table drives the key handling
// and the toolbar tooltips, so a tooltip always shows the key that really works.
import { formatKeyboardShortcut } from '@lexical/extension';
import { CONTROL_OR_META, IS_APPLE, keyboardEventMaskForPlatform, type KeyboardShortcutMatch } from 'lexical';

export const SHORTCUTS = {
  undo: { key: 'z', modifiers: CONTROL_OR_META },
  redo: IS_APPLE
    ? { key: 'z', modifiers: { ...CONTROL_OR_META, shiftKey: true } }
    : { key: 'y', modifiers: { ctrlKey: true } },
  bold: { key: 'b', modifiers: CONTROL_OR_META },
  italic: { key: 'i', modifiers: CONTROL_OR_META },
  underline: { key: 'u', modifiers: CONTROL_OR_META },
  link: { key: 'k', modifiers: CONTROL_OR_META },
  footnote: { key: 'f', modifiers: { ...CONTROL_OR_META, altKey: true } },
  // Word's Ctrl+Alt+1/2/3 for heading levels: a section body has two, so 3 gives the deepest too.
  heading: { key: '1', modifiers: { ...CONTROL_OR_META, altKey: true } },
  subheading: { key: '2', modifiers: { ...CONTROL_OR_META, altKey: true } },
  deepestHeading: { key: '3', modifiers: { ...CONTROL_OR_META, altKey: true } },
  bulletList: { key: 'l', modifiers: { ...CONTROL_OR_META, shiftKey: true } },
  // Word's Track Changes.
  suggesting: { key: 'e', modifiers: { ...CONTROL_OR_META, shiftKey: true } },
  // Word's New Comment.
  comment: { key: 'm', modifiers: { ...CONTROL_OR_META, altKey: true } },
} satisfies Record<string, KeyboardShortcutMatch>;

export type ShortcutName = keyof typeof SHORTCUTS;

/** What the tooltip shows: "Ctrl+Alt+F" elsewhere, "⌥⌘F" on macOS. */
export function shortcutLabel(name: ShortcutName, isApple: boolean = IS_APPLE): string {
  return formatKeyboardShortcut(SHORTCUTS[name], { isApple }).join(isApple ? '' : '+');
}

const ARIA_MODIFIERS = [
  ['ctrlKey', 'Control'],
  ['altKey', 'Alt'],
  ['shiftKey', 'Shift'],
  ['metaKey', 'Meta'],
] as const;

/** The aria-keyshortcuts value, e.g. "Control+Alt+F" (or "Alt+Meta+F" on macOS). */
export function ariaShortcut(name: ShortcutName, isApple: boolean = IS_APPLE): string {
  const shortcut = SHORTCUTS[name];
  const mask = keyboardEventMaskForPlatform(shortcut.modifiers, isApple);
  const parts = ARIA_MODIFIERS.filter(([flag]) => mask[flag] === true).map(([, aria]) => aria);
  return [...parts, shortcut.key.toUpperCase()].join('+');
}
