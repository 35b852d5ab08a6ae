// The clearance sheet as the UI names it: sections as the app names them, steps in the UI
// language, and the .docx's texts.
import type { TFunction } from 'i18next';
import type { ClearanceStep } from '../../../shared/collab/model';
import { clearanceSheet, type SheetRow } from '../../../shared/clearance/sheet';
import type { ClearanceSheetTexts } from '../../../shared/docx/clearance-sheet';
import type { Draft } from '../../../shared/model/draft';
import { fieldTexts } from '../../../shared/model/field-texts';
import { clearanceOf } from '../../../shared/clearance/path';
import { sectionName } from '../templates/section-names';
import { formatDateTime } from '../ui/format';

export function sheetRows(draft: Draft, t: TFunction, stepName: (step: ClearanceStep) => string): SheetRow[] {
  return clearanceSheet(
    draft.sections,
    clearanceOf(draft),
    { section: (s) => sectionName(s, t, draft.language), step: stepName },
    fieldTexts(draft),
  );
}

export function sheetTexts(draft: Draft, t: TFunction, uiLanguage: string, now = Date.now()): ClearanceSheetTexts {
  const formatDate = (ms: number) => formatDateTime(ms, uiLanguage);
  return {
    heading: t('clearance.sheet.heading', { ns: 'draft' }),
    draftTitle: draft.fields.title,
    preparedLine: t('clearance.sheet.prepared', { ns: 'draft', date: formatDate(now) }),
    section: t('clearance.sheet.section', { ns: 'draft' }),
    step: t('clearance.sheet.step', { ns: 'draft' }),
    by: t('clearance.sheet.by', { ns: 'draft' }),
    date: t('clearance.sheet.date', { ns: 'draft' }),
    note: t('clearance.sheet.note', { ns: 'draft' }),
    changed: t('clearance.changed', { ns: 'draft' }),
    notCleared: t('clearance.sheet.notCleared', { ns: 'draft' }),
    formatDate,
  };
}
