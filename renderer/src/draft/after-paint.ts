// Runs work once the next frame has been painted: a requestAnimationFrame callback runs just
// before the browser renders a frame, and a task queued from there runs after it. Calls made
// before that frame are coalesced: only the latest value of each key is delivered.
export function afterNextPaintBatcher<K, V>(deliver: (batch: Map<K, V>) => void): (key: K, value: V) => void {
  let pending: Map<K, V> | null = null;
  return (key, value) => {
    if (pending) {
      pending.set(key, value);
      return;
    }
    pending = new Map([[key, value]]);
    requestAnimationFrame(() =>
      setTimeout(() => {
        const batch = pending!;
        pending = null;
        deliver(batch);
      }, 0),
    );
  };
}
