import { lazy, Suspense, useEffect } from 'react';
import { installSaveOnLeave } from './app/lifecycle';
import { useRoute } from './app/use-route';
import { installDurability } from './backup/durability';
import { StartupNotice } from './backup/StartupNotice';
import { DraftScreen } from './draft/DraftScreen';
import { FileActionsHost } from './files/FileActionsHost';
import { LibraryScreen } from './library/LibraryScreen';
import { platform } from './platform';
import { LeaveJournal } from './rescue/leave-journal';
import { useServices } from './services/context';
import { FontWarmUp } from './ui/FontWarmUp';
import { lazyPart } from './ui/Lazy';
import { ToastProvider } from './ui/Toasts';

const TrashScreen = lazyPart(() => import('./trash/TrashScreen'), 'TrashScreen');
const BackupsScreen = lazyPart(() => import('./backup/BackupsScreen'), 'BackupsScreen');
// Loaded when first opened, so it adds nothing to the start-up bundle.
const PrintLayoutScreen = lazy(() => import('./print/PrintLayoutScreen'));

export function App() {
  const { route, navigate } = useRoute();
  const services = useServices();
  useEffect(() => {
    const journal = window.localStorage
      ? new LeaveJournal(window.localStorage, services.autosaver, (draftId) =>
          services.editGuard.baseUpdatedAt(draftId),
        )
      : undefined;
    return installSaveOnLeave(services.autosaver, platform, journal);
  }, [services]);
  useEffect(() => installDurability(services), [services]);
  return (
    <ToastProvider>
      {route.screen === 'library' ? (
        <LibraryScreen navigate={navigate} />
      ) : route.screen === 'trash' ? (
        <TrashScreen />
      ) : route.screen === 'backups' ? (
        <BackupsScreen />
      ) : route.screen === 'print' ? (
        <Suspense fallback={null}>
          <PrintLayoutScreen
            key={route.draftId}
            draftId={route.draftId}
            sectionId={route.sectionId}
            navigate={navigate}
          />
        </Suspense>
      ) : (
        <DraftScreen key={route.draftId} draftId={route.draftId} sectionId={route.sectionId} navigate={navigate} />
      )}
      <FileActionsHost navigate={navigate} />
      <StartupNotice />
      <FontWarmUp />
    </ToastProvider>
  );
}
