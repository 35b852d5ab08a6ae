// The draft's file actions: Export to Word, Save as .normdraft, Open and Import are added here by
// the features that provide them. Kept as its own component so the header layout does not change.
import { DraftFileActions } from '../files/DraftFileActions';

/** `shareable`: the draft is the user's own, not a contribution to another's, so it can be sent out. */
export function DraftActions({ draftId, shareable }: { draftId: string; shareable: boolean }) {
  return (
    <div className="draft-actions" data-draft-id={draftId}>
      <DraftFileActions draftId={draftId} shareable={shareable} />
    </div>
  );
}
