// Publishes an element's height as a CSS variable on the document, so that what sticks below it
// (the toolbar under the header) and the page's scroll padding follow its real size, also when
// it wraps in another language or at a narrow width.
import { useEffect, type RefObject } from 'react';

export function useBlockSizeVariable(ref: RefObject<HTMLElement | null>, name: `--${string}`): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    // Measured when the observer reports, once layout is done and before the frame is painted
    // (it reports every observed element once at the start): measuring in the effect itself
    // forced a layout of the whole section on the way to the first screen.
    const observer = new ResizeObserver(() =>
      root.style.setProperty(name, `${element.getBoundingClientRect().height}px`),
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(name);
    };
  }, [ref, name]);
}
