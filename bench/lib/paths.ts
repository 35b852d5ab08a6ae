// Where the benchmark keeps its files: everything it writes is under bench/.work (git-ignored).
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const WORK_DIR = join(REPO_ROOT, 'bench', '.work');
export const CLI_BUNDLE = join(REPO_ROOT, 'out', 'cli', 'norms-drafter.mjs');
export const WEB_DIR = join(WORK_DIR, 'web');
export const work = (name: string) => join(WORK_DIR, name);
