// @vitest-environment jsdom
// The outline's review badges: a figure to see and words to hear, in the UI language's plural
// forms; a count of zero shows no badge.
import i18next from 'i18next';
import { act } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import draftAr from '../../../../locales/ar/draft.json';
import draftEn from '../../../../locales/en/draft.json';
import { ReviewCountBadges } from './ReviewCountBadges';
import { testRoot } from '../../ui/test-root';

const view = testRoot();

const i18n = i18next.createInstance();

beforeEach(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { draft: draftEn }, ar: { draft: draftAr } },
    defaultNS: 'draft',
    interpolation: { escapeValue: false },
  });
});

function render(comments: number, suggestions: number) {
  act(() =>
    view.root.render(
      <I18nextProvider i18n={i18n}>
        <ReviewCountBadges counts={{ comments, suggestions }} />
      </I18nextProvider>,
    ),
  );
  return [...view.host.querySelectorAll('.review-badge')].map((badge) => ({
    shown: badge.querySelector('[aria-hidden="true"]')?.textContent,
    said: badge.querySelector('.visually-hidden')?.textContent,
  }));
}

describe('review badges in the outline', () => {
  it('show open comments and suggestions with words for screen readers', () => {
    expect(render(2, 1)).toEqual([
      { shown: '2', said: '2 open comments' },
      { shown: '1', said: '1 suggestion' },
    ]);
    expect(render(0, 3)).toEqual([{ shown: '3', said: '3 suggestions' }]);
  });

  it('use Arabic plural forms', async () => {
    await act(async () => {
      await i18n.changeLanguage('ar');
    });
    const [comments, suggestions] = render(2, 11);
    expect(comments?.said).toBe('تعليقان مفتوحان');
    expect(suggestions?.said).toBe('11 تعديلًا مقترحًا');
  });
});
