// Chromium switches the app's renderer runs with. The end-to-end tests and the bench start their
// Chromium with the same (playwright.config.ts's chromiumArgs), so that they drive and
// measure the page as the desktop app runs it. No Electron import: the tests load this as it is.
//
// BackgroundResourceFetch (scripts fetched on a background thread) leaves ES module scripts
// without V8's code cache in the Chromium these machines have: every start compiled the app's
// 1.1 MB of start-up modules from source again, on background threads that take the cores the
// page needs (bench/profile-code-cache.ts shows it). Without it, a module is compiled once and
// its code read back from the cache from the third start on, as classic scripts always are.
export const DISABLED_FEATURES: readonly string[] = ['BackgroundResourceFetch'];

interface CommandLine {
  appendSwitch(name: string, value?: string): void;
}

/** Before 'ready', as Electron reads switches only then. */
export function applyEngineSwitches(commandLine: CommandLine): void {
  commandLine.appendSwitch('disable-features', DISABLED_FEATURES.join(','));
}
