// The draft's file actions: Export to Word, Save as .normdraft, Open and Import are added here by
// the features that provide them. Kept as its own component so the header layout does not change.
import { DraftFileActions } from '../files/DraftFileActions';

export function DraftActions({ draftId }: { draftId: string }) {
  return (
    <div className="draft-actions" data-draft-id={draftId}>
      <DraftFileActions draftId={draftId} />
    </div>
  );
}
