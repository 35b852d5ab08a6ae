// The app's stores, given to the screens by the app root (create-services.ts builds them once)
// instead of being built by whichever module is imported first. Tests give their own, on a
// database of their own. Only types are named here, so this folder sits below every feature.
import { createContext, useContext, type ReactNode } from 'react';
import type { Autosaver } from '../draft/autosave';
import type { NormTextStore } from '../language/norm-texts';
import type { RescueStore } from '../rescue/rescue-store';
import type { DrafterDb } from '../storage/db';
import type { EditGuard } from '../storage/edit-guard';
import type { DraftRepository } from '../storage/repository';
import type { TrashStore } from '../trash/trash-store';
import type { Snapshots } from '../versions/snapshots';
import type { VersionStore } from '../versions/store';

export interface Services {
  db: DrafterDb;
  repository: DraftRepository;
  versions: VersionStore;
  trash: TrashStore;
  /** Saves go through the guard so that two windows on one draft never overwrite each other silently. */
  editGuard: EditGuard;
  /** Text storage refused, kept aside outside the drafts' schema (see rescue/). */
  rescued: RescueStore;
  /** One autosaver for the whole app, so that switching drafts flushes what was typed in the previous one. */
  autosaver: Autosaver;
  /** The official norm texts the user provided. */
  normTexts: NormTextStore;
  /** Versions other features keep before they change a draft, and while editing. */
  snapshots: Snapshots;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() is called outside <ServicesProvider>');
  return services;
}
