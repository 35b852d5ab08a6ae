// The template's prompts for a section (what a good answer covers), in the UI language, in a
// disclosure the user can close once they know them.
import { useTranslation } from 'react-i18next';

export function GuidancePanel({ keys }: { keys: string[] }) {
  const { t } = useTranslation(['draft', 'templates']);
  if (keys.length === 0) return null;
  return (
    <details className="guidance" open>
      <summary className="guidance-summary">{t('guidance.heading')}</summary>
      <ul className="guidance-list">
        {keys.map((key) => (
          <li key={key}>{t(key, { ns: 'templates' })}</li>
        ))}
      </ul>
    </details>
  );
}
