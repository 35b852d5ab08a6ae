// The start screen: the user's drafts, newest edit first, with search and the "New draft" form.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../app/AppHeader';
import type { Route } from '../app/route';
import type { DraftRow } from '../storage/db';
import { LibraryLinks, LibraryTrashNotice } from '../backup/LibraryLinks';
import { useToasts } from '../ui/Toasts';
import { LibraryFileActions } from '../files/LibraryFileActions';
import { useAppCommand } from '../files/use-app-command';
import { DraftCard } from './DraftCard';
import { LibraryEmpty, NoResults } from './LibraryEmpty';
import { lazyPart } from '../ui/Lazy';
import { RenameDialog } from './RenameDialog';
import { SearchBox } from './SearchBox';
import { useLibrary } from './use-library';
import { useProgressiveList } from './use-progressive-list';
import { useServices } from '../services/context';

// Loaded when first opened (see ui/Lazy.tsx).
const NewDraftDialog = lazyPart(() => import('./NewDraftDialog'), 'NewDraftDialog');

export function LibraryScreen({ navigate }: { navigate(route: Route): void }) {
  const { repository } = useServices();
  const { t } = useTranslation('library');
  const toasts = useToasts();
  const library = useLibrary();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<DraftRow | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const { rows, visible } = library;
  const shown = useProgressiveList(visible);
  const hasDrafts = rows !== null && rows.length > 0;
  useEffect(() => {
    document.title = t('common:app.name');
  }, [t]);
  useAppCommand('new-draft', () => setCreating(true));

  const focusAfterRemoval = (index: number) => {
    requestAnimationFrame(() => {
      const links = listRef.current?.querySelectorAll<HTMLAnchorElement>('.draft-card-title a');
      const target =
        links?.[Math.min(index, links.length - 1)] ?? document.querySelector<HTMLElement>('.new-draft-button');
      target?.focus();
    });
  };

  async function duplicate(row: DraftRow) {
    try {
      await repository.duplicate(row.id, t('copyTitle', { title: row.fields.title }));
      await library.refresh();
      toasts.show({ message: t('toast.duplicated', { title: row.fields.title }) });
    } catch {
      toasts.show({ message: t('toast.failed') });
    }
  }

  async function remove(row: DraftRow) {
    const index = visible?.indexOf(row) ?? 0;
    try {
      await repository.trash(row.id);
      await library.refresh();
      focusAfterRemoval(index);
      toasts.show({
        message: t('toast.trashed', { title: row.fields.title }),
        action: {
          label: t('common:actions.undo'),
          run: async () => {
            await repository.restore(row.id);
            await library.refresh();
            toasts.show({ message: t('toast.restored', { title: row.fields.title }) });
          },
        },
      });
    } catch {
      toasts.show({ message: t('toast.failed') });
    }
  }

  return (
    <div className="app">
      <AppHeader />
      <main className="app-main library" id="main">
        <div className="library-head">
          <h1 className="library-heading">{t('heading')}</h1>
          {hasDrafts && (
            <div className="file-actions">
              <LibraryFileActions />
              <button
                type="button"
                className="button button-primary new-draft-button"
                onClick={() => setCreating(true)}
              >
                {t('newDraft.open')}
              </button>
            </div>
          )}
        </div>
        <LibraryLinks />
        <LibraryTrashNotice />
        {library.failed && (
          <p className="form-error" role="alert">
            {t('loadFailed')}
          </p>
        )}
        {rows === null && !library.failed && <p className="loading">{t('loading')}</p>}
        {rows !== null && rows.length === 0 && <LibraryEmpty onCreate={() => setCreating(true)} />}
        {hasDrafts && (
          <>
            <SearchBox
              value={library.query}
              onChange={library.setQuery}
              found={library.query.trim() ? (visible?.length ?? 0) : null}
            />
            {visible && visible.length === 0 ? (
              <NoResults query={library.query} onClear={() => library.setQuery('')} />
            ) : (
              <ul className="draft-list" ref={listRef}>
                {shown?.map((row) => (
                  <DraftCard
                    key={row.id}
                    row={row}
                    onRename={setRenaming}
                    onDuplicate={(r) => void duplicate(r)}
                    onDelete={(r) => void remove(r)}
                  />
                ))}
              </ul>
            )}
          </>
        )}
      </main>
      {creating && (
        <NewDraftDialog
          onClose={() => setCreating(false)}
          onCreated={(draftId) => {
            setCreating(false);
            navigate({ screen: 'draft', draftId, sectionId: null });
          }}
        />
      )}
      {renaming && (
        <RenameDialog
          draftId={renaming.id}
          title={renaming.fields.title}
          onClose={() => setRenaming(null)}
          onRenamed={() => {
            setRenaming(null);
            void library.refresh();
          }}
        />
      )}
    </div>
  );
}
