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

// Labels by interface language and number: renumbering after an insertion gives most footnotes
// a number some other footnote had, whose label need not be translated again.
const labels = new WeakMap<TFunction<'editor'>, Map<string, string>>();

/** A footnote reference's or text's accessible name, "Footnote 3", in the interface language. */
export function footnoteLabel(t: TFunction<'editor'>, which: 'reference' | 'textLabel', number: number): string {
  let known = labels.get(t);
  if (!known) labels.set(t, (known = new Map()));
  const key = `${which} ${number}`;
  let label = known.get(key);
  if (label === undefined) {
    label =
      which === 'reference' ? t('editor:footnotes.reference', { number }) : t('editor:footnotes.textLabel', { number });
    known.set(key, label);
  }
  return label;
}
