// What the built web app loads before its first screen (index.html's module script and the
// chunks it preloads) against all of its code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_DIR } from './paths';

export interface BundleSize {
  startupKb: number;
  startupFiles: number;
  allKb: number;
  allFiles: number;
}

export function bundleSize(dir = WEB_DIR): BundleSize {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const startup = [
    ...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="\.\/([^"]+\.js)"/g),
  ].map((match) => match[1]!);
  const kb = (file: string) => statSync(join(dir, file)).size / 1024;
  const all = readdirSync(join(dir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
  const sum = (files: string[]) => files.reduce((total, file) => total + kb(file), 0);
  return { startupKb: sum(startup), startupFiles: startup.length, allKb: sum(all), allFiles: all.length };
}
