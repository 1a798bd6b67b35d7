// Bundles the extension, the language server and the CLI into dist/ with esbuild.
// Type-checking is `npm run typecheck` (tsc --noEmit); esbuild only strips types.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  // VS Code's extension host runs a newer Node than CI's Node 20; target the older one.
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's "main" is a UMD build whose require('./impl/format') esbuild cannot follow;
  // its "module" (ESM) build bundles cleanly.
  mainFields: ['module', 'main'],
  // The grammar loader's require.resolve is the fallback for unbundled runs only; the bundles
  // set the wasm folder explicitly (server/src/host/bundle-paths.ts).
  logOverride: { 'require-resolve-not-external': 'silent' },
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // Worker threads of big scans, started by the CLI and the server from beside them (server/src/core/engine/scan-pool.ts).
  { entryPoints: ['server/src/core/engine/scan-worker.ts'], outfile: 'dist/scan-worker.js' },
];

// The tree-sitter runtime and the grammars the analyzers use ship beside the bundles; the
// bundles point the loader at dist/wasm (see server/src/core/tree-sitter/loader.ts).
const GRAMMARS = ['tree-sitter.wasm', 'tree-sitter-python.wasm', 'tree-sitter-php.wasm', 'tree-sitter-ruby.wasm', 'tree-sitter-bash.wasm', 'tree-sitter-go.wasm', 'tree-sitter-java.wasm', 'tree-sitter-c-sharp.wasm'];
const wasmSrc = path.dirname(createRequire(import.meta.url).resolve('@vscode/tree-sitter-wasm/wasm/tree-sitter.wasm'));
mkdirSync('dist/wasm', { recursive: true });
// A production build (the VSIX's, via `vscode:prepublish`) writes no source maps: drop a
// development build's, which would no longer match the minified bundles.
if (production) for (const f of readdirSync('dist')) if (f.endsWith('.map')) rmSync(path.join('dist', f));
for (const f of GRAMMARS) copyFileSync(path.join(wasmSrc, f), path.join('dist/wasm', f));

if (watch) {
  const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[build] watching');
} else {
  await Promise.all(entries.map((e) => esbuild.build({ ...common, ...e })));
}
