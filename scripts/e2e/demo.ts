// `npm run demo`: code-server with the freshly built extension on a scratch copy of examples/,
// for a person to try in a browser. The extension is linked into the sandbox's extensions folder
// (code-server loads `<publisher>.<name>-<version>` folders as installed), so it runs dist/ as
// `npm run build` left it. Ctrl+C stops code-server and everything it started. PORT=8080 picks
// the port (default: a free one).
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { newSandbox, startCodeServer } from '../../test/e2e/support/code-server';
import { ROOT } from '../../test/e2e/support/tools';
import { copyExamples } from '../../test/e2e/support/workspace';

async function main(): Promise<void> {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { publisher: string; name: string; version: string };
  const sandbox = newSandbox();
  const extensionsDir = path.join(sandbox, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  symlinkSync(ROOT, path.join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`));
  const server = await startCodeServer({ sandbox, extensionsDir, port: process.env.PORT ? Number(process.env.PORT) : undefined });
  const workspace = copyExamples();
  console.log(`\nKlaviyo Scopes demo: open ${server.workbenchUrl(workspace)}`);
  console.log(`(a scratch copy of examples/ in ${workspace}; code-server log: ${server.logFile}). Ctrl+C to stop.`);
  // The scratch workspace and the sandbox go with the demo: nothing is left in the temp folder.
  const stop = (): void => void server.stop().finally(() => {
    for (const dir of [workspace, sandbox]) rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
