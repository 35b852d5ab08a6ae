import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { createAppProtocolHandler, handleAppProtocol, registerAppSchemePrivileges, resolveAppFile } from './protocol';
import { electronModule } from './testing/fake-electron';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electronModule);

let base = '';
let root = '';
let serve: (request: Request) => Promise<Response>;
const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'drafter-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Norms Drafter</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {};');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), 'outside the app');
  serve = createAppProtocolHandler(root);
});
afterAll(() => rm(base, { recursive: true, force: true }));

describe('app:// scheme', () => {
  it('is registered before ready as standard, secure, fetch-capable and with a code cache', () => {
    registerAppSchemePrivileges();
    expect(electronModule.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    handleAppProtocol(root);
    expect(electronModule.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('serves the built renderer with the right content types and the CSP', async () => {
    const page = await get('app://drafter/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Norms Drafter');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('app://drafter/assets/index-abc.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('app://drafter/assets/index-abc.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    expect((await get('app://drafter/assets/index-abc.js')).headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses every path that tries to leave the renderer folder', async () => {
    const attempts = [
      'app://drafter/..%2fsecret.txt',
      'app://drafter/assets/..%2f..%2fsecret.txt',
      'app://drafter/%2e%2e/secret.txt',
      'app://drafter/..%5csecret.txt',
      'app://drafter/assets%5c..%5c..%5csecret.txt',
      'app://drafter/index.html%00.js',
      'app://drafter/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    ];
    for (const url of attempts) {
      const response = await get(url);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(await response.text(), url).not.toContain('outside the app');
      expect(response.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(resolveAppFile(root, 'app://drafter/..%2fsecret.txt')).toEqual({ status: 403 });
  });

  it('answers other hosts, missing files, folders and bad methods with errors that still carry the CSP', async () => {
    const cases: [Promise<Response>, number][] = [
      [get('app://elsewhere/index.html'), 404],
      [get('app://drafter/missing.js'), 404],
      [get('app://drafter/assets'), 404],
      [get('app://drafter/%E0%A4%A'), 400],
      [get('app://drafter/index.html', 'POST'), 405],
    ];
    for (const [pending, status] of cases) {
      const response = await pending;
      expect(response.status).toBe(status);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://drafter/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
