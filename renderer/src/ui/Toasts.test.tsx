// @vitest-environment jsdom
// Toasts: each one goes after its time even when the one before was closed by its own button (which
// had the focus), and a toast made from a key follows the interface language.
import i18next from 'i18next';
import { act, useEffect } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import commonEn from '../../../locales/en/common.json';
import draftEn from '../../../locales/en/draft.json';
import commonFr from '../../../locales/fr/common.json';
import draftFr from '../../../locales/fr/draft.json';
import { ToastProvider, useToasts, type Toast } from './Toasts';
import { testRoot } from './test-root';

const view = testRoot();

const i18n = i18next.createInstance();
let show: (toast: Toast) => void = () => {};

function Grab() {
  const toasts = useToasts();
  useEffect(() => {
    show = toasts.show;
  }, [toasts]);
  return null;
}

beforeEach(async () => {
  vi.useFakeTimers();
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { common: commonEn, draft: draftEn }, fr: { common: commonFr, draft: draftFr } },
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  act(() =>
    view.root.render(
      <I18nextProvider i18n={i18n}>
        <ToastProvider>
          <Grab />
        </ToastProvider>
      </I18nextProvider>,
    ),
  );
});

afterEach(() => {
  vi.useRealTimers();
});

const shown = () => view.host.querySelector('.toast-message')?.textContent ?? null;

describe('toasts', () => {
  it('go after their time even after the one before was closed with its button', () => {
    act(() => show({ message: 'Moved to the trash.' }));
    const close = view.host.querySelector<HTMLButtonElement>('.toast-close');
    act(() => {
      close?.focus();
      close?.click();
    });
    expect(shown()).toBeNull();
    act(() => show({ message: 'Your contribution is in a file.' }));
    expect(shown()).toBe('Your contribution is in a file.');
    act(() => vi.advanceTimersByTime(11_000));
    expect(shown()).toBeNull();
  });

  it('made from a key, are read in the language the interface is in now', async () => {
    // As a component's `t` from useTranslation: bound to a namespace, not to a language.
    const t = i18n.getFixedT(null, 'draft');
    act(() =>
      show({ message: () => t('contribution.returned', { fileName: 'Examplia.normdraft', name: 'Ama Tarrow' }) }),
    );
    expect(shown()).toBe('Your contribution is in “Examplia.normdraft”: send this file back to Ama Tarrow.');
    await act(() => i18n.changeLanguage('fr'));
    expect(shown()).toMatch(
      /^Votre contribution est dans «\s?Examplia\.normdraft\s?»\s?: renvoyez ce fichier à Ama Tarrow\.$/,
    );
    expect(view.host.querySelector('.toast-close')?.getAttribute('aria-label')).toBe('Fermer le message');
  });
});
