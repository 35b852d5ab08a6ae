// Runs an action that writes the reviewer's name: at once when the name is set, else after the
// reviewer gave it in the name prompt (nothing happens if they cancel). Also opens the prompt to
// change the name.
import { useCallback, useState, type ReactNode } from 'react';
import { reviewerName } from './reviewer-name';
import { ReviewerNameDialog } from './ReviewerNameDialog';

export interface NamePrompt {
  withName(action: (name: string) => void): void;
  change(): void;
  /** The prompt while it is open. */
  dialog: ReactNode;
}

export function useNamePrompt(): NamePrompt {
  const [open, setOpen] = useState<{ then: ((name: string) => void) | null } | null>(null);
  const withName = useCallback((action: (name: string) => void) => {
    const name = reviewerName();
    if (name) action(name);
    else setOpen({ then: action });
  }, []);
  const change = useCallback(() => setOpen({ then: null }), []);
  const dialog = open && (
    <ReviewerNameDialog
      onSaved={() => {
        setOpen(null);
        open.then?.(reviewerName());
      }}
      onClose={() => setOpen(null)}
    />
  );
  return { withName, change, dialog };
}
