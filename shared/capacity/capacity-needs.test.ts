import { describe, expect, it } from 'vitest';
import { capacitySurvey, PUBLIC_NEEDS } from '../../test/fixtures/capacity-survey';
import { surveyDraft } from '../../test/fixtures/survey-draft';
import { publicDraft } from '../collab/public-draft';
import { internalDraft } from '../internal/internal-draft';
import { capacityNeeds } from './capacity-needs';

describe('capacity needs gathered across the norms', () => {
  it('lists, norm by norm in draft order, the public needs and the assistance sought or offered', () => {
    const rows = capacityNeeds(publicDraft(capacitySurvey()));
    expect(rows.map((row) => row.section.norm)).toEqual(['c', 'g', 'k']);
    expect(rows[0]).toMatchObject({
      need: PUBLIC_NEEDS[0],
      assistanceKeys: ['survey.option.sought'],
      details: 'Two trainers for six months',
      internal: false,
    });
    // Norm g's need is internal: the public table keeps only its assistance.
    expect(rows[1]).toMatchObject({ need: '', assistanceKeys: ['survey.option.sought', 'survey.option.offered'] });
    expect(rows[2]).toMatchObject({ need: PUBLIC_NEEDS[1], assistanceKeys: [], details: '' });
    expect(JSON.stringify(rows)).not.toContain('SECRETNEED');
  });

  it('shows the internal need, marked internal, only in the internal projection', () => {
    const g = capacityNeeds(internalDraft(capacitySurvey())).find((row) => row.section.norm === 'g');
    expect(g).toMatchObject({ need: 'SECRETNEED forensic laboratory', internal: true });
  });

  it('has no row for a survey nobody has answered', () => {
    expect(capacityNeeds(publicDraft(surveyDraft()))).toEqual([]);
  });
});
