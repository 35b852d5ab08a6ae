// The draft's versions, newest first, each with Compare and Restore.
import { useTranslation } from 'react-i18next';
import type { VersionRow } from '../storage/db';
import { formatDateTime, formatNumber } from '../ui/format';
import { useVersionLabel } from './use-version-label';

interface VersionListProps {
  versions: VersionRow[];
  onCompare(version: VersionRow): void;
  onRestore(version: VersionRow): void;
}

export function VersionList({ versions, onCompare, onRestore }: VersionListProps) {
  const { t, i18n } = useTranslation('safety');
  const label = useVersionLabel();
  if (versions.length === 0) return <p className="versions-empty">{t('versions.empty')}</p>;
  return (
    <ol className="version-list">
      {versions.map((version) => {
        const date = formatDateTime(version.createdAt, i18n.language);
        return (
          <li
            key={version.id}
            className={`version-item version-${version.reason === 'manual' ? 'named' : 'automatic'}`}
          >
            <div className="version-what">
              <p className="version-name">{label(version)}</p>
              <p className="version-facts">
                <time dateTime={new Date(version.createdAt).toISOString()}>{date}</time>
                {' · '}
                {t('versions.words', { formatted: formatNumber(version.words, i18n.language) })}
              </p>
            </div>
            <div className="version-actions">
              <button
                type="button"
                className="button button-small"
                aria-label={t('versions.compareLabel', { date })}
                onClick={() => onCompare(version)}
              >
                {t('versions.compare')}
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={t('versions.restoreLabel', { date })}
                onClick={() => onRestore(version)}
              >
                {t('versions.restore')}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
