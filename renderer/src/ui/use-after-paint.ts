// Work a screen can do once it has been painted (the outline's review figures, a section's
// footnote list under its body): false until `ready` has been shown in a frame, then true, set
// as a transition started after that frame. Opening a long section then paints its text first,
// and that work is neither in the same long task nor in the way of the first frame (bench/).
import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';

export function useAfterPaint(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || !ready) return;
    return afterNextPaint(() => startTransition(() => setPainted(true)));
  }, [painted, ready]);
  return painted;
}

/**
 * `value` as it was before its latest change, until the frame that follows the change has been
 * drawn; then `value` itself, set as a transition. What is rendered from it (numbers that shift
 * when a footnote is inserted) follows just after that frame instead of delaying it.
 */
export function usePaintedValue<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    return afterNextPaint(() => startTransition(() => setPainted(value)));
  }, [painted, value]);
  return painted;
}
