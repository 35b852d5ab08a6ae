// Pages handed out one at a time to the readers of one file (this thread and the host's other
// threads, PdfEngine.pageReaders), from a counter in memory they share: a reader that starts late
// or reads slowly simply takes fewer pages, so no thread waits idle for another's share.
// Atomics and SharedArrayBuffer are plain JavaScript; where the platform withholds shared
// memory (a web page not isolated from other origins), the file is read in one thread.

/** The counter's memory, to pass to the readers; null where shared memory is not available. */
export function newPageClaims(): SharedArrayBuffer | null {
  return typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT) : null;
}

export interface PageClaimer {
  /** The next page nobody has taken (from 1), or null once all `pages` are taken. */
  next(): number | null;
  /** How many pages have been taken so far, by any reader. */
  taken(): number;
}

export function pageClaimer(claims: SharedArrayBuffer, pages: number): PageClaimer {
  const counter = new Int32Array(claims, 0, 1);
  return {
    next() {
      const number = Atomics.add(counter, 0, 1) + 1;
      return number <= pages ? number : null;
    },
    taken: () => Math.min(pages, Atomics.load(counter, 0)),
  };
}

/** Pages 1..pages in order, for a file read in one thread. */
export function ownPages(pages: number): PageClaimer {
  let taken = 0;
  return {
    next: () => (taken < pages ? ++taken : null),
    taken: () => taken,
  };
}
