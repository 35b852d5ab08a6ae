// A compact "File" button in the draft's header that shows the file actions under it, so the
// header keeps room for the draft's title. A disclosure (not an ARIA menu): Tab moves through the
// actions, Escape or a click elsewhere closes it and focus returns to the button.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface FileMenuItem {
  label: string;
  run(): void;
  disabled?: boolean;
}

export function FileMenu({ label, items, className }: { label: ReactNode; items: FileMenuItem[]; className?: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  return (
    <div
      className="file-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          close(true);
        }
      }}
      onBlur={(event) => {
        if (open && !root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={className}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span className="file-menu-caret" aria-hidden="true" />
      </button>
      <ul id={`${id}-panel`} className="file-menu-panel" hidden={!open}>
        {items.map((item) => (
          <li key={item.label}>
            <button
              type="button"
              className="file-menu-item"
              disabled={item.disabled}
              onClick={() => {
                close(false);
                item.run();
              }}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
