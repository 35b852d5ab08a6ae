// A build's output as the plugins see it, shaped like the app's: the entry, the UI texts, React and
// the screens it loads in later steps, what they import, and a screen and a language loaded when first used.
import type { AssetLike, ChunkLike } from '../startup-chunks';

function chunk(
  fileName: string,
  {
    imports = [] as string[],
    dynamicImports = [] as string[],
    isEntry = false,
    facade = '',
    modules = [] as string[],
    css = [] as string[],
  } = {},
): ChunkLike {
  return {
    type: 'chunk',
    fileName,
    isEntry,
    facadeModuleId: facade ? `/home/someone/drafter/${facade}` : null,
    moduleIds: [...(facade ? [facade] : []), ...modules].map((module) => `/home/someone/drafter/${module}`),
    imports,
    dynamicImports,
    code: `// ${fileName}`,
    map: { mappings: 'AAAA' },
    viteMetadata: { importedCss: new Set(css) },
  };
}

const asset = (source: string): AssetLike => ({ type: 'asset', source });

export function fakeBundle() {
  return {
    'assets/index.js': chunk('assets/index.js', {
      isEntry: true,
      facade: 'renderer/src/main.tsx',
      imports: ['assets/storage.js'],
      dynamicImports: ['assets/startup-texts.js', 'assets/react-runtime.js', 'assets/first-screen.js', 'assets/fr.js'],
      css: ['assets/index.css'],
    }),
    'assets/index.js.map': asset(JSON.stringify({ version: 3, mappings: 'AAAA' })),
    'assets/storage.js': chunk('assets/storage.js', { imports: ['assets/runtime.js'] }),
    'assets/runtime.js': chunk('assets/runtime.js'),
    // A step whose module shares a chunk with the step's other code: no facade of its own.
    'assets/startup-texts.js': chunk('assets/startup-texts.js', {
      modules: ['renderer/src/start-texts.ts', 'renderer/src/i18n/setup.ts'],
      imports: ['assets/runtime.js'],
    }),
    'assets/first-screen.js': chunk('assets/first-screen.js', {
      facade: 'renderer/src/first-screen.tsx',
      imports: ['assets/react-dom.js', 'assets/react.js', 'assets/runtime.js'],
      dynamicImports: ['assets/TrashScreen.js'],
      css: ['assets/first-screen.css'],
    }),
    'assets/react-runtime.js': chunk('assets/react-runtime.js', {
      facade: 'renderer/src/react-runtime.ts',
      imports: ['assets/react-dom.js'],
    }),
    'assets/react-dom.js': chunk('assets/react-dom.js', { imports: ['assets/react.js'] }),
    'assets/react.js': chunk('assets/react.js'),
    'assets/TrashScreen.js': chunk('assets/TrashScreen.js', {
      facade: 'renderer/src/trash/TrashScreen.tsx',
      imports: ['assets/react.js'],
      css: ['assets/TrashScreen.css'],
    }),
    'assets/fr.js': chunk('assets/fr.js', { facade: 'renderer/src/i18n/bundles/fr.ts' }),
    'assets/index.css': asset('body{}'),
    'assets/first-screen.css': asset('.editor{}'),
    'assets/TrashScreen.css': asset('.trash{}'),
  };
}
