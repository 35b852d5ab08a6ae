// "Return contribution": the contributor's asked sections as on screen, with the ticket, as the
// file to send back to the lead (saved on the desktop, downloaded on the web).
import { lineageForSave, serializeNormdraft } from '../../../shared/format/normdraft';
import { returnContribution } from '../../../shared/contribution/make-contribution';
import { platform } from '../platform';
import { draftFileName } from '../platform/file-name';
import type { Services } from '../services/context';
import { completeLiveDraft, type LiveDraft } from '../storage/live-draft';

export async function writeReturnedContribution(
  services: Pick<Services, 'autosaver' | 'repository'>,
  draftId: string,
  /** `fileName(name)`: the contributor's part of the file name, telling it from the file received. */
  texts: { fileName(name: string): string; fallbackName: string; filterName: string },
): Promise<{ fileName: string; live: LiveDraft } | null> {
  const live = await completeLiveDraft(draftId, services);
  const returned = returnContribution(live.draft, Date.now());
  const lineage = lineageForSave(live.draft, await services.repository.lineage(draftId));
  const saved = await platform.saveFile({
    suggestedName: draftFileName(
      // The suffix goes with the contributor's name, which is never shortened away as a long title is.
      { title: returned.fields.title, submitter: texts.fileName(returned.contribution!.to.name) },
      'normdraft',
      texts.fallbackName,
    ),
    filters: [{ name: texts.filterName, extensions: ['normdraft'] }],
    data: new TextEncoder().encode(serializeNormdraft(returned, lineage)),
  });
  return saved.saved ? { fileName: saved.fileName, live } : null;
}
