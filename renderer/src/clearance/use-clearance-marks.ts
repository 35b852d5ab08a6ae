// Each cleared section's latest clearance and whether its text changed since, for the outline and
// the section's header. The comparison (shared/diff) is loaded only for a draft that has
// clearances, so it stays out of the start-up code. A section is compared when the draft opens
// or its latest clearance changes; after an edit it is compared again only once typing has paused
// and the page is idle (comparing serialises the whole section, too much for the frames of a
// typist: bench/), keeping its mark meanwhile. An unchanged result keeps the same mark object
// (the outline's entries are memoised on it).
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Clearance, ClearanceRecord } from '../../../shared/collab/model';
import type { FieldTexts } from '../../../shared/model/field-texts';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import type * as RecordsModule from '../../../shared/clearance/records';
import { whenIdle } from '../ui/when-idle';

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

/** How long typing must pause before an edited section is compared again (ms). */
export const COMPARE_AFTER_MS = 800;

// Keyed by the section as the open draft holds it, which is a new object whenever its text
// changes (its reader may stay the same function): a section not edited since is not compared
// again and keeps its mark object.
const compared = new WeakMap<SectionLike, Compared>();
// The last comparison against each clearance record, whichever text of the section it was: the
// mark shown while an edited section waits to be compared again.
const lastCompared = new WeakMap<ClearanceRecord, Compared>();

function compare(
  records: Records,
  steps: Clearance['steps'],
  section: SectionLike,
  record: ClearanceRecord,
  fields: FieldTexts,
  previous: ClearanceMark | undefined,
): ClearanceMark {
  const changed = records.changedSinceCleared({ steps, records: [record] }, section.id, section.content(), fields);
  const mark = previous && previous.record === record && previous.changed === changed ? previous : { record, changed };
  const done = { record, fields, mark };
  compared.set(section, done);
  lastCompared.set(record, done);
  return mark;
}

export function useClearanceMarks(
  clearance: Clearance | undefined,
  sections: readonly SectionLike[],
  fields: FieldTexts,
): ReadonlyMap<string, ClearanceMark> {
  const [records, setRecords] = useState<Records | null>(null);
  // Bumped when deferred comparisons are done, to show their marks.
  const [comparedCount, setComparedCount] = useState(0);
  const hasRecords = (clearance?.records.length ?? 0) > 0;
  useEffect(() => {
    if (!hasRecords || records) return;
    let cancelled = false;
    void import('../../../shared/clearance/records').then((module) => !cancelled && setRecords(module));
    return () => {
      cancelled = true;
    };
  }, [hasRecords, records]);

  const { marks, edited } = useMemo(() => {
    void comparedCount;
    const marks = new Map<string, ClearanceMark>();
    const edited: [SectionLike, ClearanceRecord][] = [];
    if (!clearance || !hasRecords) return { marks, edited };
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
      const before = lastCompared.get(record);
      if (records && before && before.fields === fields && before.mark.changed !== null) {
        // Edited since its last comparison: compared again when typing pauses.
        marks.set(section.id, before.mark);
        edited.push([section, record]);
        continue;
      }
      const mark = records
        ? compare(records, clearance.steps, section, record, fields, before?.mark)
        : { record, changed: null };
      if (!records) compared.set(section, { record, fields, mark });
      marks.set(section.id, mark);
    }
    return { marks, edited };
  }, [clearance, hasRecords, sections, fields, records, comparedCount]);

  useEffect(() => {
    if (edited.length === 0 || !records || !clearance) return;
    let cancelIdle = () => {};
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => {
        for (const [section, record] of edited)
          compare(records, clearance.steps, section, record, fields, lastCompared.get(record)?.mark);
        startTransition(() => setComparedCount((n) => n + 1));
      }, 1000);
    }, COMPARE_AFTER_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle();
    };
  }, [edited, records, clearance, fields]);

  return marks;
}
