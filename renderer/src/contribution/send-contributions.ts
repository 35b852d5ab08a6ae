// "Send for contribution": one file per chosen contributor, made from the draft as on screen,
// each saved (desktop) or downloaded (web); what was written is recorded in the lead's draft.
import type { Contributor, ContributionTicket, SentContribution } from '../../../shared/collab/model';
import { serializeNormdraft } from '../../../shared/format/normdraft';
import { leadCollaboration } from '../../../shared/collab/lead-collaboration';
import { makeContribution } from '../../../shared/contribution/make-contribution';
import type { Draft } from '../../../shared/model/draft';
import { platform } from '../platform';
import { draftFileName } from '../platform/file-name';
import type { Services } from '../services/context';
import { completeLiveDraft } from '../storage/live-draft';
import { newId } from '../storage/new-id';
import { recordSent } from './save-collaboration';

export interface SendChoice {
  others: ContributionTicket['others'];
  medium: SentContribution['medium'];
}

export interface SendResult {
  /** Names of the files written, in the order of the contributors. */
  files: string[];
  /** Contributors whose file was not written (the save dialog was cancelled). */
  skipped: string[];
}

export interface SendTexts {
  /** The file name when the draft's title gives none. */
  fallbackName: string;
  /** The file filter's name for each kind of file. */
  filterName: Record<SentContribution['medium'], string>;
}

/**
 * Writes each chosen contributor's file, then records the contributors (as edited in the
 * dialog) and what was sent. A contributor must be asked for at least one section.
 */
export async function sendContributions(
  services: Pick<Services, 'autosaver' | 'editGuard' | 'repository'>,
  draftId: string,
  contributors: Contributor[],
  chosen: readonly string[],
  choice: SendChoice,
  texts: SendTexts,
): Promise<SendResult> {
  const live = await completeLiveDraft(draftId, services);
  let lead: Draft = { ...live.draft, collaboration: { ...leadCollaboration(live.draft), contributors } };
  // Loaded when first used: the Word writer is not part of the start-up code.
  const word = choice.medium === 'word' ? await import('../../../shared/contribution/word') : null;
  const extension = choice.medium === 'word' ? 'docx' : 'normdraft';
  // Every file is made before any is written: a failure writes nothing and records nothing.
  const made: { name: string; data: Uint8Array; sent: SentContribution }[] = [];
  for (const id of chosen) {
    const next = makeContribution(lead, id, { others: choice.others, now: Date.now(), newId, medium: choice.medium });
    const data = word
      ? await word.contributionDocx(next.copy, { now: new Date() })
      : new TextEncoder().encode(serializeNormdraft(next.copy));
    made.push({ name: next.copy.contribution!.to.name, data, sent: next.lead.collaboration!.sent.at(-1)! });
    lead = next.lead;
  }
  const sent: SentContribution[] = [];
  const result: SendResult = { files: [], skipped: [] };
  try {
    for (const file of made) {
      const saved = await platform.saveFile({
        suggestedName: draftFileName({ title: lead.fields.title, submitter: file.name }, extension, texts.fallbackName),
        filters: [{ name: texts.filterName[choice.medium], extensions: [extension] }],
        data: file.data,
      });
      // A file the user did not save was not sent.
      if (!saved.saved) result.skipped.push(file.name);
      else {
        result.files.push(saved.fileName);
        sent.push(file.sent);
      }
    }
  } catch (error) {
    // The files written before the failure were sent all the same.
    if (sent.length > 0) await recordSent(services, draftId, contributors, sent);
    throw error;
  }
  await recordSent(services, draftId, contributors, sent);
  return result;
}
