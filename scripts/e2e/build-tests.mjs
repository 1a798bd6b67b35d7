// Bundles the extension-host tests (test/e2e/suite) to out/e2e/suite: VS Code loads plain
// CommonJS there. `vscode` comes from the extension host and mocha from node_modules.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';

const dir = 'test/e2e/suite';
rmSync('out/e2e/suite', { recursive: true, force: true });
await esbuild.build({
  entryPoints: readdirSync(dir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts')).map((f) => `${dir}/${f}`),
  outdir: 'out/e2e/suite',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
