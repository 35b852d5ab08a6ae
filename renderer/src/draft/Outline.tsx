// The draft's table of contents: the overview first, then every section in order, each with its
// status and word count. Links, so Tab works; arrow keys, Home and End move between them too.
import { useTranslation } from 'react-i18next';
import { memo, type KeyboardEvent, type ReactNode } from 'react';
import { routeHash } from '../app/route';
import { formatNumber } from '../ui/format';
import { draftTotals, type SectionState } from './draft-state';
import type { Language } from '../../../shared/model/languages';
import { normLetter, normTag } from '../templates/section-names';
import { SectionTitle } from './SectionTitle';
import { StatusBadge } from './StatusBadge';
import type { ClearanceStep } from '../../../shared/collab/model';
import { ClearanceBadge } from '../clearance/ClearanceBadge';
import type { ClearanceMark } from '../clearance/use-clearance-marks';
import { ReviewCountBadge } from '../merge/ReviewCountBadge';
import type { OpenCounts } from '../merge/review-model';
import type { SectionReviewCounts } from '../../../shared/review/counts';
import { ReviewCountBadges } from '../review/comments/ReviewCountBadges';

interface OutlineProps {
  draftId: string;
  sections: SectionState[];
  language: Language;
  currentSectionId: string | null;
  clearanceSteps?: readonly ClearanceStep[];
  /** Each cleared section's latest clearance (see use-clearance-marks.ts). */
  clearanceMarks?: ReadonlyMap<string, ClearanceMark>;
  /** Actions on the whole draft shown under its total (the clearance panel). */
  tools?: ReactNode;
  /** Per section id: merged changes and conflicts still to review. */
  reviewCounts?: ReadonlyMap<string, OpenCounts>;
  /** In a contributor's copy, the sections asked of them: the others are marked read-only. */
  asked?: readonly string[];
  /** Per section id: open comments and pending suggestions (only sections with some). */
  commentCounts?: ReadonlyMap<string, SectionReviewCounts>;
  /**
   * False for the screen's first frame: the list of sections (a long title, figures and badges
   * each) then comes in the task after it, so that the open section's text is not held up by it
   * and the first frame is no long task (bench/).
   */
  listed?: boolean;
}

function moveFocus(event: KeyboardEvent<HTMLOListElement>) {
  const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.outline-link')];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  let next = -1;
  if (event.key === 'ArrowDown') next = Math.min(links.length - 1, index + 1);
  else if (event.key === 'ArrowUp') next = Math.max(0, index - 1);
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = links.length - 1;
  if (next < 0) return;
  event.preventDefault();
  links[next]?.focus();
}

// One entry per section; memoised so that typing in a section renders only its own entry again
// (its word count), not all of them.
interface OutlineItemProps {
  draftId: string;
  section: SectionState;
  language: Language;
  current: boolean;
  clearanceSteps?: readonly ClearanceStep[] | undefined;
  clearance?: ClearanceMark | undefined;
  review: OpenCounts | undefined;
  part: 'mine' | 'read-only' | null;
  comments: SectionReviewCounts | undefined;
}

const OutlineItem = memo(function OutlineItem({
  draftId,
  section,
  language,
  current,
  clearanceSteps,
  clearance,
  review,
  part,
  comments,
}: OutlineItemProps) {
  const { t, i18n } = useTranslation('draft');
  return (
    <li>
      <a
        className={`outline-link outline-${section.kind}${part ? ` outline-${part}` : ''}`}
        href={routeHash({ screen: 'draft', draftId, sectionId: section.id })}
        aria-current={current ? 'page' : undefined}
      >
        {section.norm ? (
          <span className="outline-letter">
            <span aria-hidden="true">{normLetter(section.norm)}</span>
            <span className="visually-hidden">{normTag(section, t)}</span>
          </span>
        ) : (
          <span className="outline-letter outline-letter-none" aria-hidden="true" />
        )}
        <span className="outline-title">
          <SectionTitle section={section} language={language} chrome />
        </span>
        <span className="outline-meta">
          <StatusBadge status={section.status} />
          {review && <ReviewCountBadge counts={review} />}
          {comments && <ReviewCountBadges counts={comments} />}
          {/* Only the contributor's own sections are marked: usually a few among many read-only ones. */}
          {part === 'mine' && <span className="outline-part">{t('contribution.outlineMine')}</span>}
          <span className="outline-words">
            {t('words', { count: section.words, formatted: formatNumber(section.words, i18n.language) })}
          </span>
          {clearance && clearanceSteps && <ClearanceBadge mark={clearance} steps={clearanceSteps} />}
        </span>
      </a>
    </li>
  );
});

export function Outline({
  draftId,
  sections,
  language,
  currentSectionId,
  clearanceSteps,
  clearanceMarks,
  tools,
  reviewCounts,
  asked,
  commentCounts,
  listed = true,
}: OutlineProps) {
  const { t, i18n } = useTranslation('draft');
  const totalWords = draftTotals(sections).words;
  return (
    <nav className="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading" className="outline-heading">
        {t('outline.heading')}
      </h2>
      <p className="outline-total">
        <span>{t('outline.total')}</span>
        <span>{t('words', { count: totalWords, formatted: formatNumber(totalWords, i18n.language) })}</span>
      </p>
      {tools && <div className="outline-tools">{tools}</div>}
      <ol className="outline-list" onKeyDown={moveFocus} aria-busy={listed ? undefined : true}>
        <li>
          <a
            className="outline-link outline-overview"
            href={routeHash({ screen: 'draft', draftId, sectionId: null })}
            aria-current={currentSectionId === null ? 'page' : undefined}
          >
            <span className="outline-title">{t('outline.overview')}</span>
          </a>
        </li>
        {listed &&
          sections.map((section) => (
            <OutlineItem
              key={section.id}
              draftId={draftId}
              section={section}
              language={language}
              current={currentSectionId === section.id}
              clearanceSteps={clearanceSteps}
              clearance={clearanceMarks?.get(section.id)}
              review={reviewCounts?.get(section.id)}
              part={asked ? (asked.includes(section.id) ? 'mine' : 'read-only') : null}
              comments={commentCounts?.get(section.id)}
            />
          ))}
      </ol>
    </nav>
  );
}
