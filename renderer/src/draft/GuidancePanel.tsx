// The template's prompts for a section (what a good answer covers), in the UI language, in a
// disclosure one click away. Closed at first, so the place to type stays on the first screen
// of an empty norm; the placeholder there already says what to write.
import { useTranslation } from 'react-i18next';

export function GuidancePanel({ keys }: { keys: string[] }) {
  const { t } = useTranslation(['draft', 'templates']);
  if (keys.length === 0) return null;
  return (
    <details className="guidance">
      <summary className="guidance-summary">{t('guidance.heading')}</summary>
      <ul className="guidance-list">
        {keys.map((key) => (
          <li key={key}>{t(key, { ns: 'templates' })}</li>
        ))}
      </ul>
    </details>
  );
}
