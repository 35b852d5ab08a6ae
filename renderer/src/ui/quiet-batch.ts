// Coalesces calls and delivers the latest value of each key at most every `everyMs`, when the
// page is next idle: work that follows typing (word counts, the outline) runs a few times a
// second between keystrokes instead of once after every keystroke's frame.
import { whenIdle } from './when-idle';

export function quietBatcher<K, V>(deliver: (batch: Map<K, V>) => void, everyMs = 300): (key: K, value: V) => void {
  let pending: Map<K, V> | null = null;
  const run = () => {
    const batch = pending!;
    pending = null;
    deliver(batch);
  };
  return (key, value) => {
    if (pending) {
      pending.set(key, value);
      return;
    }
    pending = new Map([[key, value]]);
    setTimeout(() => whenIdle(run), everyMs);
  };
}
