// A long list rendered in steps: the first screenful at once, then the rest a chunk at a time as
// a transition (interruptible by the user), so a library of 1,000 drafts shows its first drafts
// without first building every card (bench/: about 0.85 s to the first paint before this).
import { startTransition, useEffect, useState } from 'react';

export function useProgressiveList<T>(items: readonly T[] | null, first = 30, step = 120): readonly T[] | null {
  const [count, setCount] = useState(first);
  const total = items?.length ?? 0;
  useEffect(() => {
    if (count >= total) return;
    const timer = setTimeout(() => startTransition(() => setCount((shown) => shown + step)), 0);
    return () => clearTimeout(timer);
  }, [count, total, step]);
  return items && count < items.length ? items.slice(0, count) : items;
}
