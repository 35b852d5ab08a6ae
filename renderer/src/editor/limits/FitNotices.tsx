// Tells the user, under the toolbar, what the editor changed or refused so the section can be
// saved, and warns when the section is nearly full. The live region is always on the page so
// that screen readers announce each new message.
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LIST_INDENT } from '../../../../shared/model/editor-nodes';
import type { FitNoticeKind, FitNoticeLog } from './notices';

/** Counted as the user sees them: the first level is 1. */
const LEVELS = MAX_LIST_INDENT + 1;

function useMessage(kind: FitNoticeKind): string {
  const { t } = useTranslation('editor');
  switch (kind) {
    case 'indentCap':
      return t('limits.indentCap', { levels: LEVELS });
    case 'listFlattened':
      return t('limits.listFlattened', { levels: LEVELS });
    case 'runSplit':
      return t('limits.runSplit');
    case 'blocksJoined':
      return t('limits.blocksJoined');
    case 'pasteRefused':
      return t('limits.pasteRefused');
  }
}

function Notice({ kind, onDismiss }: { kind: FitNoticeKind; onDismiss(): void }) {
  const { t } = useTranslation('editor');
  return (
    <p className="nd-editor__notice" data-kind={kind}>
      <span>{useMessage(kind)}</span>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        {t('limits.dismiss')}
      </button>
    </p>
  );
}

export function FitNotices({ notices, nearlyFull }: { notices: FitNoticeLog; nearlyFull: number | null }) {
  const { t, i18n } = useTranslation('editor');
  const notice = useSyncExternalStore(notices.subscribe, notices.getNotice);
  return (
    <div className="nd-editor__notices" role="status" aria-live="polite">
      {notice && <Notice key={notice.id} kind={notice.kind} onDismiss={() => notices.dismiss()} />}
      {nearlyFull !== null && (
        <p className="nd-editor__notice nd-editor__notice--warning">
          {t('limits.nearlyFull', {
            used: new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(Math.min(nearlyFull, 1)),
          })}
        </p>
      )}
    </div>
  );
}
