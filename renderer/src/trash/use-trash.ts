// The trash's drafts, and those in it for more than 30 days, kept fresh after each change.
import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../services/context';
import type { DraftRow } from '../storage/db';

export function useTrash(): {
  rows: DraftRow[] | null;
  expired: DraftRow[];
  failed: boolean;
  refresh(): Promise<void>;
} {
  const { trash } = useServices();
  const [rows, setRows] = useState<DraftRow[] | null>(null);
  const [expired, setExpired] = useState<DraftRow[]>([]);
  const [failed, setFailed] = useState(false);
  const refresh = useCallback(async () => {
    try {
      const [all, old] = await Promise.all([trash.list(), trash.expired()]);
      setRows(all);
      setExpired(old);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [trash]);
  useEffect(() => {
    let cancelled = false;
    Promise.all([trash.list(), trash.expired()]).then(
      ([all, old]) => {
        if (cancelled) return;
        setRows(all);
        setExpired(old);
      },
      () => !cancelled && setFailed(true),
    );
    return () => {
      cancelled = true;
    };
  }, [trash]);
  return { rows, expired, failed, refresh };
}
