import ts from 'typescript';

const KIND_BY_EXT: Record<string, ts.ScriptKind> = {
  '.ts': ts.ScriptKind.TS,
  '.mts': ts.ScriptKind.TS,
  '.cts': ts.ScriptKind.TS,
  '.tsx': ts.ScriptKind.TSX,
  '.js': ts.ScriptKind.JS,
  '.mjs': ts.ScriptKind.JS,
  '.cjs': ts.ScriptKind.JS,
  '.jsx': ts.ScriptKind.JSX,
};

export const TS_EXTENSIONS = Object.keys(KIND_BY_EXT);

export function isTsLike(file: string): boolean {
  const dot = file.lastIndexOf('.');
  return dot >= 0 && file.slice(dot).toLowerCase() in KIND_BY_EXT;
}

export function scriptKindOf(file: string): ts.ScriptKind {
  const dot = file.lastIndexOf('.');
  return KIND_BY_EXT[file.slice(dot).toLowerCase()] ?? ts.ScriptKind.TS;
}

/**
 * Parses without a Program: detection needs syntax and lexical bindings only, never types, and
 * never JSDoc (skipping it makes parsing ~12% faster; incremental reparses keep the mode).
 */
export function parseTs(file: string, text: string): ts.SourceFile {
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  return ts.createSourceFile(file, text, options, true, scriptKindOf(file));
}
