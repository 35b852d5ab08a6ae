// The draft's file actions: Export to Word, Save as .normdraft, Open and Import are added here by
// the features that provide them. Kept as its own component so the header layout does not change.
import { DraftFileActions } from '../files/DraftFileActions';
import type { FileMenuItem } from '../files/FileMenu';

export function DraftActions({ draftId, more }: { draftId: string; more?: readonly FileMenuItem[] }) {
  return (
    <div className="draft-actions" data-draft-id={draftId}>
      <DraftFileActions draftId={draftId} more={more} />
    </div>
  );
}
