import { describe, expect, it } from 'vitest';
import { checkEntries, toContributors, type ContributorEntry } from './contributor-form';

const entry = (patch: Partial<ContributorEntry>): ContributorEntry => ({
  id: 'c1',
  name: 'Quillon Ardent',
  organisation: 'Examplia CERT',
  sections: ['norm-g'],
  request: '',
  due: '',
  send: true,
  ...patch,
});

describe('contributor form', () => {
  it('asks for a name before saving, and for sending a chosen contributor asked for at least one section', () => {
    expect(checkEntries([entry({ name: '  ' })], false)).toEqual({ id: 'c1', field: 'name' });
    expect(checkEntries([entry({ sections: [] })], false)).toBeNull();
    expect(checkEntries([entry({ sections: [] })], true)).toEqual({ id: 'c1', field: 'sections' });
    expect(checkEntries([entry({ sections: [], send: false }), entry({ id: 'c2' })], true)).toBeNull();
    expect(checkEntries([entry({ send: false })], true)).toEqual({ id: null, field: 'none-chosen' });
  });

  it('stores trimmed contributors without the dialog’s own choice', () => {
    expect(toContributors([entry({ name: ' Quillon Ardent ', request: ' Norm 7. ', send: false })])).toEqual([
      {
        id: 'c1',
        name: 'Quillon Ardent',
        organisation: 'Examplia CERT',
        sections: ['norm-g'],
        request: 'Norm 7.',
        due: '',
      },
    ]);
  });
});
