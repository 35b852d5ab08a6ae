// A new stored node type does not compile until the Word export and the import handle it: this
// compiles the shared code with one more node type declared (its descriptor and its JSON
// interface, as ARCHITECTURE.md says to add one) and expects the compiler to point at exactly
// the export table and the import table.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const file = (path: string) => join(ROOT, path);

/** What a developer adds for an inline node marking a bookmark in the text. */
const EDITS: Record<string, (source: string) => string> = {
  [file('shared/model/nodes/descriptors.ts')]: (source) =>
    source.replace(
      '] as const;',
      "  leaf('bookmark', { in: INLINE_LEAF }, { name: text(64) }, () => ''),\n] as const;",
    ),
  [file('shared/model/lexical-json.ts')]: (source) =>
    source
      .replace(
        'export type SerializedNode =',
        "export interface SerializedBookmark extends SerializedNodeBase {\n  type: 'bookmark';\n  name: string;\n}\n\nexport type SerializedNode =",
      )
      .replace('  | SerializedField;', '  | SerializedField\n  | SerializedBookmark;'),
};

/** The Word writer's node table, the import's, and the modules deriving from the descriptors. */
const ROOTS = [
  'shared/docx/inline.ts',
  'shared/import/lexical.ts',
  'shared/model/editor-nodes.ts',
  'shared/model/editor-fast-check.ts',
  'shared/model/text.ts',
];

function compileWithBookmarkNode(): ts.Diagnostic[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts'],
    types: [],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    allowImportingTsExtensions: true,
    verbatimModuleSyntax: true,
  };
  const host = ts.createCompilerHost(options);
  const readSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError) => {
    const edit = EDITS[resolve(fileName)];
    if (!edit) return readSourceFile(fileName, language, onError);
    const source = edit(readFileSync(fileName, 'utf8'));
    return ts.createSourceFile(fileName, source, language);
  };
  const program = ts.createProgram(ROOTS.map(file), options, host);
  return [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics(), ...program.getGlobalDiagnostics()];
}

/** Where a diagnostic is: the file and the top-level declaration holding it. */
function placeOf(diagnostic: ts.Diagnostic): string {
  const source = diagnostic.file;
  if (!source || diagnostic.start === undefined) return '(no file)';
  const at = diagnostic.start;
  const statement = source.statements.find((node) => node.getStart(source) <= at && at < node.getEnd());
  const name =
    statement && ts.isVariableStatement(statement)
      ? statement.declarationList.declarations[0]!.name.getText(source)
      : '(elsewhere)';
  return `${relative(ROOT, source.fileName)} ${name}`;
}

describe('a new stored node type', () => {
  // Type-checking one program over the modules it touches (with zod's and docx's typings) costs
  // about 6 s of processor time, and several times that in wall time on a loaded machine.
  it('is refused by the compiler until both the Word export and the import handle it', { timeout: 120_000 }, () => {
    const diagnostics = compileWithBookmarkNode();
    const places = diagnostics.map(placeOf);
    expect(places.sort()).toEqual(['shared/docx/inline.ts INLINE_WRITERS', 'shared/import/lexical.ts IMPORT_NODES']);
    for (const diagnostic of diagnostics)
      expect(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')).toContain('bookmark');
  });
});
