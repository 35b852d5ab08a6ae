// Why a returned contribution's Word file was refused, as a code: the screens word each in the
// user's language (locales, draft.json merge.wordError), the CLI keeps the English sentences
// below. Still a FileFormatError, so every reader of files tells the same problems apart.
import { FileFormatError, type FileFormatErrorCode } from '../format/file-format-error';

export type WordContributionProblem =
  /** Larger than a returned contribution can be (`limit` in MB). */
  | 'too-large'
  /** Not a Word document, or damaged, or its parts not where a contribution has them. */
  | 'damaged'
  /** A contribution to another draft (`title`: the draft's it was checked against). */
  | 'other-draft'
  /** A Word document without the contribution details (not sent for contribution). */
  | 'not-a-contribution'
  /** The contribution details are there but damaged. */
  | 'details-damaged'
  /** An asked section lost both its bar and its heading (`section`: its name). */
  | 'section-missing'
  /** The text goes beyond what a draft can hold. */
  | 'too-long';

export interface WordContributionParams {
  limit?: number;
  title?: string;
  section?: string;
}

const FILE_CODES: Record<WordContributionProblem, FileFormatErrorCode> = {
  'too-large': 'too-large',
  damaged: 'invalid',
  'other-draft': 'invalid',
  'not-a-contribution': 'wrong-format',
  'details-damaged': 'invalid',
  'section-missing': 'invalid',
  'too-long': 'invalid',
};

/** The English sentence for a problem: the CLI's words, and the error's message. */
export function wordContributionMessage(problem: WordContributionProblem, params: WordContributionParams = {}): string {
  switch (problem) {
    case 'too-large':
      return `This Word file is larger than ${params.limit ?? '?'} MB, more than a returned contribution can be; nothing was read from it. Ask the contributor to remove pictures and send it again.`;
    case 'damaged':
      return 'This Word file is damaged or is not a Word document (.docx), so nothing was read from it. Ask the contributor to save it again as a Word document and send it back.';
    case 'other-draft':
      return `This Word file is a contribution to another draft, not to “${params.title ?? ''}”. Open it from the draft it was sent from.`;
    case 'not-a-contribution':
      return 'This Word file is not a contribution sent from Norms Drafter: it carries no contribution details. Open the .docx that was sent for contribution and returned, or ask the contributor to write in that file.';
    case 'details-damaged':
      return 'The contribution details in this Word file are damaged, so its text cannot be matched to the draft. Ask the contributor for the file again.';
    case 'section-missing':
      return `The section “${params.section ?? ''}” cannot be found in this Word file: its yellow bar and its heading were removed or changed. Put the heading back as it was sent, or copy the text into the draft by hand.`;
    case 'too-long':
      return 'The text in this Word file goes beyond what a draft can hold (too long or too deeply nested), so it was not read. Ask the contributor to shorten it.';
  }
}

export class WordContributionError extends FileFormatError {
  constructor(
    readonly problem: WordContributionProblem,
    readonly params: WordContributionParams = {},
    /** For developers and tests; never shown to users. */
    detail?: string,
  ) {
    super(FILE_CODES[problem], wordContributionMessage(problem, params), detail);
  }
}
