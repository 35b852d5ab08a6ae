import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from './draft';
import { fieldTexts } from './field-texts';

const draft = (date: string, language: Draft['language'] = 'en'): Pick<Draft, 'fields' | 'language'> => ({
  fields: { title: ' National non-paper ', submitter: 'Republic of Examplia', issuingBody: '', forum: 'OEWG', date },
  language,
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fieldTexts', () => {
  it('writes the date out in the document language, in copies of the texts too', () => {
    const texts = fieldTexts(draft('2026-05-12', 'fr'));
    expect(texts.title).toBe('National non-paper');
    expect(texts.date).toBe('12 mai 2026');
    expect({ ...texts }).toMatchObject({ date: '12 mai 2026', monthYear: 'mai 2026' });
    expect(JSON.parse(JSON.stringify(texts))).toMatchObject({ date: '12 mai 2026', monthYear: 'mai 2026' });
    expect(Object.keys(texts)).toEqual(expect.arrayContaining(['title', 'submitter', 'date', 'monthYear']));
  });

  it('reads an invalid or missing date as empty', () => {
    expect(fieldTexts(draft('2026-02-30')).date).toBe('');
    expect(fieldTexts(draft('')).monthYear).toBe('');
  });

  // Opening a section that shows no date must not pay for the page's first date formatter.
  it('writes the date out only when it is read, once', () => {
    const Original = Intl.DateTimeFormat;
    const made = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Original>
    ) {
      return new Original(...args);
    } as typeof Original);
    const texts = fieldTexts(draft('2026-05-12'));
    expect(texts.submitter).toBe('Republic of Examplia');
    expect(made).not.toHaveBeenCalled();
    expect(texts.date).toBe('12 May 2026');
    expect(texts.date).toBe('12 May 2026');
    expect(made).toHaveBeenCalledTimes(1);
  });
});
