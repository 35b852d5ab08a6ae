import { describe, expect, it } from 'vitest';
import { checkDetails, type DetailsValues } from './details-form';

const valid: DetailsValues = {
  title: 'National non-paper',
  submitter: 'Republic of Examplia',
  issuingBody: '',
  government: '',
  forum: '',
  date: '2026-05-12',
};

describe('checkDetails', () => {
  it('accepts a title, a submitter and a real date', () => {
    expect(checkDetails(valid)).toBeNull();
  });

  it('names the field and the message for an empty or overlong title', () => {
    expect(checkDetails({ ...valid, title: '  ' })).toEqual({ field: 'title', key: 'library:rename.errors.empty' });
    expect(checkDetails({ ...valid, title: 'x'.repeat(301) })).toEqual({
      field: 'title',
      key: 'draft:details.titleTooLong',
    });
  });

  it('checks the other fields as the New draft dialog does', () => {
    expect(checkDetails({ ...valid, submitter: '' })).toEqual({
      field: 'submitter',
      key: 'library:newDraft.errors.submitterRequired',
    });
    expect(checkDetails({ ...valid, forum: 'x'.repeat(501) })).toEqual({
      field: 'forum',
      key: 'library:newDraft.errors.tooLong',
    });
    expect(checkDetails({ ...valid, date: '2026-02-30' })?.field).toBe('date');
  });
});
