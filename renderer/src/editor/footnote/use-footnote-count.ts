// Tells the caller the section's number of footnotes, at first and whenever it changes. Read from
// the registry when it notifies, not through React state: the shell that calls this (toolbar,
// sub-heading chips, every button) is not rendered again in the frame of a footnote's insertion
// (bench/profile-typing.ts --insert); the draft's counts follow from the callback.
import { useEffect, useRef } from 'react';
import type { FootnoteRegistry } from './registry';

/** `ready`: false while the section is still being opened, whose count is not the user's doing. */
export function useFootnoteCount(
  registry: FootnoteRegistry,
  onCount: ((count: number) => void) | undefined,
  ready = true,
): void {
  const onCountRef = useRef(onCount);
  useEffect(() => {
    onCountRef.current = onCount;
  });
  useEffect(() => {
    if (!ready) return;
    let told: number | null = null;
    const tell = () => {
      const count = registry.getEntries().length;
      if (count === told) return;
      told = count;
      onCountRef.current?.(count);
    };
    tell();
    return registry.subscribe(tell);
  }, [registry, ready]);
}
