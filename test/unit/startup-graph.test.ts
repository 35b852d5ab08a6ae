// The code on the way to the first screen: what main.tsx imports statically and what it loads
// in later steps (react-runtime.ts, then first-screen.tsx, preloaded by index.html), followed file by file (other
// dynamic import() and workers are where the graph is cut). Screens, dialogs, the Word reader and
// writer and other languages' texts must stay out of it, so the first screen does not wait for
// them (see ARCHITECTURE.md, "Start-up").
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dynamicImports, resolveFile, staticImports } from './import-graph';

const ROOT = resolve(import.meta.dirname, '..', '..');
const ENTRY = join(ROOT, 'renderer', 'src', 'main.tsx');
/** Storage, the UI texts, React, then the screens: main.tsx loads each in a step of its own (renderer/build/startup-chunks.ts). */
const STORAGE_STEP = join(ROOT, 'renderer', 'src', 'start-storage.ts');
const TEXTS_STEP = join(ROOT, 'renderer', 'src', 'start-texts.ts');
const REACT_STEP = join(ROOT, 'renderer', 'src', 'react-runtime.ts');
const SCREENS_STEP = join(ROOT, 'renderer', 'src', 'first-screen.tsx');

/** Files (relative to the repository) and packages the entry loads before anything else. */
function startupGraph(entries = [ENTRY, STORAGE_STEP, TEXTS_STEP, REACT_STEP, SCREENS_STEP]): {
  files: Set<string>;
  packages: Set<string>;
  globs: Set<string>;
} {
  const files = new Set<string>();
  const packages = new Set<string>();
  const globs = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const name = relative(ROOT, file).split('\\').join('/');
    if (files.has(name)) continue;
    files.add(name);
    if (!/\.tsx?$/.test(file)) continue;
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('glob:'))
        globs.add(
          relative(ROOT, resolve(dirname(file), specifier.slice(5)))
            .split('\\')
            .join('/'),
        );
      else if (specifier.startsWith('.')) {
        const target = resolveFile(file, specifier);
        if (!target) throw new Error(`${name}: cannot resolve ${specifier}`);
        queue.push(target);
      } else
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
    }
  }
  return { files, packages, globs };
}

describe('start-up code', () => {
  const graph = startupGraph();

  it('is main.tsx, then storage, the UI texts, React and the screens, each loaded in a step of its own', () => {
    expect(dynamicImports(readFileSync(ENTRY, 'utf8'))).toEqual(
      expect.arrayContaining(['./start-storage', './start-texts', './react-runtime', './first-screen']),
    );
    const react = startupGraph([REACT_STEP]);
    expect(react.packages).toContain('react-dom');
    expect([...react.files].filter((file) => file !== 'renderer/src/react-runtime.ts')).toEqual([]);
  });

  it('evaluates neither storage, the texts, React nor the editor in the entry’s own task', () => {
    const first = startupGraph([ENTRY]);
    expect(
      [...first.packages].filter((name) => ['dexie', 'zod', 'i18next', 'react-dom', 'lexical'].includes(name)),
    ).toEqual([]);
    // Storage's one exception: the plain IndexedDB request that has the browser open the library's
    // files early (no Dexie), and the database's name it needs.
    const earlyOpen = ['renderer/src/storage/early-open.ts', 'renderer/src/storage/database-name.ts'];
    expect(
      [...first.files].filter(
        (file) => /^renderer\/src\/(storage|i18n|editor|library|draft)\//.test(file) && !earlyOpen.includes(file),
      ),
    ).toEqual([]);
  });

  it('evaluates storage and the UI texts before, not with, React, the editor and the screens', () => {
    for (const step of [STORAGE_STEP, TEXTS_STEP]) {
      const graph = startupGraph([step]);
      expect([...graph.packages].filter((name) => ['react-dom', 'lexical'].includes(name))).toEqual([]);
      expect(
        [...graph.files].filter((file) => /^renderer\/src\/(App\.tsx|editor\/|library\/|draft\/.*\.tsx$)/.test(file)),
      ).toEqual([]);
    }
    expect(startupGraph([STORAGE_STEP]).files).toContain('renderer/src/storage/repository.ts');
    expect(startupGraph([TEXTS_STEP]).files).toContain('renderer/src/i18n/setup.ts');
  });

  it('is followed through the app (the scan sees the editor, the library and storage)', () => {
    expect(graph.files).toContain('renderer/src/App.tsx');
    expect(graph.files).toContain('renderer/src/editor/SectionEditor.tsx');
    expect(graph.files).toContain('renderer/src/library/LibraryScreen.tsx');
    expect(graph.packages).toContain('lexical');
    expect(graph.packages).toContain('dexie');
  });

  it('leaves out the Word reader and writer, import, export, versions, trash and backups screens, and the dialogs', () => {
    expect([...graph.packages].filter((name) => ['mammoth', 'docx', 'jszip'].includes(name))).toEqual([]);
    const later = [
      // shared/docx/official-texts.ts is only the check of the user's norm texts, not the writer.
      /^shared\/(docx\/(?!official-texts)|import\/|diff\/)/,
      /^renderer\/src\/import\/(ImportDialog|useImport|run-import|import\.worker)/,
      /^renderer\/src\/export\/(ExportDialog|useDocxExport|run-export|docx\.worker)/,
      /^renderer\/src\/versions\/(VersionsPanel|CompareView|DiffText|VersionList|SaveVersionForm|version\.worker)/,
      /^renderer\/src\/trash\/TrashScreen/,
      /^renderer\/src\/backup\/BackupsScreen/,
      /\/(NewDraft|Details|ChangeTemplate|DocumentLanguage|NormTexts)Dialog\.tsx$/,
    ];
    expect([...graph.files].filter((file) => later.some((pattern) => pattern.test(file)))).toEqual([]);
  });

  it('leaves out collaboration beyond the marks a draft shows: contribution files, merging and review, the clearance panel and comparison', () => {
    // What a draft screen shows of collaboration at once stays: the outline's counts and clearance
    // badges, the clearance button, the File menu's entries. The rest is loaded when a draft holds
    // contributions, a contributor's ticket or a clearance, or when the user opens it.
    const later = [
      /^shared\/(contribution|merge)\//,
      /^shared\/clearance\/(?!path\.ts$)/,
      /^renderer\/src\/contribution\//,
      /^renderer\/src\/merge\/(?!(use-contribution-actions\.tsx|people\.ts|review-model\.ts|ReviewCountBadge\.tsx|merge\.css)$)/,
      /^renderer\/src\/clearance\/(?!(ClearanceBadge\.tsx|ClearanceButton\.tsx|labels\.ts|use-clearance-marks\.ts|clearance\.css)$)/,
    ];
    expect([...graph.files].filter((file) => later.some((pattern) => pattern.test(file)))).toEqual([]);
  });

  it('bundles no language’s UI texts: the UI language is loaded before the first render, others when needed', () => {
    // Only the English template texts, shared/'s fallback when a translation is missing.
    expect([...graph.files].filter((file) => file.startsWith('locales/'))).toEqual(['locales/en/templates.json']);
    expect([...graph.globs].filter((glob) => glob.startsWith('locales/'))).toEqual([]);
  });
});
