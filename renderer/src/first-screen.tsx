// The screens: React, the library, the draft screen and its editor. main.tsx loads this module in
// a second step, once storage and the UI language have started loading, so that evaluating the
// start-up code is two shorter tasks instead of one long one. index.html preloads its chunks with
// the entry's (renderer/build/startup-chunks.ts), so the second step waits for no download.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ServicesProvider, type Services } from './services/context';

export function renderApp(container: HTMLElement, services: Services): void {
  createRoot(container).render(
    <StrictMode>
      <ServicesProvider services={services}>
        <App />
      </ServicesProvider>
    </StrictMode>,
  );
}
