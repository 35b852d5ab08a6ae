import { describe, expect, it } from 'vitest';
import type { Draft } from './draft';
import { checkFields, fieldValue, trimmedFields, withFields } from './draft-fields';
import { BUILT_IN_FIELDS } from './fields';

const fields = {
  title: 'Non-paper',
  submitter: 'Republic of Examplia',
  issuingBody: '',
  forum: 'OEWG',
  date: '2026-05-12',
};

describe('draft fields', () => {
  it('checks the built-in fields: title, submitter and date are required, the date must be real', () => {
    expect(checkFields(fields, BUILT_IN_FIELDS)).toBeNull();
    expect(checkFields({ ...fields, submitter: '  ' }, BUILT_IN_FIELDS)).toEqual({
      field: 'submitter',
      problem: 'required',
    });
    expect(checkFields({ ...fields, date: '2026-02-30' }, BUILT_IN_FIELDS)).toEqual({ field: 'date', problem: 'date' });
    expect(checkFields({ ...fields, forum: '' }, BUILT_IN_FIELDS)).toBeNull();
    // monthYear is shown from the date: a stored value is a field the template does not have.
    expect(checkFields({ ...fields, monthYear: 'May 2026' }, BUILT_IN_FIELDS)).toEqual({
      field: 'monthYear',
      problem: 'unknown',
    });
  });

  it('reads a missing field as empty, changes fields without touching the others, and removes one set to undefined', () => {
    const draft = { id: 'd1', fields: { ...fields, government: 'Kingdom of Examplia' } } as Draft;
    expect(fieldValue(draft.fields, 'meetingName')).toBe('');
    const next = withFields(draft, { title: 'Contribution', government: undefined });
    expect(next.fields).toEqual({ ...fields, title: 'Contribution' });
    expect(draft.fields.title).toBe('Non-paper');
    expect(trimmedFields({ ...fields, submitter: ' Republic of Examplia ' }).submitter).toBe('Republic of Examplia');
  });
});
