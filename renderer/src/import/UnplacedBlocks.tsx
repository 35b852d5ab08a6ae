// The blocks the import could not place, each with where it stood in the document and a choice of
// section to move it to. Moving happens in the result only; nothing is saved until the user opens it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnplacedBlockReport } from '../../../shared/import';
import type { Language } from '../../../shared/model/languages';
import type { Section } from '../../../shared/model/draft';
import { normTag, sectionTitle } from '../templates/section-names';
import { DocumentText } from '../ui/DocumentText';
import { UNPLACED_REASON_KEYS } from './labels';

interface UnplacedBlocksProps {
  blocks: UnplacedBlockReport[];
  targets: Section[];
  language: Language;
  onMove(position: number, targetId: string): void;
}

function UnplacedBlock({
  block,
  position,
  targets,
  language,
  onMove,
}: { block: UnplacedBlockReport; position: number } & Omit<UnplacedBlocksProps, 'blocks'>) {
  const { t } = useTranslation('import');
  const id = useId();
  const [target, setTarget] = useState('');
  return (
    <li className="unplaced-block">
      <p className="unplaced-preview">
        <DocumentText language={language}>{block.preview}</DocumentText>
      </p>
      <p className="field-hint">{t(UNPLACED_REASON_KEYS[block.reason], { heading: block.heading })}</p>
      <div className="unplaced-move">
        <label htmlFor={`${id}-target`}>{t('report.moveTo')}</label>
        <select id={`${id}-target`} value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="" disabled>
            {t('report.chooseSection')}
          </option>
          {targets.map((section) => (
            <option key={section.id} value={section.id}>
              {[normTag(section, t), sectionTitle(section, t)].filter(Boolean).join(' ')}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button-small"
          disabled={!target}
          onClick={() => onMove(position, target)}
          aria-label={t('report.moveLabel', { preview: block.preview.slice(0, 60) })}
        >
          {t('report.move')}
        </button>
      </div>
    </li>
  );
}

export function UnplacedBlocks({ blocks, targets, language, onMove }: UnplacedBlocksProps) {
  return (
    <ul className="unplaced-list">
      {blocks.map((block, position) => (
        // Index and preview together: the list shrinks as blocks move, and positions shift.
        <UnplacedBlock
          key={`${block.index}:${block.preview}`}
          block={block}
          position={position}
          targets={targets}
          language={language}
          onMove={onMove}
        />
      ))}
    </ul>
  );
}
