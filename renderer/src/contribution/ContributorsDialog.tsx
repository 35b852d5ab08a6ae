// The lead's contributors: who writes which sections, what is asked and by when; "Send for
// contribution" writes one file per chosen contributor. Nothing is saved on Cancel or Escape.
// The dialog reads the draft as stored once typing still pending is written.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Collaboration, ContributionTicket, SentContribution } from '../../../shared/collab/model';
import type { Section } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import { useServices } from '../services/context';
import { StorageError } from '../storage/errors';
import { UnsavedTextError } from '../storage/live-draft';
import { newId } from '../storage/new-id';
import { sectionName } from '../templates/section-names';
import { Modal } from '../ui/Modal';
import { LoadingPart } from '../ui/Lazy';
import { useToasts } from '../ui/Toasts';
import { checkEntries, toContributors, type ContributorEntry, type EntryProblem } from './contributor-form';
import { saveContributors } from './save-collaboration';
import { sendContributions, type SendResult } from './send-contributions';
import './contribution.css';

interface Loaded {
  collaboration?: Collaboration;
  sections: readonly Pick<Section, 'id' | 'kind' | 'norm' | 'heading'>[];
  language: Language;
}

export function ContributorsDialog({ draftId, onClose }: { draftId: string; onClose(): void }) {
  const { t } = useTranslation('draft');
  const { autosaver, repository } = useServices();
  const toasts = useToasts();
  const [loaded, setLoaded] = useState<Loaded | 'failed' | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        await autosaver.flush();
        const stored = await repository.get(draftId);
        if (!cancelled) setLoaded(stored ? stored.draft : 'failed');
      } catch {
        if (!cancelled) setLoaded('failed');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [autosaver, repository, draftId]);
  useEffect(() => {
    if (loaded !== 'failed') return;
    toasts.show({ message: t('contribution.loadFailed') });
    onClose();
  }, [loaded, toasts, t, onClose]);
  if (loaded === null) return <LoadingPart />;
  if (loaded === 'failed') return null;
  return (
    <ContributorsForm
      draftId={draftId}
      collaboration={loaded.collaboration}
      sections={loaded.sections}
      language={loaded.language}
      onClose={onClose}
      onDone={(sent) => {
        onClose();
        if (!sent) return toasts.show({ message: () => t('contribution.saved') });
        const { files, skipped } = sent;
        toasts.show({
          message: () =>
            [
              files.length > 0 ? t('contribution.sent', { number: files.length }) : '',
              skipped.length > 0 ? t('contribution.skipped', { names: skipped.join(', ') }) : '',
            ]
              .filter(Boolean)
              .join(' '),
        });
      }}
    />
  );
}

type Failure = 'save' | 'conflict' | 'unsaved' | 'send';

function ContributorsForm({
  draftId,
  collaboration,
  sections,
  language,
  onClose,
  onDone,
}: Loaded & { draftId: string; onClose(): void; onDone(sent: SendResult | null): void }) {
  const { t } = useTranslation(['draft', 'files']);
  const services = useServices();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [entries, setEntries] = useState<ContributorEntry[]>(() =>
    (collaboration?.contributors ?? []).map((contributor) => ({ ...contributor, send: true })),
  );
  const [others, setOthers] = useState<ContributionTicket['others']>('read-only');
  const [medium, setMedium] = useState<SentContribution['medium']>('normdraft');
  const [problem, setProblem] = useState<EntryProblem | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  const update = (entryId: string, patch: Partial<ContributorEntry>) => {
    setEntries((list) => list.map((entry) => (entry.id === entryId ? { ...entry, ...patch } : entry)));
    if (problem?.id === entryId || problem?.field === 'none-chosen') setProblem(null);
  };
  const add = () => {
    const entry: ContributorEntry = {
      id: newId(),
      name: '',
      organisation: '',
      sections: [],
      request: '',
      due: '',
      send: true,
    };
    setEntries((list) => [...list, entry]);
    // Focus the new contributor's name once it is on the page.
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLInputElement>(`[data-entry="${entry.id}"] input`)?.focus(),
    );
  };
  const remove = (entryId: string) => setEntries((list) => list.filter((entry) => entry.id !== entryId));
  const toggleSection = (entry: ContributorEntry, sectionId: string, on: boolean) => {
    const wanted = new Set(entry.sections);
    if (on) wanted.add(sectionId);
    else wanted.delete(sectionId);
    // Kept in the draft's order, as the ticket will list them.
    update(entry.id, { sections: sections.filter((s) => wanted.has(s.id)).map((s) => s.id) });
  };

  async function submit(event: FormEvent, sending: boolean) {
    event.preventDefault();
    if (busy) return;
    const found = checkEntries(entries, sending);
    setProblem(found);
    setFailure(null);
    if (found) {
      const selector =
        found.id === null
          ? '[name="send"]'
          : `[data-entry="${found.id}"] [name="${found.field === 'name' ? 'name' : 'section'}"]`;
      formRef.current?.querySelector<HTMLElement>(selector)?.focus();
      return;
    }
    setBusy(true);
    try {
      const contributors = toContributors(entries);
      if (!sending) {
        await saveContributors(services, draftId, contributors);
        return onDone(null);
      }
      const chosen = entries.filter((entry) => entry.send).map((entry) => entry.id);
      const result = await sendContributions(
        services,
        draftId,
        contributors,
        chosen,
        { others, medium },
        {
          fallbackName: t('files:defaultName'),
          filterName: { normdraft: t('files:filter.normdraft'), word: t('files:filter.docx') },
        },
      );
      onDone(result);
    } catch (error) {
      setFailure(
        error instanceof UnsavedTextError
          ? 'unsaved'
          : error instanceof StorageError && error.code === 'conflict'
            ? 'conflict'
            : sending
              ? 'send'
              : 'save',
      );
      setBusy(false);
    }
  }

  const failureText: Record<Failure, string> = {
    save: t('contribution.saveFailed'),
    conflict: t('contribution.conflict'),
    unsaved: t('contribution.unsaved'),
    send: t('contribution.sendFailed'),
  };

  return (
    <Modal titleId={`${id}-title`} describedBy={`${id}-intro`} onClose={onClose} className="contributors-dialog">
      <form ref={formRef} className="form" onSubmit={(event) => void submit(event, false)} noValidate>
        <h2 id={`${id}-title`} className="modal-title">
          {t('contribution.heading')}
        </h2>
        <p id={`${id}-intro`} className="field-hint">
          {t('contribution.intro')}
        </p>
        {entries.length === 0 && <p className="contributors-empty">{t('contribution.none')}</p>}
        {entries.map((entry, index) => {
          const nameError = problem?.id === entry.id && problem.field === 'name';
          const sectionsError = problem?.id === entry.id && problem.field === 'sections';
          const label = entry.name.trim() || t('contribution.unnamed', { number: index + 1 });
          return (
            <fieldset key={entry.id} className="contributor" data-entry={entry.id}>
              <legend className="contributor-legend">
                <bdi>{label}</bdi>
              </legend>
              <div className="field-row">
                <div className={`field${nameError ? ' field-invalid' : ''}`}>
                  <label className="field-label" htmlFor={`${id}-${entry.id}-name`}>
                    {t('contribution.name')}
                  </label>
                  <input
                    id={`${id}-${entry.id}-name`}
                    name="name"
                    type="text"
                    dir="auto"
                    autoComplete="off"
                    value={entry.name}
                    aria-required
                    aria-invalid={nameError || undefined}
                    aria-describedby={nameError ? `${id}-${entry.id}-name-error` : undefined}
                    onChange={(event) => update(entry.id, { name: event.target.value })}
                  />
                  {nameError && (
                    <p id={`${id}-${entry.id}-name-error`} className="field-error">
                      {t('contribution.nameMissing')}
                    </p>
                  )}
                </div>
                <div className="field">
                  <label className="field-label" htmlFor={`${id}-${entry.id}-organisation`}>
                    {t('contribution.organisation')}
                  </label>
                  <input
                    id={`${id}-${entry.id}-organisation`}
                    name="organisation"
                    type="text"
                    dir="auto"
                    autoComplete="off"
                    value={entry.organisation}
                    onChange={(event) => update(entry.id, { organisation: event.target.value })}
                  />
                </div>
              </div>
              <fieldset
                className={`field contributor-sections${sectionsError ? ' field-invalid' : ''}`}
                aria-describedby={sectionsError ? `${id}-${entry.id}-sections-error` : undefined}
              >
                <legend className="field-label">{t('contribution.sections', { name: label })}</legend>
                <div className="contributor-section-list">
                  {sections.map((section) => (
                    <label key={section.id} className="inline-choice">
                      <input
                        type="checkbox"
                        name="section"
                        checked={entry.sections.includes(section.id)}
                        onChange={(event) => toggleSection(entry, section.id, event.target.checked)}
                      />
                      {sectionName(section, t, language)}
                    </label>
                  ))}
                </div>
                {sectionsError && (
                  <p id={`${id}-${entry.id}-sections-error`} className="field-error">
                    {t('contribution.sectionsMissing', { name: label })}
                  </p>
                )}
              </fieldset>
              <div className="field">
                <label className="field-label" htmlFor={`${id}-${entry.id}-request`}>
                  {t('contribution.request')}
                </label>
                <textarea
                  id={`${id}-${entry.id}-request`}
                  name="request"
                  dir="auto"
                  rows={2}
                  value={entry.request}
                  onChange={(event) => update(entry.id, { request: event.target.value })}
                />
              </div>
              <div className="contributor-footer">
                <div className="field contributor-due">
                  <label className="field-label" htmlFor={`${id}-${entry.id}-due`}>
                    {t('contribution.due')}
                  </label>
                  <input
                    id={`${id}-${entry.id}-due`}
                    name="due"
                    type="date"
                    value={entry.due}
                    onChange={(event) => update(entry.id, { due: event.target.value })}
                  />
                </div>
                <label className="inline-choice">
                  <input
                    type="checkbox"
                    name="send"
                    checked={entry.send}
                    onChange={(event) => update(entry.id, { send: event.target.checked })}
                  />
                  {t('contribution.sendTo', { name: label })}
                </label>
                <button type="button" className="button button-small" onClick={() => remove(entry.id)}>
                  {t('contribution.remove', { name: label })}
                </button>
              </div>
            </fieldset>
          );
        })}
        <div>
          <button type="button" className="button" onClick={add}>
            {t('contribution.add')}
          </button>
        </div>
        {entries.length > 0 && (
          <>
            <fieldset className="field">
              <legend className="field-label">{t('contribution.othersLabel')}</legend>
              <div className="inline-choices">
                <label className="inline-choice">
                  <input
                    type="radio"
                    name="others"
                    checked={others === 'read-only'}
                    onChange={() => setOthers('read-only')}
                  />
                  {t('contribution.othersReadOnly')}
                </label>
                <label className="inline-choice">
                  <input
                    type="radio"
                    name="others"
                    checked={others === 'omitted'}
                    onChange={() => setOthers('omitted')}
                  />
                  {t('contribution.othersOmitted')}
                </label>
              </div>
            </fieldset>
            <fieldset className="field">
              <legend className="field-label">{t('contribution.mediumLabel')}</legend>
              <div className="inline-choices">
                <label className="inline-choice">
                  <input
                    type="radio"
                    name="medium"
                    checked={medium === 'normdraft'}
                    onChange={() => setMedium('normdraft')}
                  />
                  {t('contribution.mediumNormdraft')}
                </label>
                <label className="inline-choice">
                  <input type="radio" name="medium" checked={medium === 'word'} onChange={() => setMedium('word')} />
                  {t('contribution.mediumWord')}
                </label>
              </div>
            </fieldset>
          </>
        )}
        {problem?.field === 'none-chosen' && (
          <p className="form-error" role="alert">
            {t('contribution.noneChosen')}
          </p>
        )}
        {failure && (
          <p className="form-error" role="alert">
            {failureText[failure]}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button" disabled={busy}>
            {t('contribution.save')}
          </button>
          {entries.length > 0 && (
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={(event) => void submit(event, true)}
            >
              {t('contribution.send')}
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
