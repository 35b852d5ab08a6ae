// Which chunks of the renderer's build the first screen needs: the entry (main.tsx), React and the
// screens it loads in later steps (react-runtime.ts, first-screen.tsx), and everything they import
// statically.
// compile-hints-plugin.ts marks them for eager compilation; startup-preload-plugin.ts has
// index.html fetch them at once.

/** The module index.html loads, the first step. */
export const ENTRY_MODULE = 'renderer/src/main.tsx';
/** The modules main.tsx imports dynamically, in this order, to run their code in tasks of their own, and each one's chunk. */
export const LATER_STEPS = [
  { root: 'renderer/src/start-storage.ts', name: 'startup-storage' },
  { root: 'renderer/src/start-texts.ts', name: 'startup-texts' },
  { root: 'renderer/src/react-runtime.ts', name: 'startup-react' },
  { root: 'renderer/src/first-screen.tsx', name: 'startup-screens' },
] as const;

/** A module id with forward slashes on every system, to compare with the paths above. */
export const slashed = (id: string) => id.split('\\').join('/');

/** The part of an output chunk these plugins read and write. */
export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  /** Every module the chunk holds (a step's module may share its chunk with the step's other code). */
  moduleIds: string[];
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

const isLaterStep = (chunk: ChunkLike) =>
  chunk.moduleIds.some((id) => LATER_STEPS.some(({ root }) => slashed(id).endsWith(root)));

/** File names of the start-up chunks, sorted. */
export function startupChunkNames(bundle: BundleLike): string[] {
  const chunk = (name: string) => {
    const output = bundle[name];
    return output?.type === 'chunk' ? output : undefined;
  };
  const entries = Object.keys(bundle).filter((name) => chunk(name)?.isEntry);
  const laterSteps = entries.flatMap((name) =>
    chunk(name)!.dynamicImports.filter((imported) => {
      const target = chunk(imported);
      return target !== undefined && isLaterStep(target);
    }),
  );
  const seen = new Set<string>();
  const queue = [...entries, ...laterSteps];
  while (queue.length > 0) {
    const name = queue.pop()!;
    const output = chunk(name);
    if (seen.has(name) || !output) continue;
    seen.add(name);
    queue.push(...output.imports);
  }
  return [...seen].sort();
}
