// The clearance sheet: per section in document order, each step of the path with who cleared it
// and when, and whether the text changed since it was last cleared. The caller names sections
// and steps (in the UI language), so the screen, the .docx and the CLI show the same sheet.
import type { Clearance, ClearanceStep } from '../collab/model';
import type { Section } from '../model/draft';
import type { FieldTexts } from '../model/field-texts';
import { changedSinceCleared, sectionSteps } from './records';

export interface SheetStep {
  stepId: string;
  step: string;
  /** Who cleared the section at this step (latest), empty when nobody has. */
  by: string;
  /** When (epoch ms), null when not cleared at this step. */
  at: number | null;
}

export interface SheetRow {
  sectionId: string;
  section: string;
  /** Edited since its latest clearance. */
  changed: boolean;
  steps: SheetStep[];
}

export interface SheetNames {
  section(section: Pick<Section, 'id' | 'kind' | 'norm' | 'heading'>): string;
  step(step: ClearanceStep): string;
}

export function clearanceSheet(
  sections: readonly Pick<Section, 'id' | 'kind' | 'norm' | 'heading' | 'content'>[],
  clearance: Clearance,
  names: SheetNames,
  fields?: FieldTexts,
): SheetRow[] {
  return sections.map((section) => ({
    sectionId: section.id,
    section: names.section(section),
    changed: changedSinceCleared(clearance, section.id, section.content, fields),
    steps: sectionSteps(clearance, section.id).map(({ step, record }) => ({
      stepId: step.id,
      step: names.step(step),
      by: record?.by ?? '',
      at: record?.at ?? null,
    })),
  }));
}
