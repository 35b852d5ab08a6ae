// Runs work just after the next frame is drawn: a frame's animation callbacks run just before
// it is drawn, and a timer set there runs after it. A hidden page draws no frames, so there the
// work follows at once. Used to keep what a keystroke does not need out of that keystroke's frame.
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = document.hidden ? null : requestAnimationFrame(() => void (timer = setTimeout(run, 0)));
  if (frame === null) timer = setTimeout(run, 0);
  return () => {
    if (frame !== null) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
