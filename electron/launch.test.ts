// `npm start` (electron/launch.ts) decides between starting the desktop app and saying plainly
// that the desktop runtime is missing. The runtime here is a fake: no download, no Electron.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decideStart, electronBinaryPath, type DesktopRuntime } from './launch';

function fakeRuntime(
  overrides: Partial<DesktopRuntime> & { binaries?: (string | null)[] } = {},
): DesktopRuntime & { download: ReturnType<typeof vi.fn> } {
  const binaries = [...(overrides.binaries ?? [null])];
  return {
    packageInstalled: true,
    downloadAllowed: true,
    ...overrides,
    findBinary: () => (binaries.length > 1 ? (binaries.shift() ?? null) : (binaries[0] ?? null)),
    download: vi.fn(overrides.download ?? (() => false)),
  };
}

describe('npm start', () => {
  it('starts the desktop app as before when the binary is there, without downloading anything', () => {
    const runtime = fakeRuntime({ binaries: ['/opt/electron/electron'] });
    expect(decideStart(runtime)).toEqual({ action: 'start', binary: '/opt/electron/electron' });
    expect(runtime.download).not.toHaveBeenCalled();
  });

  it('downloads the binary on first start where the network allows it, then starts', () => {
    const runtime = fakeRuntime({
      binaries: [null, '/project/node_modules/electron/dist/electron'],
      download: () => true,
    });
    expect(decideStart(runtime)).toEqual({ action: 'start', binary: '/project/node_modules/electron/dist/electron' });
    expect(runtime.download).toHaveBeenCalledOnce();
  });

  it('says the desktop runtime is missing and that npm run web runs the same app, with a failing exit code, when the download fails', () => {
    const runtime = fakeRuntime({ download: () => false });
    const decision = decideStart(runtime);
    expect(decision).toMatchObject({ action: 'missing', exitCode: 1 });
    const message = decision.action === 'missing' ? decision.message : '';
    expect(message).toMatch(/desktop runtime \(Electron\) is missing/);
    expect(message).toMatch(/same app runs as a web page: npm run web/);
    expect(runtime.download).toHaveBeenCalledOnce();
  });

  it('does not try to download when the user asked for no download, or when the electron package is not installed', () => {
    for (const runtime of [fakeRuntime({ downloadAllowed: false }), fakeRuntime({ packageInstalled: false })]) {
      expect(decideStart(runtime)).toMatchObject({ action: 'missing', exitCode: 1 });
      expect(runtime.download).not.toHaveBeenCalled();
    }
  });

  it('treats a download that reports success but leaves no binary as missing', () => {
    expect(decideStart(fakeRuntime({ download: () => true }))).toMatchObject({ action: 'missing', exitCode: 1 });
  });
});

describe('finding the Electron binary electron-vite will run', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function fakeElectronPackage(files: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), 'electron-package-'));
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    return dir;
  }

  it('is dist/<path.txt> when both are there', () => {
    const electronDir = fakeElectronPackage({ 'package.json': '{}', 'path.txt': 'electron', 'dist/electron': '' });
    expect(electronBinaryPath(electronDir, {})).toBe(join(electronDir, 'dist', 'electron'));
  });

  it('is missing after an install that did not download (no path.txt), or when the binary was removed', () => {
    expect(electronBinaryPath(fakeElectronPackage({ 'package.json': '{}', 'index.js': '' }), {})).toBeNull();
    rmSync(dir, { recursive: true, force: true });
    expect(
      electronBinaryPath(fakeElectronPackage({ 'path.txt': 'Electron.app/Contents/MacOS/Electron' }), {}),
    ).toBeNull();
  });

  it('honours ELECTRON_EXEC_PATH like electron-vite, a runtime installed elsewhere', () => {
    const electronDir = fakeElectronPackage({ 'package.json': '{}', 'system/electron': '' });
    expect(electronBinaryPath(electronDir, { ELECTRON_EXEC_PATH: join(electronDir, 'system', 'electron') })).toBe(
      join(electronDir, 'system', 'electron'),
    );
    expect(
      electronBinaryPath(electronDir, { ELECTRON_EXEC_PATH: join(electronDir, 'nowhere', 'electron') }),
    ).toBeNull();
  });
});
