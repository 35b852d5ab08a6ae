import { describe, expect, it } from 'vitest';
import { checkNewDraft, type NewDraftValues } from './new-draft-form';

const valid: NewDraftValues = {
  templateId: 'national-non-paper',
  submitterKind: 'state',
  submitter: 'Republic of Examplia',
  issuingBody: '',
  government: '',
  forum: '',
  language: 'en',
  date: '2026-05-12',
};

describe('checkNewDraft', () => {
  it('accepts a submitter and a real date; forum and the rest may stay empty', () => {
    expect(checkNewDraft(valid)).toBeNull();
  });

  it('asks for the submitter first', () => {
    expect(checkNewDraft({ ...valid, submitter: '   ', date: 'nope' })).toEqual({
      field: 'submitter',
      key: 'newDraft.errors.submitterRequired',
    });
  });

  it('refuses an impossible date and overlong names', () => {
    expect(checkNewDraft({ ...valid, date: '2026-02-30' })?.field).toBe('date');
    expect(checkNewDraft({ ...valid, submitter: 'x'.repeat(301) })?.key).toBe('newDraft.errors.tooLong');
    expect(checkNewDraft({ ...valid, forum: 'x'.repeat(501) })?.field).toBe('forum');
  });
});
