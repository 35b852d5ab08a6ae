// Short confirmations with an optional action ("Moved to the trash. Undo"). The live region is
// always on the page so that screen readers announce each new message. A message given as a
// function (calling a `t` from useTranslation) is translated when shown, so it follows a change of
// the interface language.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Toast {
  /** The text, or a function translating it (its key and values) each time it is shown. */
  message: string | (() => string);
  action?: { label: string; run(): void | Promise<void> };
}

interface ToastApi {
  show(toast: Toast): void;
}

const ToastContext = createContext<ToastApi>({ show: () => {} });

export const useToasts = () => useContext(ToastContext);

/** Long enough to read and reach the Undo button by keyboard. */
const VISIBLE_MS = 10_000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toast, setToast] = useState<(Toast & { id: number }) | null>(null);
  const [paused, setPaused] = useState(false);
  const nextId = useRef(0);

  // A toast removed while it held the focus or the pointer sends no blur or leave: a new or closed
  // toast starts unpaused, so none stays until closed.
  const close = useCallback(() => {
    setToast(null);
    setPaused(false);
  }, []);
  const show = useCallback((next: Toast) => {
    setToast({ ...next, id: (nextId.current += 1) });
    setPaused(false);
  }, []);
  const api = useMemo(() => ({ show }), [show]);

  useEffect(() => {
    if (!toast || paused) return;
    const timer = setTimeout(close, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, paused, close]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div
        className="toast-region"
        role="status"
        aria-live="polite"
        onMouseEnter={() => setPaused(true)}
        onMouseLeave={() => setPaused(false)}
        onFocus={() => setPaused(true)}
        onBlur={() => setPaused(false)}
      >
        {toast && (
          <div className="toast" key={toast.id}>
            <span className="toast-message">{typeof toast.message === 'string' ? toast.message : toast.message()}</span>
            {toast.action && (
              <button
                type="button"
                className="button button-quiet toast-action"
                onClick={() => {
                  const action = toast.action;
                  close();
                  void action?.run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="toast-close" aria-label={t('actions.dismiss')} onClick={close}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}
