// Screens and dialogs that are not on the way to the first screen are separate chunks of the
// bundle, loaded when first opened (still from the app itself: no network). While one loads, a
// short "Loading…" in the UI language stands in its place.
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

/** `lazyPart(() => import('./X'), 'X')`: the named export X of a module, loaded on first render. */
export function lazyPart<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): ComponentType<Props> {
  const Part = lazy(async () => ({ default: (await load())[name] })) as unknown as ComponentType<Props>;
  return function LazyPart(props: Props): ReactNode {
    return (
      <Suspense fallback={<LoadingPart />}>
        <Part {...props} />
      </Suspense>
    );
  };
}
