// Runs the extension-host suite with @vscode/test-electron's runTests on a scratch copy of
// examples/. VSCODE_EXECUTABLE_PATH picks the VS Code to run: unset, runTests downloads one (where
// that works); `npm run test:e2e` sets it to vscode-stand-in.sh, which runs code-server instead.
import { runTests } from '@vscode/test-electron';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { newSandbox } from './support/code-server';
import { ARTIFACTS, ROOT } from './support/tools';
import { copyExamples } from './support/workspace';

async function main(): Promise<void> {
  const workspace = copyExamples();
  const sandbox = newSandbox();
  mkdirSync(ARTIFACTS, { recursive: true });
  const results = process.env.E2E_RESULTS_FILE ?? path.join(ARTIFACTS, 'extension-tests.json');
  rmSync(results, { force: true });
  await runTests({
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out/e2e/suite/index.js'),
    // Profile folders in the sandbox (not .vscode-test/ in the repository); other extensions off.
    launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${path.join(sandbox, 'user-data')}`, `--extensions-dir=${path.join(sandbox, 'extensions')}`],
    extensionTestsEnv: { E2E_RESULTS_FILE: results },
  });
  // Only after a pass: a failure leaves the edited workspace to look at.
  rmSync(path.dirname(workspace), { recursive: true, force: true });
  rmSync(sandbox, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
