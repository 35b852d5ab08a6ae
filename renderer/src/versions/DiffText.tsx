// A word diff as text: added words underlined in <ins>, removed words struck through in <del>,
// each also announced in words ("[added: … ]") for screen readers and for readers who cannot
// tell the colours apart. Paragraphs stay paragraphs.
import { useTranslation } from 'react-i18next';
import type { DiffSegment } from '../../../shared/diff/word-diff';

type Piece = DiffSegment & { key: number };

function paragraphs(segments: DiffSegment[]): Piece[][] {
  const out: Piece[][] = [[]];
  let key = 0;
  for (const segment of segments) {
    segment.text.split('\n').forEach((text, index) => {
      if (index > 0) out.push([]);
      if (text) out[out.length - 1]!.push({ kind: segment.kind, text, key: (key += 1) });
    });
  }
  return out.filter((paragraph) => paragraph.length > 0);
}

export function DiffText({ segments }: { segments: DiffSegment[] }) {
  const { t } = useTranslation('safety');
  return (
    <div className="diff-text">
      {paragraphs(segments).map((paragraph, index) => (
        <p key={index}>
          {paragraph.map((piece) =>
            piece.kind === 'same' ? (
              <span key={piece.key}>{piece.text}</span>
            ) : piece.kind === 'added' ? (
              <ins key={piece.key}>
                <span className="visually-hidden">{t('compare.addedStart')} </span>
                {piece.text}
                <span className="visually-hidden"> {t('compare.addedEnd')}</span>
              </ins>
            ) : (
              <del key={piece.key}>
                <span className="visually-hidden">{t('compare.removedStart')} </span>
                {piece.text}
                <span className="visually-hidden"> {t('compare.removedEnd')}</span>
              </del>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
