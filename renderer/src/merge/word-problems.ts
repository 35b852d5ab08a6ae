// A returned Word file the contribution reader refused, in the user's language: one text per
// problem code (shared/contribution/word-errors.ts), never the reader's English sentence.
import type { TFunction } from 'i18next';
import type { WordContributionError } from '../../../shared/contribution/word-errors';

export function wordProblemText(error: WordContributionError, t: TFunction): string {
  const { limit, title = '', section = '' } = error.params;
  switch (error.problem) {
    case 'too-large':
      return t('merge.wordError.tooLarge', { ns: 'draft', limit });
    case 'damaged':
      return t('merge.wordError.damaged', { ns: 'draft' });
    case 'other-draft':
      return t('merge.wordError.otherDraft', { ns: 'draft', title });
    case 'not-a-contribution':
      return t('merge.wordError.notContribution', { ns: 'draft' });
    case 'details-damaged':
      return t('merge.wordError.detailsDamaged', { ns: 'draft' });
    case 'section-missing':
      return t('merge.wordError.sectionMissing', { ns: 'draft', section });
    case 'too-long':
      return t('merge.wordError.tooLong', { ns: 'draft' });
  }
}
