// A modal dialog on the native <dialog> element: the browser traps focus, makes the rest of the
// page inert and closes on Escape. Mount it to open it; unmount it to close it.
import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  titleId: string;
  describedBy?: string;
  onClose(): void;
  className?: string;
  children: ReactNode;
}

export function Modal({ titleId, describedBy, onClose, className, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      // Give focus back to what opened the dialog, if it is still on the page.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={['modal', className].filter(Boolean).join(' ')}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Escape: let the owner decide (it unmounts us), rather than the browser closing behind React.
        event.preventDefault();
        onCloseRef.current();
      }}
    >
      {children}
    </dialog>
  );
}
