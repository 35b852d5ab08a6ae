import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import { FootnoteRegistry } from './registry';

export interface FootnoteContextValue {
  registry: FootnoteRegistry;
  /** The number shown on this section's first footnote. */
  start: number;
  /**
   * The editor's texts in the interface language, for the references and the list's items: a
   * section may hold dozens of footnotes, and each component's own useTranslation would copy the
   * i18n instance when mounted (milliseconds when a long section opens).
   */
  t: TFunction<'editor'>;
}

// Provided around the composer so footnote references (rendered by the editor) can read it.
export const FootnoteContext = createContext<FootnoteContextValue>({
  registry: new FootnoteRegistry(),
  start: 1,
  t: ((key: string) => key) as unknown as TFunction<'editor'>,
});

export function useFootnotes(): FootnoteContextValue {
  return useContext(FootnoteContext);
}
