// `npm start`: checks that the desktop runtime (the Electron binary) is there before handing
// over to `electron-vite dev`. From Electron 42 on, `npm install` does not download the binary;
// it is fetched on first use, and where downloads are blocked `electron-vite dev` would only
// say "Electron uninstall". Here the user is told what is missing and that `npm run web` runs
// the same app. Where the binary is present, electron-vite starts exactly as before.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const RUNTIME_MISSING_MESSAGE = [
  'The desktop runtime (Electron) is missing: its binary has not been downloaded to this machine.',
  'The same app runs as a web page: npm run web',
  'To get the desktop app, allow downloads from github.com (or set ELECTRON_MIRROR to a mirror your network allows), then run npm start again.',
].join('\n');

export interface DesktopRuntime {
  /** The Electron binary's path, or null when it is not on disk (or the package is not installed). */
  findBinary(): string | null;
  /** Runs Electron's own download step; true when it finished without error. */
  download(): boolean;
  /** False when the user asked for no download (ELECTRON_SKIP_BINARY_DOWNLOAD). */
  downloadAllowed: boolean;
  /** False when the electron package itself is not installed (nothing to download with). */
  packageInstalled: boolean;
}

export type StartDecision = { action: 'start'; binary: string } | { action: 'missing'; message: string; exitCode: 1 };

/** Start when the binary is there; otherwise try the download once; otherwise explain. */
export function decideStart(runtime: DesktopRuntime): StartDecision {
  const present = runtime.findBinary();
  if (present) return { action: 'start', binary: present };
  if (runtime.packageInstalled && runtime.downloadAllowed && runtime.download()) {
    const downloaded = runtime.findBinary();
    if (downloaded) return { action: 'start', binary: downloaded };
  }
  return { action: 'missing', message: RUNTIME_MISSING_MESSAGE, exitCode: 1 };
}

/**
 * The binary electron-vite will run: ELECTRON_EXEC_PATH when set (electron-vite's own override),
 * else dist/<path.txt> in the electron package (where the package's download puts it).
 */
export function electronBinaryPath(electronDir: string, env: NodeJS.ProcessEnv): string | null {
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = readFileSync(pathFile, 'utf8').trim();
  if (!executable) return null;
  const binary = join(electronDir, 'dist', executable);
  return existsSync(binary) ? binary : null;
}

function packageDir(name: string): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

function realRuntime(env: NodeJS.ProcessEnv): DesktopRuntime {
  const electronDir = packageDir('electron');
  return {
    packageInstalled: electronDir !== null,
    downloadAllowed: !env.ELECTRON_SKIP_BINARY_DOWNLOAD,
    findBinary: () => (electronDir ? electronBinaryPath(electronDir, env) : null),
    download() {
      if (!electronDir) return false;
      console.log('Downloading the desktop runtime (Electron)…');
      const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
        stdio: ['ignore', 'inherit', 'pipe'],
        env,
        encoding: 'utf8',
      });
      if (result.status === 0) return true;
      // The downloader prints a stack trace; its first line is the reason.
      const reason = (result.stderr || String(result.error ?? '')).trim().split('\n')[0];
      if (reason) console.error(`The download failed: ${reason}`);
      return false;
    },
  };
}

function main(): void {
  const decision = decideStart(realRuntime(process.env));
  if (decision.action === 'missing') {
    console.error(decision.message);
    process.exit(decision.exitCode);
  }
  const electronVite = packageDir('electron-vite');
  if (!electronVite) {
    console.error('electron-vite is not installed: run npm install first.');
    process.exit(1);
  }
  const child = spawn(
    process.execPath,
    [join(electronVite, 'bin', 'electron-vite.js'), 'dev', ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  // Ctrl+C reaches electron-vite directly (same terminal); a SIGTERM sent to npm is passed on.
  // Either way this process waits for electron-vite to close the app and exits with its code.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
