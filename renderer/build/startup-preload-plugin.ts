// index.html names every start-up chunk (renderer/build/startup-chunks.ts), not only the entry's
// static imports as Vite does: the screens main.tsx loads in a second step, and their styles, are
// then fetched with the entry instead of after it has run.
import type { Plugin } from 'vite';
import { startupChunkNames, type BundleLike } from './startup-chunks.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `html` with the start-up chunks and styles it does not name yet; `prefix` is how it names
 * assets ('./assets/…'). The screens' styles go before the entry's own (the app's base styles),
 * where they were when all start-up code was one chunk, so the cascade is unchanged.
 */
export function withStartupPreloads(html: string, bundle: BundleLike, prefix: string): string {
  const named = (file: string) => html.includes(`"${prefix}${file}"`);
  const styles = new Set<string>();
  const scripts: string[] = [];
  for (const name of startupChunkNames(bundle)) {
    const chunk = bundle[name]!;
    if (chunk.type !== 'chunk') continue;
    for (const css of chunk.viteMetadata?.importedCss ?? []) if (!named(css)) styles.add(css);
    if (!named(name)) scripts.push(name);
  }
  const tag = (rel: string, file: string) => `<link rel="${rel}" crossorigin href="${prefix}${file}">`;
  const styleTags = [...styles].map((file) => tag('stylesheet', file));
  const scriptTags = scripts.map((file) => tag('modulepreload', file));
  const firstStyle = /^([ \t]*)<link rel="stylesheet"/m.exec(html);
  if (firstStyle && styleTags.length > 0) {
    const indent = firstStyle[1]!;
    html = `${html.slice(0, firstStyle.index)}${styleTags.map((line) => `${indent}${line}\n`).join('')}${html.slice(firstStyle.index)}`;
  } else scriptTags.unshift(...styleTags);
  return html.replace(/^([ \t]*)<\/head>/m, (end, indent: string) =>
    [...scriptTags.map((line) => `${indent}  ${line}\n`), end].join(''),
  );
}

export function startupPreloadPlugin(): Plugin {
  return {
    name: 'drafter-startup-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const entry = context.chunk;
        if (!context.bundle || !entry) return html;
        // The entry's script tag shows how the page names its assets.
        const source = new RegExp(`src="([^"]*)${escapeRegExp(entry.fileName)}"`).exec(html);
        if (!source) return html;
        return withStartupPreloads(html, context.bundle as unknown as BundleLike, source[1]!);
      },
    },
  };
}
