import path from 'node:path';
import * as TreeSitter from '@vscode/tree-sitter-wasm';

// Grammars for the non-JS languages, from @vscode/tree-sitter-wasm (prebuilt .wasm files, no
// native build). They load lazily: only when a file of that language passed the prefilter.

export type GrammarName = 'python' | 'php' | 'ruby' | 'bash' | 'go' | 'java' | 'c-sharp';
export type Parser = TreeSitter.Parser;
export type SyntaxNode = TreeSitter.Node;
export type Tree = TreeSitter.Tree;

let wasmDir: string | null = null;
let init: Promise<void> | null = null;
const parsers = new Map<GrammarName, Parser>();
const loading = new Map<GrammarName, Promise<Parser>>();
/** Milliseconds each grammar took to load (runtime init counted under `runtime`), for the notes and the benchmark. */
export const grammarLoadMs: Record<string, number> = {};

/**
 * Where the .wasm files are. The bundles (dist/cli.js, dist/server.js) ship them in dist/wasm
 * and call this at start-up; tests and scripts run from source find them in node_modules.
 */
export function setWasmDir(dir: string): void {
  wasmDir = dir;
}

function dir(): string {
  if (wasmDir) return wasmDir;
  return path.dirname(require.resolve('@vscode/tree-sitter-wasm/wasm/tree-sitter.wasm'));
}

/** The parser for a grammar, loading the runtime and the grammar on first use. */
export function parserFor(name: GrammarName): Promise<Parser> {
  const ready = parsers.get(name);
  if (ready) return Promise.resolve(ready);
  let p = loading.get(name);
  if (!p) {
    p = (async () => {
      const t0 = Date.now();
      init ??= TreeSitter.Parser.init({ locateFile: (file: string) => path.join(dir(), file) }).then(() => {
        grammarLoadMs.runtime = Date.now() - t0;
      });
      await init;
      const t1 = Date.now();
      const language = await TreeSitter.Language.load(path.join(dir(), `tree-sitter-${name}.wasm`));
      grammarLoadMs[name] = Date.now() - t1;
      const parser = new TreeSitter.Parser();
      parser.setLanguage(language);
      parsers.set(name, parser);
      return parser;
    })();
    loading.set(name, p);
  }
  return p;
}

/**
 * Replaces a parser that a grammar bug threw out of (tree-sitter-ruby's scanner fails an assert
 * on some heredocs, and the runtime has no `__assert_fail` to call): such a parser fails every
 * later parse, and `reset()` crashes it. The broken one is dropped, not deleted (its state is
 * undefined); the grammar gets a fresh parser.
 */
export function renewParser(broken: Parser): void {
  for (const [name, p] of parsers) {
    if (p !== broken || !broken.language) continue;
    const fresh = new TreeSitter.Parser();
    fresh.setLanguage(broken.language);
    parsers.set(name, fresh);
  }
}

/** The parser when its grammar is already loaded (synchronous callers), else null. */
export function loadedParser(name: GrammarName): Parser | null {
  return parsers.get(name) ?? null;
}
