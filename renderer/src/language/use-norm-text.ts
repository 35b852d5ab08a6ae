// The official text of one norm in one document language, as the user provided it: undefined
// while it loads, null when none was provided (or the language is English, which ships).
import { useCallback, useEffect, useState } from 'react';
import type { NormLetter } from '../../../shared/model/draft';
import type { Language } from '../../../shared/model/languages';
import { useServices } from '../services/context';

export interface NormTextState {
  text: string | null | undefined;
  failed: boolean;
  save(raw: string): Promise<void>;
  remove(): Promise<void>;
}

export function useNormText(language: Language, norm: NormLetter): NormTextState {
  const { normTexts } = useServices();
  const [loaded, setLoaded] = useState<{ key: string; text: string | null } | null>(null);
  const [failed, setFailed] = useState(false);
  const key = `${language}:${norm}`;

  useEffect(() => {
    let cancelled = false;
    normTexts.get(language, norm).then(
      (text) => {
        if (!cancelled) setLoaded({ key, text });
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [normTexts, language, norm, key]);

  const save = useCallback(
    async (raw: string) => {
      const text = await normTexts.save(language, norm, raw);
      setLoaded({ key, text });
    },
    [normTexts, language, norm, key],
  );
  const remove = useCallback(async () => {
    await normTexts.remove(language, norm);
    setLoaded({ key, text: null });
  }, [normTexts, language, norm, key]);

  // A result for another norm or language (the section just changed) is not this one's.
  return { text: loaded?.key === key ? loaded.text : undefined, failed, save, remove };
}
