import { createCommand } from 'lexical';

/** Inserts a footnote at the caret (after the selection) and moves the caret into its text. */
export const INSERT_FOOTNOTE_COMMAND = createCommand<void>('INSERT_FOOTNOTE_COMMAND');
