import path from 'node:path';
import {
  CodeActionKind, DidChangeConfigurationNotification, LSPErrorCodes, ResponseError, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type Connection, type InitializeParams, type InitializeResult, type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { redactAll } from '../core/config/secrets';
import { CONFIG_FILE_NAME } from '../core/config/schema';
import { WorkspaceDiagnostics } from './workspace-diagnostics';
import { codeActions, FIX_ALL_KIND } from './code-actions';
import { keyLenses } from './code-lens';
import { generateConfigCommand, parseFolderArgs, parseVerifyArgs, rescanResult, showReportCommand, verifyReportCommand } from './commands';
import { baselineDiagnostics, callDiagnostics, configDiagnostics } from './diagnostics';
import { FolderState } from './folders';
import { createLog, skippedMessage } from './log';
import { callHover, scopeHover } from './hover';
import { OverlayHost, pathToUri, uriToPath } from './overlay-host';
import { COMMANDS, SERVER_COMMANDS, SETTINGS_SECTION, STATUS_NOTIFICATION, type StatusParams } from './protocol';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';
import { append } from '../core/append';

/**
 * The language server, on whatever connection it is given (stdio/IPC from dist/server.js, or
 * in-memory streams in tests). It keeps no module-level state: everything lives in this closure.
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const log = createLog(connection);
  const host = new OverlayHost(documents);
  let roots: WorkspaceFolder[] = [];
  let folders: FolderState[] = [];
  let canConfigure = false;
  let canProgress = false;
  let canWatchFolders = false;
  let scanning: Promise<void> = Promise.resolve();

  const folderOf = (file: string): FolderState | undefined =>
    folders.filter((f) => f.contains(file)).sort((a, b) => b.root.length - a.root.length)[0];

  async function settingsFor(uri: string): Promise<Settings> {
    if (!canConfigure) return DEFAULT_SETTINGS;
    let raw: unknown;
    try {
      raw = await connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
    } catch (e) {
      // A client failing this request must not stop the scan (nor leave the server without one).
      log.warn(`Could not read the settings (defaults used): ${e instanceof Error ? e.message : String(e)}`);
      return DEFAULT_SETTINGS;
    }
    const { settings, problems } = parseSettings(raw);
    for (const p of problems) log.warn(`Invalid setting ignored (default used): ${p}`);
    return settings;
  }

  function sendStatus(state: StatusParams['state'], message?: string): void {
    const keys = folders.reduce((n, f) => n + (f.check?.keys.length ?? 0), 0);
    const missing = folders.reduce((n, f) => n + (f.check?.keys.reduce((m, k) => m + k.missing.length, 0) ?? 0), 0);
    const calls = folders.reduce((n, f) => n + (f.scan?.calls.length ?? 0), 0);
    // A cancelled scan leaves partial results (and no excess scopes) until the next rescan.
    const partial = state === 'ready' && folders.some((f) => !f.complete) ? 'Scan cancelled: results are partial until "Klaviyo Scopes: Rescan Workspace".' : undefined;
    const shown = message ?? partial;
    void connection.sendNotification(STATUS_NOTIFICATION, { state, keys, missing, calls, message: shown === undefined ? undefined : redactAll(shown) } satisfies StatusParams);
  }

  async function scanAll(): Promise<void> {
    sendStatus('scanning');
    host.forgetAll();
    const next: FolderState[] = [];
    for (const r of roots) {
      const root = uriToPath(r.uri);
      if (!root) continue;
      next.push(new FolderState(r.uri, root, host, await settingsFor(r.uri)));
    }
    folders = next;
    const progress = canProgress ? await connection.window.createWorkDoneProgress().catch(() => null) : null;
    progress?.begin('Klaviyo Scopes', 0, 'Scanning workspace…', true);
    const skipped: { file: string; reason: string }[] = [];
    try {
      for (const f of folders) {
        const started = Date.now();
        f.ready = f.rescan({
          onProgress: (done, total) => progress?.report(Math.round((done / Math.max(total, 1)) * 100), `${done}/${total} files`),
          isCancelled: () => progress?.token.isCancellationRequested ?? false,
        });
        await f.ready;
        log.info(`Scanned ${f.root}: ${f.scan?.filesParsed}/${f.scan?.filesScanned} files parsed, ${f.scan?.calls.length} calls, ${Date.now() - started} ms`);
        append(skipped, f.scan?.skipped ?? []);
      }
      const note = skippedMessage(skipped);
      if (note) log.info(note);
    } catch (e) {
      log.error(`Scan failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      sendStatus('error', String(e));
      return;
    } finally {
      progress?.done();
    }
    sendStatus('ready');
    refresh();
  }

  let queued: Promise<void> | null = null;
  /**
   * Rescans after the scan under way. Requests that arrive while one is already queued join it:
   * the client's first configuration notification lands right after the initial scan starts.
   */
  function rescan(): Promise<void> {
    if (queued) return queued;
    // Never rejects: a failed scan is reported, and the next one (and every request) still runs.
    const next = scanning.then(() => {
      queued = null;
      return scanAll().catch((e: unknown) => {
        log.error(`Scan failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
        sendStatus('error', String(e));
      });
    });
    queued = next;
    scanning = next;
    return next;
  }

  let refreshQueued = false;
  /** Asks the client to pull diagnostics and code lenses again (other files may have changed). */
  function refresh(): void {
    if (refreshQueued) return;
    refreshQueued = true;
    setImmediate(() => {
      refreshQueued = false;
      void connection.languages.diagnostics.refresh().catch(() => undefined);
      void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    });
  }

  /**
   * Brings a folder's analysis up to date with pending edits before answering about it. A request
   * the client cancelled meanwhile (a newer edit superseded it) stops here, before any analysis
   * and without an answer for a version that is gone.
   */
  async function current(file: string, token?: CancellationToken): Promise<FolderState | undefined> {
    await scanning;
    throwIfCancelled(token);
    const folder = folderOf(file);
    if (!folder) return undefined;
    await folder.ready;
    throwIfCancelled(token);
    if (await folder.flush()) {
      sendStatus('ready');
      refresh();
    }
    throwIfCancelled(token);
    return folder.settings.enable ? folder : undefined;
  }

  const textOf = (file: string): string | undefined => documents.get(pathToUri(file))?.getText() ?? host.read(file);
  const configOf = (folder: FolderState, file: string) => folder.workspace.configFiles.find((c) => c.path === file);
  const isConfig = (file: string): boolean => path.basename(file) === CONFIG_FILE_NAME;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    roots = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: path.basename(params.rootUri) }] : []);
    canConfigure = !!params.capabilities.workspace?.configuration;
    canProgress = !!params.capabilities.window?.workDoneProgress;
    canWatchFolders = !!params.capabilities.workspace?.workspaceFolders;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [...SERVER_COMMANDS] },
        diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'klaviyo-scopes' },
    };
  });

  connection.onInitialized(() => {
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    if (canWatchFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        roots = [...roots.filter((r) => !e.removed.some((x) => x.uri === r.uri)), ...e.added];
        void rescan();
      });
    }
    void rescan();
  });

  // Severities only change how results are shown; what is scanned changes only with these.
  const scanKey = (x: Settings): string => JSON.stringify([x.enable, x.maxFileSize, x.exclude]);
  connection.onDidChangeConfiguration(async () => {
    await scanning;
    let needsScan = false;
    for (const f of folders) {
      const next = await settingsFor(f.uri);
      if (scanKey(next) !== scanKey(f.settings)) needsScan = true;
      f.settings = next;
    }
    if (needsScan) await rescan();
    else refresh();
  });

  documents.onDidChangeContent((e) => {
    const file = uriToPath(e.document.uri);
    if (file) folderOf(file)?.markDirty(file);
  });
  documents.onDidClose((e) => {
    const file = uriToPath(e.document.uri);
    if (file) folderOf(file)?.markDirty(file);
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    for (const change of params.changes) {
      const file = uriToPath(change.uri);
      if (file) folderOf(file)?.markDirty(file);
    }
    for (const f of folders) {
      await f.ready;
      await f.flush();
    }
    sendStatus('ready');
    refresh();
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const file = uriToPath(params.textDocument.uri);
    const folder = file ? await current(file, token) : undefined;
    const text = file ? textOf(file) : undefined;
    if (!file || !folder || text === undefined) return { kind: 'full', items: [] };
    const config = isConfig(file) ? configOf(folder, file) : undefined;
    if (file === folder.baselinePath()) return { kind: 'full', items: baselineDiagnostics(folder, text) };
    return { kind: 'full', items: config ? configDiagnostics(folder, config, text) : callDiagnostics(folder, file, text) };
  });

  const workspaceDiagnostics = new WorkspaceDiagnostics();
  connection.languages.diagnostics.onWorkspace(async (params, token) => {
    await scanning;
    throwIfCancelled(token);
    for (const f of folders) {
      await f.ready;
      await f.flush();
    }
    throwIfCancelled(token);
    const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    const docs = { text: textOf, version: (f: string) => documents.get(pathToUri(f))?.version ?? null };
    return { items: workspaceDiagnostics.report(folders, previous, docs) };
  });

  connection.onHover(async (params, token) => {
    const file = uriToPath(params.textDocument.uri);
    const folder = file ? await current(file, token) : undefined;
    const doc = documents.get(params.textDocument.uri);
    if (!file || !folder || !doc) return null;
    const offset = doc.offsetAt(params.position);
    const config = isConfig(file) ? configOf(folder, file) : undefined;
    return config ? scopeHover(folder, config, doc.getText(), offset) : callHover(folder, file, doc.getText(), offset);
  });

  connection.onCodeAction(async (params, token) => {
    const file = uriToPath(params.textDocument.uri);
    const folder = file ? await current(file, token) : undefined;
    const text = file ? textOf(file) : undefined;
    if (!file || !folder || text === undefined) return [];
    const config = isConfig(file) ? configOf(folder, file) : undefined;
    const all = config ? configDiagnostics(folder, config, text) : isConfig(file) ? [] : callDiagnostics(folder, file, text);
    const docs = { text: textOf, version: (f: string) => documents.get(pathToUri(f))?.version ?? null };
    return codeActions(params, folder, docs, all);
  });

  connection.onCodeLens(async (params, token) => {
    const file = uriToPath(params.textDocument.uri);
    if (!file || !isConfig(file)) return [];
    const folder = await current(file, token);
    const config = folder && configOf(folder, file);
    const text = textOf(file);
    return folder && config && text !== undefined ? keyLenses(folder, config, text) : [];
  });

  connection.onExecuteCommand(async (params) => {
    const verify = params.command === COMMANDS.verifyReport ? parseVerifyArgs(params.arguments) : undefined;
    const args = verify ? { folderUri: verify.folderUri } : parseFolderArgs(params.arguments);
    if (params.command === COMMANDS.rescan) {
      await rescan();
      return rescanResult(folders);
    }
    await scanning;
    const folder = (args.folderUri ? folders.find((f) => f.uri === args.folderUri) : folders[0]);
    if (!folder) throw new Error(args.folderUri ? `Not a workspace folder: ${args.folderUri}` : 'No workspace folder is open.');
    await folder.ready;
    await folder.flush();
    if (params.command === COMMANDS.generateConfig) return generateConfigCommand(folder, textOf);
    if (params.command === COMMANDS.showReport) return showReportCommand(folder);
    if (verify) return verifyReportCommand(folder, verify);
    throw new Error(`Unknown command: ${params.command}`);
  });

  documents.listen(connection);
  connection.listen();
}

/** Answers a request the client cancelled with the cancellation error the protocol defines. */
function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Cancelled: a newer version of the document is being analyzed.');
}
