// A version against today's text, section by section: the changed sections first, with what was
// added, removed and reformatted since (kept as the document shows it: lists, bold, footnote
// numbers) and a way to put one back as it was; the others counted and listed.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diffRich, type RichDiff } from '../../../shared/diff/rich-diff';
import { fieldTexts } from '../../../shared/model/field-texts';
import type { Draft, Section } from '../../../shared/model/draft';
import { numberFootnotes } from '../../../shared/model/footnotes';
import { directionOf } from '../../../shared/model/languages';
import { normTag, sectionTitle } from '../templates/section-names';
import { formatNumber } from '../ui/format';
import { RichDiffText, type NoteNumbers } from './RichDiffText';

interface CompareViewProps {
  version: Draft;
  current: Draft;
  date: string;
  onRestoreSection(sectionId: string, name: string): void;
}

interface Row {
  id: string;
  name: string;
  diff: RichDiff | null;
  notes: NoteNumbers;
  where: 'both' | 'current' | 'version';
}

export function CompareView({ version, current, date, onRestoreSection }: CompareViewProps) {
  const { t, i18n } = useTranslation(['safety', 'draft']);
  const rows = useMemo<Row[]>(() => {
    const name = (s: Section) => [normTag(s, t), sectionTitle(s, t, current.language)].filter(Boolean).join(' – ');
    const old = new Map(version.sections.map((s) => [s.id, s]));
    const now = new Set(current.sections.map((s) => s.id));
    // Footnote numbers run through the whole draft, so each side is numbered as it was then.
    const firstBefore = numberFootnotes(version.sections).firstNumberBySection;
    const firstAfter = numberFootnotes(current.sections).firstNumberBySection;
    const fields = { before: fieldTexts(version), after: fieldTexts(current) };
    const notes = (id: string): NoteNumbers => ({ before: firstBefore.get(id) ?? 1, after: firstAfter.get(id) ?? 1 });
    const rowsNow: Row[] = current.sections.map((s) => {
      const before = old.get(s.id);
      return {
        id: s.id,
        name: name(s),
        where: before ? 'both' : 'current',
        notes: notes(s.id),
        diff: before ? diffRich(before.content, s.content, fields) : null,
      };
    });
    const gone: Row[] = version.sections
      .filter((s) => !now.has(s.id))
      .map((s) => ({ id: s.id, name: name(s), where: 'version', notes: notes(s.id), diff: null }));
    return [...rowsNow, ...gone];
  }, [version, current, t]);
  const number = (n: number) => formatNumber(n, i18n.language);

  const isChanged = (row: Row) => row.diff === null || row.diff.changed;
  // What changed comes first; the sections without changes are only counted, one click away.
  const changed = rows.filter(isChanged);
  const unchanged = rows.filter((row) => !isChanged(row));

  return (
    <div className="compare-view">
      <p className="compare-legend">{t('compare.legend')}</p>
      {changed.length === 0 && <p className="compare-note">{t('compare.nothingChanged')}</p>}
      {changed.map((row) => (
        <section key={row.id} className="compare-section" aria-labelledby={`compare-${row.id}`}>
          <h3 id={`compare-${row.id}`} className="compare-section-title">
            {row.name}
          </h3>
          {row.where === 'current' && <p className="compare-note">{t('compare.notInVersion')}</p>}
          {row.where === 'version' && <p className="compare-note">{t('compare.notInDraft')}</p>}
          {row.diff && (
            <>
              <p className="compare-summary">
                {t('compare.summary', { added: number(row.diff.added), removed: number(row.diff.removed) })}
              </p>
              {(row.diff.restyled > 0 || row.diff.restyledBlocks > 0 || row.diff.notesChanged > 0) && (
                <p className="compare-summary">
                  {t('compare.formatSummary', {
                    words: number(row.diff.restyled),
                    blocks: number(row.diff.restyledBlocks),
                    notes: number(row.diff.notesChanged),
                  })}
                </p>
              )}
              <div lang={current.language} dir={directionOf(current.language)}>
                <RichDiffText diff={row.diff} notes={row.notes} language={current.language} />
              </div>
              <button
                type="button"
                className="button button-small"
                aria-label={t('compare.restoreSectionLabel', { section: row.name, date })}
                onClick={() => onRestoreSection(row.id, row.name)}
              >
                {t('compare.restoreSection')}
              </button>
            </>
          )}
        </section>
      ))}
      {unchanged.length > 0 && (
        <details className="compare-unchanged">
          <summary>
            {t('compare.unchangedCount', { count: unchanged.length, formatted: number(unchanged.length) })}
          </summary>
          <ul>
            {unchanged.map((row) => (
              <li key={row.id}>{row.name}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
