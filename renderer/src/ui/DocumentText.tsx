// Text written in the draft's language (titles, headings, names) inside UI text in another
// language: marked with its own lang and direction, so an English heading in an Arabic UI (or an
// Arabic one in an English UI) keeps its punctuation in place and is read in the right voice.
import type { ReactNode } from 'react';
import { directionOf, type Language } from '../../../shared/model/languages';

export function DocumentText({ language, children }: { language: Language; children?: ReactNode }) {
  return (
    <span lang={language} dir={directionOf(language)}>
      {children}
    </span>
  );
}
