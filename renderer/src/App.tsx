import { useEffect } from 'react';
import { installSaveOnLeave } from './app/lifecycle';
import { autosaver } from './app/services';
import { useRoute } from './app/useRoute';
import { DraftScreen } from './draft/DraftScreen';
import { FileActionsHost } from './files/FileActionsHost';
import { LibraryScreen } from './library/LibraryScreen';
import { ToastProvider } from './ui/Toasts';

export function App() {
  const { route, navigate } = useRoute();
  useEffect(() => installSaveOnLeave(autosaver), []);
  return (
    <ToastProvider>
      {route.screen === 'library' ? (
        <LibraryScreen navigate={navigate} />
      ) : (
        <DraftScreen key={route.draftId} draftId={route.draftId} sectionId={route.sectionId} navigate={navigate} />
      )}
      <FileActionsHost navigate={navigate} />
    </ToastProvider>
  );
}
