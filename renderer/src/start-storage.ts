// The second load step (main.tsx): the database, the stores on it, and the text a window that went
// away had not stored. Dexie and zod evaluate here, in a task of their own, instead of in the
// entry's task, which on a cold start ran with the compiler busy on both cores and went past 50 ms.
import { createServices } from './create-services';
import { recoverLeftText } from './rescue/leave-journal';
import type { Services } from './services/context';

export interface StartedStorage {
  services: Services;
  /** Settles once left text is put back (or could not be): no draft is read before. */
  recovered: Promise<unknown>;
}

export function startStorage(journal: Storage): StartedStorage {
  const services = createServices();
  return { services, recovered: recoverLeftText(journal, services).catch(() => undefined) };
}
