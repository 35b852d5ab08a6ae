// Which chunks of the renderer's build the first screen needs: the entry (main.tsx), the screens
// it loads in a second step (first-screen.tsx), and everything both import statically.
// compile-hints-plugin.ts marks them for eager compilation; startup-preload-plugin.ts has
// index.html fetch them at once.

/** The module main.tsx imports dynamically to run the screens' code in a task of its own. */
export const FIRST_SCREEN_MODULE = 'renderer/src/first-screen.tsx';

/** The part of an output chunk these plugins read and write. */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
  dynamicImports: string[];
  code: string;
  map?: { mappings: string } | null;
  viteMetadata?: { importedCss: Set<string> };
}
/** Any other output file, e.g. a chunk's source map. */
export interface AssetLike {
  type: 'asset';
  source: string | Uint8Array;
}
export type BundleLike = Record<string, ChunkLike | AssetLike>;

const isFirstScreen = (chunk: ChunkLike) =>
  chunk.facadeModuleId?.split('\\').join('/').endsWith(FIRST_SCREEN_MODULE) ?? false;

/** File names of the start-up chunks, sorted. */
export function startupChunkNames(bundle: BundleLike): string[] {
  const chunk = (name: string) => {
    const output = bundle[name];
    return output?.type === 'chunk' ? output : undefined;
  };
  const entries = Object.keys(bundle).filter((name) => chunk(name)?.isEntry);
  const secondStep = entries.flatMap((name) =>
    chunk(name)!.dynamicImports.filter((imported) => {
      const target = chunk(imported);
      return target !== undefined && isFirstScreen(target);
    }),
  );
  const seen = new Set<string>();
  const queue = [...entries, ...secondStep];
  while (queue.length > 0) {
    const name = queue.pop()!;
    const output = chunk(name);
    if (seen.has(name) || !output) continue;
    seen.add(name);
    queue.push(...output.imports);
  }
  return [...seen].sort();
}
