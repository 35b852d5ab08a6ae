import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { beforePack, nodeCanPackage, PACKAGING_MIN_NODE, signingReport } from '../build/packaging-check.mjs';

// electron-builder's own loader and schema check, reached the way electron-builder reaches them.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const builderLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
const yaml = builderLib('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = builderLib('./out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};

async function builderConfig(): Promise<Record<string, unknown>> {
  return yaml.load(await readFile(new URL('../electron-builder.yml', import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >;
}

// electron-builder's own file matching (which files of the project go into app.asar), the
// packaging itself needing the Electron download.
interface FileStat {
  isDirectory(): boolean;
  moduleFullFilePath?: string;
}
type FileFilter = (file: string, stat: FileStat) => boolean;
interface Matcher {
  patterns: string[];
  createFilter(): FileFilter;
}
const matching = builderLib('./out/fileMatcher.js') as {
  FileMatcher: new (from: string, to: string, expand: (text: string) => string, patterns: string[]) => Matcher;
  getMainFileMatchers(
    appDir: string,
    to: string,
    expand: (text: string) => string,
    platformOptions: object,
    packager: object,
    outDir: string,
    electronCompile: boolean,
  ): Matcher[];
  getNodeModuleFileMatcher(
    appDir: string,
    to: string,
    expand: (text: string) => string,
    platformOptions: object,
    info: object,
  ): Matcher;
};
const root = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');

/** Whether electron-builder would put a project file (a path relative to the project) into the app. */
function packagedBy(config: Record<string, unknown>): (path: string) => boolean {
  const expand = (text: string) => text;
  const info = {
    projectDir: root,
    buildResourcesDir: 'build',
    isPrepackedAppAsar: false,
    config,
    debugLogger: { isEnabled: false, add() {} },
  };
  const [main] = matching.getMainFileMatchers(root, '/app', expand, {}, { info }, join(root, 'dist'), false);
  const mainFilter = main!.createFilter();
  const modulePatterns = matching.getNodeModuleFileMatcher(root, '/app', expand, {}, info).patterns;
  const file = (moduleFullFilePath?: string): FileStat => ({ isDirectory: () => false, moduleFullFilePath });
  const folder: FileStat = { isDirectory: () => true };
  return (path) => {
    const parts = path.split('/');
    if (parts[0] === 'node_modules') {
      // Production dependencies are copied by a second matcher built from the excludes only.
      if (modulePatterns.length === 0) return true;
      const dependency = join(root, 'node_modules', parts[1]!);
      return new matching.FileMatcher(
        dependency,
        `/app/node_modules/${parts[1]}`,
        expand,
        modulePatterns,
      ).createFilter()(join(root, path), file(path));
    }
    for (let depth = 1; depth < parts.length; depth++) {
      if (!mainFilter(join(root, ...parts.slice(0, depth)), folder)) return false;
    }
    return mainFilter(join(root, path), file());
  };
}

describe('electron-builder.yml', () => {
  // electron-builder loads and compiles its whole JSON schema (ajv) on first use: 2 to 4 s here,
  // more on a busy machine.
  it('passes electron-builder’s own schema', { timeout: 30_000 }, async () => {
    await expect(validateConfiguration(await builderConfig(), { isEnabled: false, add() {} })).resolves.toBeUndefined();
  });

  it('flips the security fuses', async () => {
    expect((await builderConfig()).electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('packages only the built app, in an asar, for every platform', async () => {
    const config = await builderConfig();
    expect(config).toMatchObject({
      appId: 'org.normsdrafter.app',
      productName: 'Norms Drafter',
      asar: true,
      publish: null,
    });
    expect(config.win).toMatchObject({ target: 'nsis' });
    expect(config.mac).toMatchObject({ target: 'dmg' });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
  });

  it('has an icon large enough for every platform (macOS needs 512 px)', async () => {
    const bytes = await readFile(new URL('../build/icon.png', import.meta.url));
    const png = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(png.getUint32(0)).toBe(0x89504e47);
    expect([png.getUint32(16), png.getUint32(20)]).toEqual([512, 512]);
  });

  it('puts the built main process, preload and renderer into the installers', async () => {
    const packaged = packagedBy(await builderConfig());
    for (const path of [
      'package.json',
      'out/main/main.js',
      'out/preload/preload.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/index-4f2a.js',
      'out/renderer/assets/docx.worker-9c1e.js',
      'out/renderer/assets/index-77aa.css',
    ]) {
      expect(packaged(path), path).toBe(true);
    }
  });

  it('keeps the command line, the web build, tests, sources, source maps and node_modules out of the installers', async () => {
    const packaged = packagedBy(await builderConfig());
    const outside = [
      'out/cli/norms-drafter.mjs',
      'out/web/index.html',
      'out/main/main.test.js',
      'out/renderer/assets/app.spec.js',
      'out/renderer/assets/index-4f2a.js.map',
      'cli/main.ts',
      'electron/main.ts',
      'electron/security.test.ts',
      'test/e2e/library.spec.ts',
      'bench/run.ts',
      'shared/model/draft.ts',
      'templates/norms.official.json',
      'build/packaging-check.mjs',
      'README.md',
      // Main and preload bundle what they use; the renderer is built: no dependency is loaded from node_modules.
      'node_modules/react/index.js',
      'node_modules/docx/package.json',
      'node_modules/mammoth/lib/index.js',
    ];
    for (const path of outside) expect(packaged(path), path).toBe(false);
  });

  it('signs with the hardened runtime on macOS and only the JIT entitlement V8 needs', async () => {
    const mac = (await builderConfig()).mac as Record<string, unknown>;
    expect(mac).toMatchObject({
      hardenedRuntime: true,
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
    });
    const plist = await readFile(new URL('../build/entitlements.mac.plist', import.meta.url), 'utf8');
    const granted = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((match) => match[1]);
    expect(granted).toEqual(['com.apple.security.cs.allow-jit']);
    expect(plist).not.toMatch(/disable-library-validation|allow-unsigned-executable-memory|<false\/>/);
  });

  it('keeps every signing secret out of the configuration (they come from environment variables)', async () => {
    const keys: string[] = [];
    const visit = (value: unknown) => {
      if (!value || typeof value !== 'object') return;
      for (const [key, child] of Object.entries(value)) {
        keys.push(key);
        visit(child);
      }
    };
    visit(await builderConfig());
    expect(keys.filter((key) => /csc|password|certificate|identity|appleId|teamId|apiKey/i.test(key))).toEqual([]);
  });

  it('checks Node and reports the signing state before packing (beforePack hook)', async () => {
    const config = await builderConfig();
    expect(config.beforePack).toBe('./build/packaging-check.mjs');
    const hook = (await import('../build/packaging-check.mjs')) as Record<string, unknown>;
    expect(typeof hook.beforePack).toBe('function');
  });
});

describe('packaging check (build/packaging-check.mjs)', () => {
  it('needs the Node version the packaging tools declare', () => {
    expect(PACKAGING_MIN_NODE).toBe('22.12.0');
    expect(['22.12.0', 'v22.13.1', '24.0.0', '26.1.0'].map(nodeCanPackage)).toEqual([true, true, true, true]);
    expect(['20.20.2', '22.11.9', 'v21.7.3', '18.20.0'].map(nodeCanPackage)).toEqual([false, false, false, false]);
  });

  it('refuses to pack on an older Node with a message that says what to use', async () => {
    const log = vi.fn();
    await expect(beforePack({ electronPlatformName: 'linux' }, { node: '20.20.2', env: {}, log })).rejects.toThrow(
      'Packaging needs Node 22.12.0 or later (this is Node 20.20.2)',
    );
    expect(log).not.toHaveBeenCalled();
  });

  it('says "unsigned build" for every platform when no signing variables are set, naming the variables', async () => {
    for (const [platform, variables] of [
      ['win32', ['WIN_CSC_LINK', 'WIN_CSC_KEY_PASSWORD']],
      [
        'darwin',
        ['CSC_LINK', 'CSC_KEY_PASSWORD', 'CSC_NAME', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
      ],
      ['linux', []],
    ] as const) {
      const lines: string[] = [];
      await beforePack(
        { electronPlatformName: platform },
        { node: '22.12.0', env: {}, log: (line) => lines.push(line) },
      );
      const text = lines.join('\n');
      expect(text, platform).toMatch(/unsigned build for (Windows|macOS|Linux)/);
      for (const variable of variables) expect(text, platform).toContain(variable);
    }
  });

  it('on macOS without signing variables, stops electron-builder from picking an identity from the keychain by itself', async () => {
    const env: Record<string, string | undefined> = {};
    await beforePack({ electronPlatformName: 'darwin' }, { node: '24.0.0', env, log: () => {} });
    expect(env.CSC_IDENTITY_AUTO_DISCOVERY).toBe('false');
    const signingEnv: Record<string, string | undefined> = {
      CSC_NAME: 'Developer ID Application: Examplia Ministry (AB12CD34EF)',
    };
    await beforePack({ electronPlatformName: 'darwin' }, { node: '24.0.0', env: signingEnv, log: () => {} });
    expect(signingEnv.CSC_IDENTITY_AUTO_DISCOVERY).toBeUndefined();
  });

  it('reports a signed Windows build from WIN_CSC_LINK or CSC_LINK', () => {
    expect(signingReport('win32', { WIN_CSC_LINK: 'cert.pfx' }).signed).toBe(true);
    expect(signingReport('win32', { CSC_LINK: 'cert.pfx' }).signed).toBe(true);
    expect(signingReport('win32', { CSC_LINK: '  ' }).signed).toBe(false);
  });

  it('tells a signed macOS build apart from a signed and notarised one', () => {
    const signedOnly = signingReport('darwin', {
      CSC_LINK: 'id.p12',
      CSC_KEY_PASSWORD: 'secret',
      APPLE_ID: 'release@examplia.example',
    });
    expect(signedOnly.signed).toBe(true);
    expect(signedOnly.lines.join(' ')).toMatch(/not notarised/);
    const notarised = signingReport('darwin', {
      CSC_LINK: 'id.p12',
      APPLE_ID: 'release@examplia.example',
      APPLE_APP_SPECIFIC_PASSWORD: 'abcd-efgh',
      APPLE_TEAM_ID: 'AB12CD34EF',
    });
    expect(notarised.lines.join(' ')).toMatch(/signed .* and notarised/);
    expect(
      signingReport('darwin', {
        CSC_NAME: 'Developer ID',
        APPLE_API_KEY: 'key.p8',
        APPLE_API_KEY_ID: 'K1',
        APPLE_API_ISSUER: 'I1',
      }).lines.join(' '),
    ).toMatch(/and notarised/);
  });

  it('never prints a secret', () => {
    const env = {
      CSC_LINK: 'id.p12',
      CSC_KEY_PASSWORD: 'hunter2-secret',
      APPLE_ID: 'a@examplia.example',
      APPLE_APP_SPECIFIC_PASSWORD: 'pw-secret-1',
      APPLE_TEAM_ID: 'T1',
    };
    for (const platform of ['darwin', 'win32', 'linux']) {
      expect(signingReport(platform, env).lines.join(' ')).not.toMatch(/hunter2|pw-secret/);
    }
  });
});
