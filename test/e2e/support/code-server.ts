// Starts a sandboxed, offline code-server (the real VS Code workbench plus a server-side
// extension host) and stops it with everything it spawned (extension host, language server).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER_ENTRY, NODE24, assertToolsInstalled } from './tools';

export interface CodeServerOptions {
  /** Folder holding config, user data, extensions and logs; a new temp folder when omitted. */
  sandbox?: string;
  userDataDir?: string;
  extensionsDir?: string;
  /** Lets the workbench honour the `payload` URL parameter (extension development and test paths). */
  smokeTestDriver?: boolean;
  /** Reaches the extension host too. */
  env?: NodeJS.ProcessEnv;
  port?: number;
}

export interface CodeServer {
  url: string;
  port: number;
  sandbox: string;
  userDataDir: string;
  extensionsDir: string;
  logFile: string;
  /** The workbench URL that opens `folder`, with an optional smoke-test-driver payload. */
  workbenchUrl(folder: string, payload?: [string, string][]): string;
  /** `vscode-remote://` form of a path on this machine, as the payload wants it. */
  remoteUri(p: string): string;
  stop(): Promise<void>;
}

const SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  // Room for the editor in the screenshots: no chat side bar, no minimap.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
  'workbench.colorTheme': 'Default Dark Modern',
};

export function newSandbox(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'klaviyo-scopes-e2e-'));
}

export async function startCodeServer(options: CodeServerOptions = {}): Promise<CodeServer> {
  assertToolsInstalled();
  const sandbox = options.sandbox ?? newSandbox();
  const userDataDir = options.userDataDir ?? path.join(sandbox, 'user-data');
  const extensionsDir = options.extensionsDir ?? path.join(sandbox, 'extensions');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(path.join(userDataDir, 'User/settings.json'), JSON.stringify(SETTINGS, null, 2));
  const port = options.port ?? (await freePort());
  const configFile = path.join(sandbox, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const logFile = path.join(sandbox, 'code-server.log');

  const args = [
    CODE_SERVER_ENTRY, '--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened',
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
  ];
  const log = openSync(logFile, 'a');
  // Its own process group, so stop() ends the extension host and the language server with it.
  const child = spawn(NODE24, args, { detached: true, stdio: ['ignore', log, log], env: sandboxEnv(sandbox, options.env) });
  let exited: string | undefined;
  child.on('exit', (code, signal) => { exited = `code-server exited (${code ?? signal}); see ${logFile}`; });

  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (exited) throw new Error(exited);
    return (await fetch(`${url}/healthz`).then((r) => r.ok, () => false));
  }, 60_000, `code-server did not answer ${url}/healthz; see ${logFile}`);

  const remoteUri = (p: string): string => `vscode-remote://127.0.0.1:${port}${p}`;
  return {
    url, port, sandbox, userDataDir, extensionsDir, logFile, remoteUri,
    workbenchUrl(folder, payload) {
      const q = new URLSearchParams({ folder });
      if (payload) q.set('payload', JSON.stringify(payload));
      return `${url}/?${q.toString()}`;
    },
    async stop() {
      if (exited || child.pid === undefined) return;
      const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
      const timer = setTimeout(() => { try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone */ } }, 5000);
      await done;
      clearTimeout(timer);
    },
  };
}

/** Installs a VSIX into an extensions folder with code-server's own CLI (about a second). */
export function installVsix(vsix: string, extensionsDir: string, sandbox: string): void {
  const r = spawnSync(NODE24, [CODE_SERVER_ENTRY, '--extensions-dir', extensionsDir, '--user-data-dir', path.join(sandbox, 'user-data'), '--install-extension', vsix, '--force'],
    { env: sandboxEnv(sandbox), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
}

/** The sandbox's environment: config and data under the sandbox, no extension gallery (offline). */
function sandboxEnv(sandbox: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, XDG_CONFIG_HOME: path.join(sandbox, 'xdg-config'), XDG_DATA_HOME: path.join(sandbox, 'xdg-data'), EXTENSIONS_GALLERY: '{}', ...extra };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `check` (a health probe, not a fixed sleep) until it is true or `ms` have passed. */
export async function waitFor(check: () => Promise<boolean>, ms: number, message: string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(message);
}

export function readLog(server: Pick<CodeServer, 'logFile'>): string {
  try { return readFileSync(server.logFile, 'utf8'); } catch { return ''; }
}
