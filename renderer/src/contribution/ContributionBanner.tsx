// The contributor's view of a contribution file: whose draft it is, what is asked and by when,
// which sections are theirs (the others are for reading only), and "Return contribution".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContributionTicket } from '../../../shared/collab/model';
import type { Section } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import { useServices } from '../services/context';
import { sectionName } from '../templates/section-names';
import { uiLocale } from '../ui/format';
import { useToasts } from '../ui/Toasts';
import { UnsavedTextError } from '../storage/live-draft';
import { writeReturnedContribution } from './return-contribution';
import './contribution.css';

interface ContributionBannerProps {
  draftId: string;
  ticket: ContributionTicket;
  sections: readonly Pick<Section, 'id' | 'kind' | 'norm' | 'heading'>[];
  language: Language;
  onOpenSection(sectionId: string): void;
}

function person({ name, organisation }: { name: string; organisation: string }): string {
  return organisation.trim() ? `${name} (${organisation})` : name;
}

/** A YYYY-MM-DD date in the UI language, as a calendar date (no time zone shift). */
function dueDate(iso: string, uiLanguage: string): string {
  return new Intl.DateTimeFormat(uiLocale(uiLanguage), { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.parse(`${iso}T00:00:00Z`),
  );
}

export function ContributionBanner({ draftId, ticket, sections, language, onOpenSection }: ContributionBannerProps) {
  const { t, i18n } = useTranslation(['draft', 'files']);
  const services = useServices();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const mine = sections.filter((section) => ticket.sections.includes(section.id));

  async function giveBack() {
    if (busy) return;
    setBusy(true);
    setFailed(null);
    try {
      const result = await writeReturnedContribution(services, draftId, {
        fileName: (name) => t('contribution.returnedFile', { name }),
        fallbackName: t('files:defaultName'),
        filterName: t('files:filter.normdraft'),
      });
      if (result)
        toasts.show({
          message: () => t('contribution.returned', { fileName: result.fileName, name: ticket.from.name }),
        });
    } catch (error) {
      setFailed(error instanceof UnsavedTextError ? t('contribution.unsaved') : t('contribution.returnFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="contribution-banner" aria-labelledby={`contribution-${draftId}`}>
      <h2 id={`contribution-${draftId}`} className="contribution-banner-title">
        {t('contribution.bannerTitle', { name: person(ticket.from) })}
      </h2>
      <dl className="contribution-facts">
        <dt>{t('contribution.forYou')}</dt>
        <dd>
          <bdi>{person(ticket.to)}</bdi>
        </dd>
        {ticket.request.trim() !== '' && (
          <>
            <dt>{t('contribution.asked')}</dt>
            <dd dir="auto">{ticket.request}</dd>
          </>
        )}
        {ticket.due !== '' && (
          <>
            <dt>{t('contribution.dueBy')}</dt>
            <dd>{dueDate(ticket.due, i18n.language)}</dd>
          </>
        )}
        <dt>{t('contribution.yourSections')}</dt>
        <dd>
          <ul className="contribution-sections">
            {mine.map((section) => (
              <li key={section.id}>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => onOpenSection(section.id)}
                >
                  {sectionName(section, t, language)}
                </button>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <div className="contribution-actions">
        <p className="contribution-note">
          {ticket.others === 'read-only' ? t('contribution.othersNote') : t('contribution.omittedNote')}
        </p>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void giveBack()}>
          {t('contribution.return')}
        </button>
      </div>
      {failed && (
        <p className="form-error" role="alert">
          {failed}
        </p>
      )}
    </section>
  );
}
