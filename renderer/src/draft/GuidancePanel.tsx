// The template's prompts for a section (what a good answer covers), in the UI language, in a
// disclosure the user can close once they know them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Open while the section is still empty (when prompts help most); closed once there is text. */
export function GuidancePanel({ keys, startOpen }: { keys: string[]; startOpen: boolean }) {
  const { t } = useTranslation(['draft', 'templates']);
  // Only the initial state: typing the first word must not fold the panel away under the user.
  const [open] = useState(startOpen);
  if (keys.length === 0) return null;
  return (
    <details className="guidance" open={open}>
      <summary className="guidance-summary">{t('guidance.heading')}</summary>
      <ul className="guidance-list">
        {keys.map((key) => (
          <li key={key}>{t(key, { ns: 'templates' })}</li>
        ))}
      </ul>
    </details>
  );
}
