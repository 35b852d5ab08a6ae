// The draft's file actions: Export to Word, Save as .normdraft, Open and Import are added here by
// the features that provide them. Kept as its own component so the header layout does not change.
import { DraftFileActions } from '../files/DraftFileActions';
import type { FileMenuItem } from '../files/FileMenu';

/** `shareable`: the draft is the user's own, not a contribution to another's, so it can be sent out; `more`: actions other features add to the file menu. */
export function DraftActions({
  draftId,
  shareable,
  more,
}: {
  draftId: string;
  shareable: boolean;
  more?: readonly FileMenuItem[];
}) {
  return (
    <div className="draft-actions" data-draft-id={draftId}>
      <DraftFileActions draftId={draftId} shareable={shareable} more={more} />
    </div>
  );
}
