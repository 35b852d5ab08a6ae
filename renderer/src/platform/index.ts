// The one place that chooses between the desktop bridge and the browser equivalents.
import { BRIDGE_GLOBAL, type DrafterApi } from '../../../shared/bridge/api';
import { createWebApi } from './web';

declare global {
  interface Window {
    [BRIDGE_GLOBAL]?: DrafterApi;
  }
}

export const platform: DrafterApi = window[BRIDGE_GLOBAL] ?? createWebApi(__APP_VERSION__);
export const isDesktop = window[BRIDGE_GLOBAL] !== undefined;
