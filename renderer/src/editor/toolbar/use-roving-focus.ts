// Toolbar keyboard pattern (WAI-ARIA): one tab stop; arrow keys move between the buttons
// (mirrored in right-to-left layouts), Home and End jump to the ends.
import { type FocusEvent, type KeyboardEvent, useCallback, useState } from 'react';

const ITEM_SELECTOR = '[data-roving-item]';

function items(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(ITEM_SELECTOR));
}

export interface RovingFocus {
  /** tabIndex for the item at this position. */
  tabIndexFor(index: number): 0 | -1;
  onFocus(event: FocusEvent<HTMLElement>): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
}

export function useRovingFocus(): RovingFocus {
  const [current, setCurrent] = useState(0);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const index = items(event.currentTarget).indexOf(event.target as HTMLElement);
    if (index >= 0) setCurrent(index);
  }, []);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLElement>) => {
    const all = items(event.currentTarget);
    const from = all.indexOf(document.activeElement as HTMLElement);
    if (from < 0 || all.length === 0) return;
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let to: number;
    if (step !== undefined) to = (from + step + all.length) % all.length;
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = all.length - 1;
    else return;
    event.preventDefault();
    all[to]?.focus();
  }, []);

  return { tabIndexFor: (index) => (index === current ? 0 : -1), onFocus, onKeyDown };
}
