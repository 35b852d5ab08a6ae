// Capacity needs across the draft in one table, for the capacity-building discussions: per
// section (each norm, and the parts that ask too), the capacity needs written and the assistance
// sought or offered. What a row may hold is decided by the projection it is read from: a public
// draft has lost its internal answers (shared/collab/public-draft.ts), the internal one keeps them
// (shared/internal/internal-draft.ts); nothing here filters a second time.
import type { PublicDraft } from '../collab/public-draft';
import type { InternalDraft } from '../internal/internal-draft';
import type { Section } from '../model/draft';
import { isAnswered, type SectionField } from '../model/section-fields';

/** The template's field ids (templates/national-survey.template.json) the table gathers. */
export const CAPACITY_FIELD_IDS = {
  need: 'capacityNeeds',
  assistance: 'assistance',
  details: 'assistanceDetails',
} as const;

export interface CapacityNeedRow {
  section: Pick<Section, 'id' | 'kind' | 'norm' | 'heading'>;
  /** The capacity needs as written; '' when only assistance was answered. */
  need: string;
  /** i18n keys (namespace `templates`) of the assistance options chosen, e.g. sought, offered. */
  assistanceKeys: string[];
  /** What assistance, as written. */
  details: string;
  /** Whether any answer in the row is marked internal (only ever true in the internal projection). */
  internal: boolean;
}

function answered(fields: readonly SectionField[], id: string): SectionField | undefined {
  const field = fields.find((f) => f.id === id);
  return field && isAnswered(field) ? field : undefined;
}

function text(field: SectionField | undefined): string {
  return field?.kind === 'shortText' || field?.kind === 'date' ? field.value.trim() : '';
}

/** The rows of the sections as given, in draft order; a section without any such answer has none. */
export function capacityNeedRows(
  sections: readonly Pick<Section, 'id' | 'kind' | 'norm' | 'heading' | 'fields'>[],
): CapacityNeedRow[] {
  const rows: CapacityNeedRow[] = [];
  for (const { fields = [], ...section } of sections) {
    const need = answered(fields, CAPACITY_FIELD_IDS.need);
    const choice = answered(fields, CAPACITY_FIELD_IDS.assistance);
    const details = answered(fields, CAPACITY_FIELD_IDS.details);
    if (!need && !choice && !details) continue;
    const assistance = choice?.kind === 'choice' ? choice : undefined;
    rows.push({
      section: { id: section.id, kind: section.kind, norm: section.norm, heading: section.heading },
      need: text(need),
      assistanceKeys: (assistance?.options ?? [])
        .filter((o) => assistance?.value.includes(o.id))
        .map((o) => o.labelKey),
      details: text(details),
      internal: [need, choice, details].some((field) => field?.internal === true),
    });
  }
  return rows;
}

/** The table of a projection: public answers from a public draft, all answers from the internal one. */
export function capacityNeeds(draft: PublicDraft | InternalDraft): CapacityNeedRow[] {
  return capacityNeedRows(draft.sections);
}
