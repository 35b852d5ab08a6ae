// Every string the renderer shows comes from a key that exists in English (locales/en): each
// literal t('…') and <Trans i18nKey="…"> is checked against the namespaces its file uses, and a
// key computed at run time is allowed only for the few families listed below, whose keys this
// test enumerates and checks too. A new computed key without a family fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/model/languages';
import { loadTemplates, templateFields, type Template } from '../../shared/templates';
import { CHECKLIST_STATUS_KEYS, KIND_KEYS, SAVE_REASON_KEYS, STATUS_KEYS } from '../../renderer/src/templates/labels';
import { checklistFile, PRACTICAL_ACTIONS } from '../../shared/templates/checklists';
import { DOCUMENT_LANGUAGE_KEYS } from '../../renderer/src/language/labels';
import { NORM_TEXT_PROBLEM_KEYS } from '../../renderer/src/language/norm-texts';
import { FILE_PROBLEM_KEYS } from '../../renderer/src/files/problems';
import { LANGUAGE_NAME_KEYS } from '../../renderer/src/ui/format';
import { BLOCK_KIND_KEYS } from '../../renderer/src/versions/labels';
import { CLEAR_ERROR_KEYS, PATH_ERROR_KEYS, STEP_KEYS } from '../../renderer/src/clearance/labels';
import {
  FORMAT_KEYS,
  IMPORT_ERROR_KEYS,
  PROGRESS_STEP_KEYS,
  UNPLACED_REASON_KEYS,
  WARNING_KEYS,
} from '../../renderer/src/import/labels';

const root = join(import.meta.dirname, '..', '..');
const rendererDir = join(root, 'renderer', 'src');
const PLURAL = ['zero', 'one', 'two', 'few', 'many', 'other'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function flatten(value: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(prefix);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

const english = new Map(
  readdirSync(join(root, 'locales', 'en')).map((file) => [
    file.replace(/\.json$/, ''),
    flatten(JSON.parse(readFileSync(join(root, 'locales', 'en', file), 'utf8'))),
  ]),
);

/** A key exists when English has it, or (for a plural) has at least its `_other` form. */
function exists(namespace: string, key: string): boolean {
  const keys = english.get(namespace);
  return !!keys && (keys.has(key) || PLURAL.some((form) => keys.has(`${key}_${form}`)));
}

function templateKeys(template: Template): string[] {
  const keys = [
    template.nameKey,
    template.descriptionKey,
    template.titleKey,
    ...templateFields(template).map((field) => field.labelKey),
  ];
  for (const section of template.sections) {
    if (section.headingKey) keys.push(section.headingKey);
    keys.push(...(section.guidanceKeys ?? []), ...(section.subheadingKeys ?? []));
    for (const block of section.initialContent ?? []) if (block.textKey) keys.push(block.textKey);
    for (const field of section.fields ?? []) {
      keys.push(field.labelKey);
      if (field.kind === 'choice') keys.push(...field.options.map((option) => option.labelKey));
      if (field.kind === 'checklist') keys.push(...(field.items ?? []).map((item) => item.labelKey));
    }
  }
  return keys;
}

/** The practical-action checklist every norm section gets: its name and its items. */
function checklistKeys(): string[] {
  const file = checklistFile(PRACTICAL_ACTIONS)!;
  const items = Object.values(file.norms).flatMap((list) => list.map((item) => item.labelKey ?? []));
  return [file.labelKey, ...items.flat()];
}

const templates = loadTemplates(
  readdirSync(join(root, 'templates'))
    .filter((f) => f.endsWith('.template.json'))
    .map((f) => JSON.parse(readFileSync(join(root, 'templates', f), 'utf8')) as unknown),
);

/** Keys that a form check returns as data (`key: '…'` in its source). */
function keysInSource(path: string): string[] {
  return [...readFileSync(join(rendererDir, path), 'utf8').matchAll(/\bkey:\s*'([\w.]+)'/g)].map((m) => m[1]!);
}

interface ComputedFamily {
  /** The computed argument, as written at the call site. */
  argument: RegExp;
  namespace: string;
  keys(): string[];
}

const COMPUTED: ComputedFamily[] = [
  { argument: /^STATUS_KEYS\[/, namespace: 'draft', keys: () => Object.values(STATUS_KEYS) },
  { argument: /^KIND_KEYS\[/, namespace: 'draft', keys: () => Object.values(KIND_KEYS) },
  { argument: /^SAVE_REASON_KEYS\[/, namespace: 'draft', keys: () => Object.values(SAVE_REASON_KEYS) },
  {
    argument: /^template\.(nameKey|descriptionKey)\b/,
    namespace: 'templates',
    keys: () => templates.flatMap((t) => [t.nameKey, t.descriptionKey]),
  },
  // Guidance prompts and sub-headings named by the template's sections.
  {
    argument: /^key\b.*ns: 'templates'/s,
    namespace: 'templates',
    keys: () => [...templates.flatMap(templateKeys), ...checklistKeys()],
  },
  { argument: /^CHECKLIST_STATUS_KEYS\[/, namespace: 'templates', keys: () => Object.values(CHECKLIST_STATUS_KEYS) },
  { argument: /^error\.key\b/, namespace: 'library', keys: () => keysInSource('library/new-draft-form.ts') },
  { argument: /^NORM_TEXT_PROBLEM_KEYS\[/, namespace: 'language', keys: () => Object.values(NORM_TEXT_PROBLEM_KEYS) },
  {
    argument: /^DOCUMENT_LANGUAGE_KEYS\.\w+\[/,
    namespace: 'language',
    keys: () => Object.values(DOCUMENT_LANGUAGE_KEYS).flatMap((family) => Object.values(family)),
  },
  { argument: /^LANGUAGE_NAME_KEYS\[/, namespace: 'language', keys: () => Object.values(LANGUAGE_NAME_KEYS) },
  { argument: /^FILE_PROBLEM_KEYS\[/, namespace: 'files', keys: () => Object.values(FILE_PROBLEM_KEYS) },
  { argument: /^IMPORT_ERROR_KEYS\[/, namespace: 'import', keys: () => Object.values(IMPORT_ERROR_KEYS) },
  { argument: /^WARNING_KEYS\[/, namespace: 'import', keys: () => Object.values(WARNING_KEYS) },
  { argument: /^UNPLACED_REASON_KEYS\[/, namespace: 'import', keys: () => Object.values(UNPLACED_REASON_KEYS) },
  { argument: /^FORMAT_KEYS\[/, namespace: 'import', keys: () => Object.values(FORMAT_KEYS) },
  { argument: /^BLOCK_KIND_KEYS\[/, namespace: 'safety', keys: () => Object.values(BLOCK_KIND_KEYS) },
  { argument: /^STEP_KEYS\[/, namespace: 'draft', keys: () => Object.values(STEP_KEYS) },
  { argument: /^PATH_ERROR_KEYS\[/, namespace: 'draft', keys: () => Object.values(PATH_ERROR_KEYS) },
  { argument: /^CLEAR_ERROR_KEYS\[/, namespace: 'draft', keys: () => Object.values(CLEAR_ERROR_KEYS) },
  { argument: /^PROGRESS_STEP_KEYS\[/, namespace: 'import', keys: () => Object.values(PROGRESS_STEP_KEYS) },
];

interface Use {
  file: string;
  line: number;
  namespace: string | null;
  key: string;
}

/** Namespaces a file's components ask for: the first of each useTranslation() call. */
function defaultNamespaces(source: string): string[] {
  const found = [...source.matchAll(/useTranslation\(\s*(?:\[\s*)?(?:'(\w+)')?/g)].map((m) => m[1] ?? 'common');
  return [...new Set(found)];
}

function lineOf(source: string, index: number): number {
  return source.slice(0, index).split('\n').length;
}

/** The text of a call's arguments, up to its closing parenthesis. */
function argumentsAt(source: string, open: number): string {
  let depth = 0;
  for (let i = open; i < source.length; i += 1) {
    if (source[i] === '(') depth += 1;
    else if (source[i] === ')' && --depth === 0) return source.slice(open + 1, i);
  }
  return source.slice(open + 1);
}

/** The options of this call only: the arguments of calls nested in it are dropped. */
function withoutNestedCalls(text: string): string {
  let out = '';
  let depth = 0;
  for (const char of text) {
    if (char === '(') depth += 1;
    if (depth === 0) out += char;
    if (char === ')') depth -= 1;
  }
  return out;
}

function scan(file: string): { literal: Use[]; computed: { file: string; line: number; argument: string }[] } {
  const source = readFileSync(file, 'utf8');
  const name = relative(rendererDir, file);
  const literal: Use[] = [];
  const computed: { file: string; line: number; argument: string }[] = [];
  for (const match of source.matchAll(/\bt\(/g)) {
    const args = argumentsAt(source, match.index + 1).trim();
    const line = lineOf(source, match.index);
    // `condition ? 'one.key' : 'other.key'`: two literal keys.
    const choice = /^[^'"`,]*\?\s*'([\w.:]+)'\s*:\s*'([\w.:]+)'/.exec(args);
    if (choice) {
      const ns = /\bns:\s*'(\w+)'/.exec(withoutNestedCalls(args.slice(choice[0].length)))?.[1] ?? null;
      literal.push(
        { file: name, line, namespace: ns, key: choice[1]! },
        { file: name, line, namespace: ns, key: choice[2]! },
      );
      continue;
    }
    const quoted = /^(['"])([^'"`]+)\1/.exec(args);
    if (!quoted) {
      computed.push({ file: name, line, argument: args });
      continue;
    }
    const ns = /\bns:\s*'(\w+)'/.exec(withoutNestedCalls(args.slice(quoted[0].length)))?.[1] ?? null;
    literal.push({ file: name, line, namespace: ns, key: quoted[2]! });
  }
  for (const match of source.matchAll(/i18nKey=["'{]+([\w.:]+)/g))
    literal.push({ file: name, line: lineOf(source, match.index), namespace: null, key: match[1]! });
  return { literal, computed };
}

const files = sourceFiles(rendererDir);

describe('UI strings in code have English text', () => {
  it('finds the renderer sources and their keys', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((f) => scan(f).literal).length).toBeGreaterThan(100);
  });

  it('every literal key exists in English, in the namespace its file uses', () => {
    const missing: string[] = [];
    for (const file of files) {
      const namespaces = defaultNamespaces(readFileSync(file, 'utf8'));
      for (const use of scan(file).literal) {
        const [prefix, rest] = use.key.includes(':') ? use.key.split(':', 2) : [null, use.key];
        const candidates = prefix ? [prefix] : use.namespace ? [use.namespace] : namespaces;
        if (!candidates.some((ns) => exists(ns, rest!)))
          missing.push(`${use.file}:${use.line} ${use.key} (looked in ${candidates.join(', ') || 'no namespace'})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every computed key belongs to a known family (keys must otherwise be literal)', () => {
    const unknown = files
      .flatMap((f) => scan(f).computed)
      .filter((use) => !COMPUTED.some((family) => family.argument.test(use.argument)))
      .map((use) => `${use.file}:${use.line} t(${use.argument.slice(0, 60)})`);
    expect(unknown).toEqual([]);
  });

  for (const family of COMPUTED) {
    it(`every key of the family ${family.argument.source} exists in English (${family.namespace})`, () => {
      const keys = family.keys();
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.filter((key) => !exists(family.namespace, key))).toEqual([]);
    });
  }

  it('the six languages each have every namespace English has', () => {
    for (const language of LANGUAGES) {
      expect(readdirSync(join(root, 'locales', language)).sort()).toEqual(
        [...english.keys()].map((ns) => `${ns}.json`).sort(),
      );
    }
  });
});
