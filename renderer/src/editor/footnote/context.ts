import { createContext, useContext } from 'react';
import { FootnoteRegistry } from './registry';

export interface FootnoteContextValue {
  registry: FootnoteRegistry;
  /** The number shown on this section's first footnote. */
  start: number;
}

// Provided around the composer so footnote references (rendered by the editor) can read it.
export const FootnoteContext = createContext<FootnoteContextValue>({ registry: new FootnoteRegistry(), start: 1 });

export function useFootnotes(): FootnoteContextValue {
  return useContext(FootnoteContext);
}
