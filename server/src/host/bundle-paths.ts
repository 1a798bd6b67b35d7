import fs from 'node:fs';
import path from 'node:path';
import { setWasmDir } from '../core/tree-sitter/loader';

/**
 * In the bundles (dist/cli.js, dist/server.js) the grammar files sit in dist/wasm beside them;
 * run from source (tests, tsx), the loader finds them in node_modules instead.
 */
export function useBundledGrammars(): void {
  const dir = path.join(__dirname, 'wasm');
  if (fs.existsSync(path.join(dir, 'tree-sitter.wasm'))) setWasmDir(dir);
}
