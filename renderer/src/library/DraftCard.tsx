// One draft in the library: what it is, how far along, when last touched, and what can be done.
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { routeHash } from '../app/route';
import type { DraftRow } from '../storage/db';
import { templateById } from '../templates/registry';
import { DocumentText } from '../ui/DocumentText';
import { formatDateTime, formatNumber, languageName } from '../ui/format';

interface DraftCardProps {
  row: DraftRow;
  onRename(row: DraftRow): void;
  onDuplicate(row: DraftRow): void;
  onDelete(row: DraftRow): void;
}

export function DraftCard({ row, onRename, onDuplicate, onDelete }: DraftCardProps) {
  const { t, i18n } = useTranslation(['library', 'templates']);
  const locale = i18n.language;
  const template = templateById(row.templateId);
  const titleId = `draft-title-${row.id}`;
  const fill = row.normsTotal > 0 ? row.normsWritten / row.normsTotal : 0;
  return (
    <li className="draft-card">
      <div className="draft-card-body">
        <h2 className="draft-card-title" id={titleId}>
          <a href={routeHash({ screen: 'draft', draftId: row.id, sectionId: null })}>
            <DocumentText language={row.language}>{row.fields.title}</DocumentText>
          </a>
        </h2>
        <p className="draft-card-submitter">
          {/* Isolated, so a name in another script keeps its punctuation, aligned with the UI. */}
          <bdi>{row.fields.submitter}</bdi>
        </p>
        <dl className="draft-card-facts">
          <div>
            <dt>{t('card.template')}</dt>
            <dd>{template ? t(template.nameKey, { ns: 'templates' }) : row.templateId}</dd>
          </div>
          <div>
            <dt>{t('card.language')}</dt>
            <dd>{languageName(row.language, t)}</dd>
          </div>
          <div>
            <dt>{t('card.edited')}</dt>
            <dd>
              <time dateTime={new Date(row.updatedAt).toISOString()}>{formatDateTime(row.updatedAt, locale)}</time>
            </dd>
          </div>
        </dl>
      </div>
      <div className="draft-card-progress">
        <span className="progress-bar" aria-hidden="true" style={{ '--fill': fill } as CSSProperties}>
          <span className="progress-bar-fill" />
        </span>
        <p className="draft-card-norms">
          {t('card.progress', {
            count: row.normsWritten,
            formatted: formatNumber(row.normsWritten, locale),
            total: formatNumber(row.normsTotal, locale),
          })}
        </p>
        <p className="draft-card-words">
          {t('card.words', { count: row.words, formatted: formatNumber(row.words, locale) })}
        </p>
      </div>
      <div className="draft-card-actions">
        <button
          type="button"
          className="button button-small"
          aria-label={t('card.renameLabel', { title: row.fields.title })}
          onClick={() => onRename(row)}
        >
          {t('card.rename')}
        </button>
        <button
          type="button"
          className="button button-small"
          aria-label={t('card.duplicateLabel', { title: row.fields.title })}
          onClick={() => onDuplicate(row)}
        >
          {t('card.duplicate')}
        </button>
        <button
          type="button"
          className="button button-small button-danger"
          aria-label={t('card.deleteLabel', { title: row.fields.title })}
          onClick={() => onDelete(row)}
        >
          {t('card.delete')}
        </button>
      </div>
    </li>
  );
}
