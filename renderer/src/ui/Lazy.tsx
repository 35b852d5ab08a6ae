// Screens and dialogs that are not on the way to the first screen are separate chunks of the
// bundle, loaded when first opened (still from the app itself: no network). While one loads, a
// short "Loading…" in the UI language stands in its place (or nothing, for a small part shown
// only when the draft holds what it is about).
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function LoadingPart() {
  const { t } = useTranslation('common');
  return (
    <p className="loading" role="status">
      {t('loading')}
    </p>
  );
}

/**
 * `lazyPart(() => import('./X'), 'X')`: the named export X of a module, loaded on first render;
 * `quiet`: nothing stands in its place meanwhile.
 */
export function lazyPart<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
  { quiet = false } = {},
): ComponentType<Props> {
  const Part = lazy(async () => ({ default: (await load())[name] })) as unknown as ComponentType<Props>;
  return function LazyPart(props: Props): ReactNode {
    return (
      <Suspense fallback={quiet ? null : <LoadingPart />}>
        <Part {...props} />
      </Suspense>
    );
  };
}
