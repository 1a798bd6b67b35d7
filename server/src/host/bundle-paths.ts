import path from 'node:path';
import { setWasmDir } from '../core/tree-sitter/loader';

/** In the bundles (dist/cli.js, dist/server.js) the grammar files sit in dist/wasm beside them. */
export function useBundledGrammars(): void {
  setWasmDir(path.join(__dirname, 'wasm'));
}
