import type { SourceIndex } from '../engine/tree-languages';
import { pyModulePaths } from './program';

// The prefilter's view of a Python file's imports: `from .kl import kget`, `import pkg.kl`.
// A spec is the module name with its leading dots (`..pkg.kl`); names imported from a package
// may be modules too (`from . import kl`), so they are listed as well.

const FROM = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+\(?([^\n#]*)/;
const IMPORT = /^[ \t]*import[ \t]+([^\n#]+)/;

const names = (list: string): string[] =>
  list.split(',').map((p) => p.trim().replace(/[()\\]/g, '').split(/\s+as\s+/)[0].trim()).filter((n) => /^[\w.]+$/.test(n));

export function pythonImportSpecs(text: string): string[] {
  const out: string[] = [];
  // Only lines holding "import" are tried (found with the native indexOf): a multiline regex over
  // every line of every Python file cost the prefilter more than reading them.
  for (let at = text.indexOf('import'); at !== -1; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    let end = text.indexOf('\n', at);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const from = FROM.exec(line);
    if (from) {
      const [, dots, dotted, imported] = from;
      out.push(dots + dotted);
      for (const n of names(imported)) if (n !== '*') out.push(`${dots}${dotted ? `${dotted}.` : ''}${n}`);
    } else {
      const imp = IMPORT.exec(line);
      if (imp) out.push(...names(imp[1]));
    }
    at = text.indexOf('import', end);
  }
  return out;
}

export function resolvePythonImport(from: string, spec: string, files: SourceIndex): string[] {
  const level = /^\.*/.exec(spec)?.[0].length ?? 0;
  // `import os`, `from typing import Any`: most absolute imports name no module of the project;
  // one lookup of the first name rules them out before any path is tried.
  const first = spec.slice(level).split('.')[0];
  if (level === 0 && !files.named(`${first}.py`).length && !files.hasFolder(first)) return [];
  const found = pyModulePaths(from, spec.slice(level), level, files.root).find((c) => c !== from && files.has(c));
  return found ? [found] : [];
}
