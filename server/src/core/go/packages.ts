import path from 'node:path';
import type { TreeAnalysisInput } from '../engine/tree-languages';

// Go import paths to the project's own folders: `github.com/acme/app/common` is the folder
// `common` under the go.mod that declares `module github.com/acme/app`. Other imports (the
// standard library, dependencies) are not the project's.

const MODULE = /^\s*module\s+(\S+)/m;
const MAX_UP = 8;

/** The module path and folder of the nearest go.mod above a file, if any. */
export function goModule(file: string, root: string, read: (p: string) => string | undefined): { path: string; dir: string } | null {
  let dir = path.dirname(file);
  for (let i = 0; i < MAX_UP; i++) {
    const m = MODULE.exec(read(path.join(dir, 'go.mod')) ?? '');
    if (m) return { path: m[1], dir };
    if (dir === root || path.dirname(dir) === dir) break;
    dir = path.dirname(dir);
  }
  return null;
}

/** The folders of a file's imports that are packages of its own module, by import name. */
export function localPackages(imports: ReadonlyMap<string, string>, input: TreeAnalysisInput): Map<string, string> {
  const mod = goModule(input.file, input.root, input.read);
  const out = new Map<string, string>();
  if (!mod) return out;
  for (const [alias, p] of imports) {
    if (p === mod.path || p.startsWith(mod.path + '/')) out.set(alias, path.join(mod.dir, p.slice(mod.path.length)));
  }
  return out;
}
