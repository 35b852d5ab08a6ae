import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder's own loader and schema check, reached the way electron-builder reaches them.
const fromBuilder = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
const builderLib = createRequire(fromBuilder.resolve('app-builder-lib/package.json'));
const yaml = builderLib('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = builderLib('./out/util/config/config.js') as {
  validateConfiguration(config: unknown, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};

async function builderConfig(): Promise<Record<string, unknown>> {
  return yaml.load(await readFile(new URL('../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, unknown>;
}

describe('electron-builder.yml', () => {
  // electron-builder loads and compiles its whole configuration schema on first use: a few seconds.
  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(await builderConfig(), { isEnabled: false, add() {} })).resolves.toBeUndefined();
  }, 30_000);

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
    expect(config).toMatchObject({ appId: 'org.normsdrafter.app', productName: 'Norms Drafter', asar: true, publish: null });
    expect(config.files).toEqual(['out/**', '!out/web/**', 'package.json']);
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
});
