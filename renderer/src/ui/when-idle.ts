// Work that can wait for the page to be idle: idle periods come after a frame, so the work never
// lands between a keystroke and the frame that shows it. `timeoutMs` bounds the wait on a busy
// page; where the browser has no idle callbacks (tests), it runs at once. Returns how to cancel.
export function whenIdle(run: () => void, timeoutMs = 200): () => void {
  if (typeof requestIdleCallback !== 'function') {
    run();
    return () => {};
  }
  const handle = requestIdleCallback(run, { timeout: timeoutMs });
  return () => cancelIdleCallback(handle);
}
