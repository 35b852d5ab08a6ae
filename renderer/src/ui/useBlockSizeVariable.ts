// Publishes an element's height as a CSS variable on the document, so that what sticks below it
// (the toolbar under the header) and the page's scroll padding follow its real size, also when
// it wraps in another language or at a narrow width.
import { useEffect, type RefObject } from 'react';

export function useBlockSizeVariable(ref: RefObject<HTMLElement | null>, name: `--${string}`): void {
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    let published: number | null = null;
    // The observer reports the size once layout is done, before the frame is painted: reading it
    // here forces no layout of its own (measuring in the effect cost a whole layout of the section
    // on the way to the first screen). An unchanged size leaves the document's styles untouched.
    const observer = new ResizeObserver((entries) => {
      const box = entries.at(-1)?.borderBoxSize?.[0];
      const height = box ? box.blockSize : element.getBoundingClientRect().height;
      if (height === published) return;
      published = height;
      root.style.setProperty(name, `${height}px`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(name);
    };
  }, [ref, name]);
}
