// For jsdom tests of components: a React root in a host element of the document, made before
// each test and unmounted after it, with React's act() environment on.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface TestRoot {
  /** The element rendered into (in the document). */
  readonly host: HTMLElement;
  readonly root: Root;
}

/**
 * Call at a test file's top level, before the file's own beforeEach (which may then render): the
 * returned object's host and root are new for each test.
 */
export function testRoot(): TestRoot {
  let host: HTMLElement | undefined;
  let root: Root | undefined;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
  });
  return {
    get host() {
      if (!host) throw new Error('testRoot: used outside a test');
      return host;
    },
    get root() {
      if (!root) throw new Error('testRoot: used outside a test');
      return root;
    },
  };
}
