// Clearing a section at a step, and what a section's clearance says now: who cleared it at each
// step and when, and whether its text changed since it was last cleared. "Changed" is what a
// reader would see: the structural diff's blocks and tokens (words with their formatting,
// footnote text), never review marks.
import type { Clearance, ClearanceRecord, ClearanceStep } from '../collab/model';
import { COLLAB_LIMITS } from '../collab/schema';
import { stripMarks } from '../collab/marks';
import { diffBlocks, tokenKey } from '../diff/blocks';
import { diffRich, type RichDiff } from '../diff/rich-diff';
import type { FieldTexts } from '../model/field-texts';
import type { SerializedEditorState } from '../model/lexical-json';
import { DRAFT_LIMITS } from '../model/section-schema';

export type ClearError = 'no-name' | 'name-too-long' | 'unknown-step' | 'too-many-records';

export type ClearResult =
  { ok: true; clearance: Clearance; record: ClearanceRecord } | { ok: false; error: ClearError };

/** Records that `by` cleared the section at `stepId`, keeping its content (without marks) as cleared. */
export function clearSection(
  clearance: Clearance,
  record: Omit<ClearanceRecord, 'content' | 'by'> & { by: string; content: SerializedEditorState },
): ClearResult {
  const by = record.by.trim();
  if (!by) return { ok: false, error: 'no-name' };
  if (by.length > DRAFT_LIMITS.nameChars) return { ok: false, error: 'name-too-long' };
  if (!clearance.steps.some((step) => step.id === record.stepId)) return { ok: false, error: 'unknown-step' };
  if (clearance.records.length >= COLLAB_LIMITS.clearanceRecords) return { ok: false, error: 'too-many-records' };
  const kept: ClearanceRecord = { ...record, by, content: stripMarks(record.content) };
  return { ok: true, clearance: { ...clearance, records: [...clearance.records, kept] }, record: kept };
}

/** The section's latest clearance (the newest time; of equal times, the one recorded last). */
export function latestRecord(clearance: Clearance, sectionId: string): ClearanceRecord | undefined {
  let latest: ClearanceRecord | undefined;
  for (const record of clearance.records)
    if (record.sectionId === sectionId && (!latest || record.at >= latest.at)) latest = record;
  return latest;
}

export interface StepState {
  step: ClearanceStep;
  /** The latest clearance of the section at this step; undefined when not cleared there. */
  record: ClearanceRecord | undefined;
}

/** Each step of the path, in order, with the section's latest clearance there. */
export function sectionSteps(clearance: Clearance, sectionId: string): StepState[] {
  return clearance.steps.map((step) => {
    let record: ClearanceRecord | undefined;
    for (const r of clearance.records)
      if (r.sectionId === sectionId && r.stepId === step.id && (!record || r.at >= record.at)) record = r;
    return { step, record };
  });
}

const readerKey = (content: SerializedEditorState, fields: FieldTexts | undefined) =>
  diffBlocks(stripMarks(content), fields)
    .map((block) => [tokenKey({ kind: 'start', style: block.style }), ...block.tokens.map(tokenKey)].join(''))
    .join('\u0000');

/** True when what a reader sees of `content` differs from the section's text as last cleared. */
export function changedSinceCleared(
  clearance: Clearance,
  sectionId: string,
  content: SerializedEditorState,
  fields?: FieldTexts,
): boolean {
  const record = latestRecord(clearance, sectionId);
  return record !== undefined && readerKey(record.content, fields) !== readerKey(content, fields);
}

/** What changed since the section was cleared: the cleared text against the current one. */
export function diffSinceCleared(
  record: ClearanceRecord,
  content: SerializedEditorState,
  fields?: FieldTexts,
): RichDiff {
  return diffRich(stripMarks(record.content), stripMarks(content), { before: fields, after: fields });
}
