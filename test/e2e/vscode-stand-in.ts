// Accepts the arguments @vscode/test-electron gives a VS Code executable and runs the extension
// tests in code-server instead: the workbench opens in Chromium with the smoke-test-driver payload
// (extension development and test paths), and reports back through two functions VS Code's own
// browser integration tests use: codeAutomationLog (extension host output, mocha's report
// included) and codeAutomationExit (the test run's exit code), which becomes this process's.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './support/browser';
import { readLog, startCodeServer, newSandbox } from './support/code-server';

const TIMEOUT_MS = Number(process.env.E2E_STAND_IN_TIMEOUT_MS ?? 300_000);

/** Workbench chatter that says nothing about the tests (it repeats once per built-in extension). */
const NOISE = ['Ignoring fetching additional builtin extensions', 'Creating a socket', 'Resolving connection token', 'Resolved connection token', '[AccountPolicyGate]', '[AgentHost:'];

interface Args { developmentPaths: string[]; testsPath?: string; userDataDir?: string; extensionsDir?: string; folder?: string }

function parseArgs(argv: string[]): Args {
  const args: Args = { developmentPaths: [] };
  const value = (a: string): string => path.resolve(a.slice(a.indexOf('=') + 1));
  for (const a of argv) {
    if (a.startsWith('--extensionDevelopmentPath=')) args.developmentPaths.push(value(a));
    else if (a.startsWith('--extensionTestsPath=')) args.testsPath = value(a);
    else if (a.startsWith('--user-data-dir=')) args.userDataDir = value(a);
    else if (a.startsWith('--extensions-dir=')) args.extensionsDir = value(a);
    else if (!a.startsWith('-')) args.folder = path.resolve(a);
    // Other flags (--no-sandbox, --disable-updates, --skip-welcome...) are Electron's or already
    // what the sandboxed code-server does.
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.testsPath || !args.folder) throw new Error('usage: vscode-stand-in --extensionDevelopmentPath=DIR --extensionTestsPath=FILE FOLDER');
  const sandbox = newSandbox();
  const server = await startCodeServer({ sandbox, userDataDir: args.userDataDir, extensionsDir: args.extensionsDir, smokeTestDriver: true });
  const browser = await launchBrowser();
  let keep = true;
  try {
    const page = await browser.newPage();
    const exit = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      // console.log-style arguments: mocha's reporter passes a format string and its values.
      const line = format(...args);
      if (NOISE.some((n) => line.startsWith(n))) return;
      (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    });
    const payload: [string, string][] = [
      ...args.developmentPaths.map((p): [string, string] => ['extensionDevelopmentPath', server.remoteUri(p)]),
      ['extensionTestsPath', server.remoteUri(args.testsPath)],
      ['skipWelcome', 'true'],
    ];
    await page.goto(server.workbenchUrl(args.folder, payload));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        process.stderr.write(`[stand-in] no test result after ${TIMEOUT_MS} ms; code-server log:\n${readLog(server)}\n`);
        resolve(1);
      }, TIMEOUT_MS);
    });
    const code = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    // A failed run keeps its sandbox (code-server and extension host logs) for a look.
    if (code === 0) keep = false;
    return code;
  } finally {
    await browser.close();
    await server.stop();
    if (!keep) rmSync(sandbox, { recursive: true, force: true });
    else process.stderr.write(`[stand-in] logs kept in ${sandbox}\n`);
  }
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`[stand-in] ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
