// Marks the chunks the page needs for its first screen (renderer/build/startup-chunks.ts) with
// V8's compile hint, so that the browser compiles their functions while the files download, off
// the main thread, instead of one by one on the main thread when each is first called. That is
// most of a cold start's compile time (no code cache after an update or a reboot). Chunks loaded
// later (screens, dialogs, other languages) are left to lazy compilation: most of their functions
// never run at start. Chromium 136+ (Electron 36+) reads the hint; other engines ignore it.
import type { Plugin } from 'vite';
import { startupChunkNames, type BundleLike, type ChunkLike } from './startup-chunks.ts';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the hint on the first line of each start-up chunk (its source map moves one line down). */
export function addCompileHints(bundle: BundleLike): void {
  for (const name of startupChunkNames(bundle)) {
    const chunk = bundle[name] as ChunkLike;
    if (chunk.code.startsWith(COMPILE_HINT)) continue;
    chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
    if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
    const mapFile = bundle[`${name}.map`];
    if (mapFile?.type === 'asset' && typeof mapFile.source === 'string') {
      const map = JSON.parse(mapFile.source) as { mappings: string };
      map.mappings = `;${map.mappings}`;
      mapFile.source = JSON.stringify(map);
    }
  }
}

export function compileHintsPlugin(): Plugin {
  return {
    name: 'drafter-compile-hints',
    apply: 'build',
    // Last, after Vite has put its preload map at the top of the entry: the hint must come first.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        addCompileHints(bundle as unknown as BundleLike);
      },
    },
  };
}
