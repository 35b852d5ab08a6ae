// The fonts the draft screen draws, looked up once the first screen is painted, in a frame of
// their own. The first time text is drawn in a size and weight, the engine asks the system's font
// service for it, synchronously; on a cold start to a draft those questions were a third of the
// draft screen's first frame, one task longer than 50 ms (bench/). Asked here, they are answered
// while the draft is still being read from storage. Nothing here is seen or read aloud.
import { useTranslation } from 'react-i18next';
import { useAfterPaint } from './use-after-paint';
import './font-warm-up.css';

type Face = 'ui' | 'document';

/** [typeface, size, weight, italic]: what the draft screen's own rules draw (font-warm-up e2e test). */
const DRAFT_SCREEN_FONTS: readonly (readonly [Face, string, string, boolean?])[] = [
  ['ui', 'var(--text-xs)', 'var(--weight-strong)'],
  ['ui', 'var(--text-sm)', 'normal'],
  ['ui', 'var(--text-sm)', 'var(--weight-strong)'],
  ['ui', 'var(--text-md)', 'normal'],
  ['ui', 'var(--text-md)', 'var(--weight-strong)'],
  ['ui', 'var(--text-lg)', 'normal'],
  ['ui', 'var(--text-lg)', 'var(--weight-strong)'],
  ['ui', 'var(--text-base)', 'normal'],
  ['ui', 'var(--text-base)', 'var(--weight-strong)'],
  ['ui', 'var(--text-3xl)', 'var(--weight-strong)'],
  // The editor's text (editor.css), plain, bold and italic.
  ['document', '1.0625rem', 'normal'],
  ['document', '1.0625rem', 'bold'],
  ['document', '1.0625rem', 'normal', true],
  // A footnote's reference in the text: 0.75em (footnote.css) of a superscript's "smaller".
  ['document', 'calc(1.0625rem / 1.2 * 0.75)', 'bold'],
  // The footnotes under the text, and their numbers (footnote.css).
  ['document', '0.9rem', 'normal'],
  ['document', 'calc(0.9rem * 0.75)', 'bold'],
];

export function FontWarmUp() {
  const { t } = useTranslation('common');
  const painted = useAfterPaint();
  if (!painted) return null;
  // In the interface's language, so a script the interface font lacks brings in its fallback too.
  const sample = `${t('app.name')} 0123456789`;
  return (
    <div className="font-warm-up" aria-hidden="true">
      {DRAFT_SCREEN_FONTS.map(([face, size, weight, italic]) => (
        <span
          key={`${face} ${size} ${weight} ${italic ? 'italic' : ''}`}
          className={face === 'document' ? 'font-warm-up__document' : undefined}
          style={{ fontSize: size, fontWeight: weight, fontStyle: italic ? 'italic' : undefined }}
        >
          {sample}
        </span>
      ))}
    </div>
  );
}
