// Runs the real language server in this process over in-memory streams, with a real
// vscode-languageserver-protocol client on the other end. Tests wait on protocol messages
// (progress end, refresh requests, responses), never on timers.
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
  type Diagnostic, type Hover, type CodeAction, type CodeLens, type Position, type Range,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { startServer } from '../../server/src/lsp/start-server';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';

export interface Session {
  client: ProtocolConnection;
  /** Resolves once the initial workspace scan has finished (its progress ended). */
  scanned: Promise<void>;
  statuses: StatusParams[];
  progress: { kind: string; message?: string; percentage?: number }[];
  settings: Record<string, unknown>;
  refreshes: number;
  /** Every window/logMessage the server sent (type 3 is information). */
  logs: { type: number; message: string }[];
  open(file: string, text: string, languageId?: string): Promise<void>;
  change(file: string, text: string): Promise<void>;
  close(file: string): Promise<void>;
  diagnostics(file: string): Promise<Diagnostic[]>;
  /** `workspace/diagnostic` with the result ids the client holds (uri -> id). */
  workspaceDiagnostics(previous?: Record<string, string>): Promise<WorkspaceReport[]>;
  hover(file: string, position: Position): Promise<Hover | null>;
  /** `only` as a client asks on save (`source.fixAll…`) or from Source Action…. */
  codeActions(file: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]>;
  codeLenses(file: string): Promise<CodeLens[]>;
  command<T>(command: string, ...args: unknown[]): Promise<T>;
  nextStatus(): Promise<StatusParams>;
  /** Resolves at the next `workspace/diagnostic/refresh` request from the server. */
  nextRefresh(): Promise<void>;
  /** Sends `workspace/didChangeWatchedFiles` (1 created, 2 changed, 3 deleted) and waits for the status that follows. */
  watched(changes: { file: string; type: 1 | 2 | 3 }[]): Promise<StatusParams>;
  dispose(): void;
}

export interface WorkspaceReport {
  kind: 'full' | 'unchanged';
  uri: string;
  resultId?: string;
  items?: Diagnostic[];
  version: number | null;
}

export const uri = (file: string): string => URI.file(file).toString();

export interface SessionOptions {
  settings?: Record<string, unknown>;
  /** Answers each workspace/configuration item instead of `session.settings`; throwing makes it an error response. */
  settingsFor?: (item: { scopeUri?: string; section?: string }) => unknown;
  /** Answer window/workDoneProgress/create with an error. */
  failProgressCreate?: boolean;
  /** Whether the client supports window/workDoneProgress (default true). */
  progress?: boolean;
  /**
   * Called right after the client answered `window/workDoneProgress/create`: anything it sends
   * (e.g. `window/workDoneProgress/cancel`) is the next message the server reads.
   */
  onProgressCreated?: (token: string | number, client: ProtocolConnection) => void;
}

export async function startSession(roots: string[], opts: SessionOptions = {}): Promise<Session> {
  const up = new PassThrough();
  const down = new PassThrough();
  startServer(createConnection(new StreamMessageReader(up), new StreamMessageWriter(down)));
  const client = createProtocolConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  const versions = new Map<string, number>();
  const statusWaiters: ((s: StatusParams) => void)[] = [];
  const refreshWaiters: (() => void)[] = [];
  let scannedResolve!: () => void;
  const session: Session = {
    client,
    scanned: new Promise<void>((r) => (scannedResolve = r)),
    statuses: [],
    progress: [],
    settings: opts.settings ?? {},
    refreshes: 0,
    logs: [],
    async open(file, text, languageId = languageOf(file)) {
      versions.set(file, 1);
      await client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId, version: 1, text } });
    },
    async change(file, text) {
      const v = (versions.get(file) ?? 0) + 1;
      versions.set(file, v);
      await client.sendNotification('textDocument/didChange', { textDocument: { uri: uri(file), version: v }, contentChanges: [{ text }] });
    },
    async close(file) {
      await client.sendNotification('textDocument/didClose', { textDocument: { uri: uri(file) } });
    },
    async diagnostics(file) {
      const r = await client.sendRequest('textDocument/diagnostic', { textDocument: { uri: uri(file) } }) as { items: Diagnostic[] };
      return r.items;
    },
    async workspaceDiagnostics(previous = {}) {
      const previousResultIds = Object.entries(previous).map(([u, value]) => ({ uri: u, value }));
      const r = await client.sendRequest('workspace/diagnostic', { previousResultIds }) as { items: WorkspaceReport[] };
      return r.items;
    },
    hover: (file, position) => client.sendRequest('textDocument/hover', { textDocument: { uri: uri(file) }, position }) as Promise<Hover | null>,
    codeActions: (file, range, diagnostics, only) =>
      client.sendRequest('textDocument/codeAction', { textDocument: { uri: uri(file) }, range, context: { diagnostics, ...(only ? { only } : {}) } }) as Promise<CodeAction[]>,
    codeLenses: (file) => client.sendRequest('textDocument/codeLens', { textDocument: { uri: uri(file) } }) as Promise<CodeLens[]>,
    command: <T>(command: string, ...args: unknown[]) => client.sendRequest('workspace/executeCommand', { command, arguments: args }) as Promise<T>,
    nextStatus: () => new Promise<StatusParams>((r) => statusWaiters.push(r)),
    nextRefresh: () => new Promise<void>((r) => refreshWaiters.push(r)),
    async watched(changes) {
      const status = session.nextStatus();
      await client.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: uri(c.file), type: c.type })) });
      return status;
    },
    dispose() {
      client.dispose();
      up.end();
      down.end();
    },
  };
  client.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
    p.items.map((item) => (opts.settingsFor ? opts.settingsFor(item) : session.settings)));
  client.onRequest('client/registerCapability', () => null);
  client.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
    if (opts.failProgressCreate) throw new Error('progress is not available');
    // vscode-jsonrpc awaits the handler's result before queueing the reply on the writer; an
    // immediate runs after that, so whatever it sends reaches the server after the reply.
    if (opts.onProgressCreated) setImmediate(() => opts.onProgressCreated?.(p.token, client));
    return null;
  });
  client.onRequest('workspace/diagnostic/refresh', () => {
    session.refreshes++;
    refreshWaiters.splice(0).forEach((w) => w());
    return null;
  });
  client.onRequest('workspace/codeLens/refresh', () => null);
  client.onNotification('$/progress', (p: { value: { kind: string; message?: string; percentage?: number } }) => {
    session.progress.push(p.value);
  });
  client.onNotification(STATUS_NOTIFICATION, (s: StatusParams) => {
    session.statuses.push(s);
    if (s.state === 'ready') scannedResolve();
    statusWaiters.splice(0).forEach((w) => w(s));
  });
  client.onNotification('window/logMessage', (p: { type: number; message: string }) => {
    session.logs.push(p);
  });
  client.listen();
  await client.sendRequest('initialize', {
    // A real pid makes the server poll it with an interval that keeps the test process alive.
    processId: null,
    rootUri: roots[0] ? uri(roots[0]) : null,
    workspaceFolders: roots.map((r) => ({ uri: uri(r), name: r })),
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true }, codeLens: { refreshSupport: true } },
      window: { workDoneProgress: opts.progress ?? true },
      textDocument: { diagnostic: { dynamicRegistration: false } },
    },
  });
  await client.sendNotification('initialized', {});
  return session;
}

function languageOf(file: string): string {
  if (file.endsWith('klaviyo.keys.json')) return 'jsonc';
  if (/\.tsx?$/.test(file)) return 'typescript';
  if (/\.(m|c)?jsx?$/.test(file)) return 'javascript';
  if (file.endsWith('.py')) return 'python';
  if (file.endsWith('.php')) return 'php';
  if (file.endsWith('.rb')) return 'ruby';
  return 'plaintext';
}
