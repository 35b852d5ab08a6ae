// Each cleared section's latest clearance and whether its text changed since, for the outline and
// the section's header. The comparison (shared/diff) is loaded only for a draft that has
// clearances, so it stays out of the start-up code; a section is compared again only when its
// text or its latest clearance changed, and an unchanged section keeps the same mark object (the
// outline's entries are memoised on it).
import { useEffect, useMemo, useState } from 'react';
import type { Clearance, ClearanceRecord } from '../../../shared/collab/model';
import type { FieldTexts } from '../../../shared/model/field-texts';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import type * as RecordsModule from '../../../shared/clearance/records';

export interface ClearanceMark {
  record: ClearanceRecord;
  /** Null while the comparison is loading. */
  changed: boolean | null;
}

type Records = typeof RecordsModule;

interface SectionLike {
  id: string;
  content(): SerializedEditorState;
}

interface Compared {
  record: ClearanceRecord;
  fields: FieldTexts;
  mark: ClearanceMark;
}

// Keyed by the section as the open draft holds it, which is a new object whenever its text
// changes (its reader may stay the same function): a section not edited since is not compared
// again and keeps its mark object.
const compared = new WeakMap<SectionLike, Compared>();

export function useClearanceMarks(
  clearance: Clearance | undefined,
  sections: readonly SectionLike[],
  fields: FieldTexts,
): ReadonlyMap<string, ClearanceMark> {
  const [records, setRecords] = useState<Records | null>(null);
  const hasRecords = (clearance?.records.length ?? 0) > 0;
  useEffect(() => {
    if (!hasRecords || records) return;
    let cancelled = false;
    void import('../../../shared/clearance/records').then((module) => !cancelled && setRecords(module));
    return () => {
      cancelled = true;
    };
  }, [hasRecords, records]);

  return useMemo(() => {
    const marks = new Map<string, ClearanceMark>();
    if (!clearance || !hasRecords) return marks;
    const latest = new Map<string, ClearanceRecord>();
    for (const record of clearance.records) {
      const known = latest.get(record.sectionId);
      if (!known || record.at >= known.at) latest.set(record.sectionId, record);
    }
    for (const section of sections) {
      const record = latest.get(section.id);
      if (!record) continue;
      const known = compared.get(section);
      if (known && known.record === record && known.fields === fields && (known.mark.changed !== null || !records)) {
        marks.set(section.id, known.mark);
        continue;
      }
      const changed = records
        ? records.changedSinceCleared(
            { steps: clearance.steps, records: [record] },
            section.id,
            section.content(),
            fields,
          )
        : null;
      const mark = { record, changed };
      compared.set(section, { record, fields, mark });
      marks.set(section.id, mark);
    }
    return marks;
  }, [clearance, hasRecords, sections, fields, records]);
}
