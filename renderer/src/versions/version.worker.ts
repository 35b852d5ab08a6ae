// The versions web worker (see version-protocol.ts): its own connection to the app's database.
import { newId } from '../storage/new-id';
import { DrafterDb } from '../storage/db';
import { DraftRepository } from '../storage/repository';
import { answerTakeRequest, type VersionWorkerAnswer } from './version-protocol';
import { VersionStore } from './store';

interface VersionWorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: VersionWorkerAnswer): void;
}

const db = new DrafterDb();
const repository = new DraftRepository(db, { now: () => Date.now(), newId });

const scope = self as unknown as VersionWorkerScope;
scope.onmessage = (event) => {
  void answerTakeRequest(event.data, (now) => new VersionStore(db, repository, { now: () => now, newId })).then(
    (answer) => scope.postMessage(answer),
  );
};
