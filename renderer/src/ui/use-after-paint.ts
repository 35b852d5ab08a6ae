// Work a screen can do once it has been painted (the outline's review figures, a section's
// footnote list under its body): false until `ready` has been shown in a frame, then true, set
// as a transition started after that frame. Opening a long section then paints its text first,
// and that work is neither in the same long task nor in the way of the first frame (bench/).
import { startTransition, useEffect, useState } from 'react';

export function useAfterPaint(ready = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted || !ready) return;
    const show = () => startTransition(() => setPainted(true));
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame's animation callbacks run just before it is drawn; a timer set there runs after it.
    // A hidden page draws no frames, so there it follows at once.
    const frame = document.hidden ? null : requestAnimationFrame(() => void (timer = setTimeout(show, 0)));
    if (frame === null) timer = setTimeout(show, 0);
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [painted, ready]);
  return painted;
}
