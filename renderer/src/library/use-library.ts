// The library's drafts and the current search, kept fresh after every change.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useServices, type Services } from '../services/context';
import type { DraftRow } from '../storage/db';

/** Short pause so that a search runs once the user stops typing, not on every letter. */
const SEARCH_DELAY_MS = 120;

export interface Library {
  rows: DraftRow[] | null;
  failed: boolean;
  refresh(): Promise<void>;
  query: string;
  setQuery(query: string): void;
  /** The rows matching the query (all rows when there is none); null while loading. */
  visible: DraftRow[] | null;
}

async function loadRows({ autosaver, repository }: Services): Promise<DraftRow[]> {
  // Edits still waiting to be written belong in the list (word counts, last edited).
  await autosaver.flush();
  return repository.list();
}

export function useLibrary(): Library {
  const services = useServices();
  const { repository } = services;
  const [rows, setRows] = useState<DraftRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [matches, setMatches] = useState<{ query: string; ids: Set<string> } | null>(null);

  const refresh = useCallback(async () => {
    try {
      setRows(await loadRows(services));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, [services]);

  useEffect(() => {
    let cancelled = false;
    loadRows(services).then(
      (loaded) => {
        if (!cancelled) setRows(loaded);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [services]);

  useEffect(() => {
    if (!query.trim()) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      void repository.search(query, rows ?? undefined).then(
        (ids) => {
          if (!cancelled) setMatches({ query, ids: new Set(ids) });
        },
        () => {
          if (!cancelled) setFailed(true);
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [repository, query, rows]);

  const visible = useMemo(() => {
    if (!rows) return null;
    if (!query.trim()) return rows;
    // Until the first search answers, keep showing the whole list rather than flashing "no results".
    if (!matches) return rows;
    return rows.filter((row) => matches.ids.has(row.id));
  }, [rows, query, matches]);

  return { rows, failed, refresh, query, setQuery, visible };
}
