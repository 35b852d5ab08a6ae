// What a Word file still held of its review: how many tracked changes and by whom, whether the
// draft took them (with a button to import again the other way), and the comments with their
// authors, which never go into the draft.
import { useTranslation } from 'react-i18next';
import type { ImportReviewSummary, TrackedChangesChoice } from '../../../shared/import/docx/tracked-changes';
import type { Language } from '../../../shared/model/languages';
import { DocumentText } from '../ui/DocumentText';

interface ImportReviewNoteProps {
  review: ImportReviewSummary;
  headingId: string;
  /** The document's language: the comments are in it. */
  language: Language;
  onChoose(choice: TrackedChangesChoice): void;
}

export function ImportReviewNote({ review, headingId, language, onChoose }: ImportReviewNoteProps) {
  const { t } = useTranslation('import');
  const changes = review.insertions + review.deletions;
  const other: TrackedChangesChoice = review.changes === 'accept' ? 'reject' : 'accept';
  return (
    <section className="import-part import-review" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('report.review.title')}</h3>
      {changes > 0 && (
        <div className="import-note">
          <p>
            {t('report.review.changes', {
              count: changes,
              authors:
                review.authors.length > 0
                  ? review.authors.join(t('report.listSeparator'))
                  : t('report.review.unknownAuthor'),
            })}{' '}
            {review.changes === 'accept' ? t('report.review.accepted') : t('report.review.rejected')}
          </p>
          <button type="button" className="button button-small" onClick={() => onChoose(other)}>
            {other === 'reject' ? t('report.review.rejectInstead') : t('report.review.acceptInstead')}
          </button>
        </div>
      )}
      {review.comments.length > 0 && (
        <>
          <p>{t('report.review.comments', { count: review.comments.length + review.moreComments })}</p>
          <ul className="import-comments">
            {review.comments.map((comment, index) => (
              <li key={index}>
                <span className="import-comment-author">{comment.author || t('report.review.unknownAuthor')}</span>{' '}
                <DocumentText language={language}>{comment.text}</DocumentText>
              </li>
            ))}
          </ul>
          {review.moreComments > 0 && <p>{t('report.review.moreComments', { count: review.moreComments })}</p>}
        </>
      )}
    </section>
  );
}
