// Entry point of the bundled VS Code client (dist/extension.js): wires the language client,
// the commands and the status item together. Each concern lives in its own file.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { CLIENT_OWNED_COMMANDS } from './command-ids';
import { registerCommands } from './commands';
import { createErrorHandler } from './error-handler';
import { keepClientOwnedCommands } from './execute-command-filter';
import { createFileWatchers } from './file-watchers';
import { CLIENT_NAME, createLanguageClient } from './language-client';
import { PreviewDocuments } from './preview-documents';
import { RestartPolicy } from './restart-policy';
import { createStatusItem } from './status';

let client: LanguageClient | undefined;

/** What activate() returns: for the end-to-end tests, and for anyone who needs the server up. */
export interface KlaviyoScopesApi {
  /** How long activate() itself took, in milliseconds. */
  readonly activateMs: number;
  /** Resolves with the milliseconds from activation to a running language server (or its failure). */
  readonly ready: Promise<number>;
}

export function activate(context: vscode.ExtensionContext): KlaviyoScopesApi {
  const started = performance.now();
  const output = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const restartPolicy = new RestartPolicy();
  const watchers = createFileWatchers();
  const previews = new PreviewDocuments();
  client = createLanguageClient(context, { output, watchers, errorHandler: createErrorHandler(restartPolicy, output) });
  keepClientOwnedCommands(client, CLIENT_OWNED_COMMANDS);

  context.subscriptions.push(
    output,
    ...watchers,
    previews,
    createStatusItem(client, output),
    ...registerCommands({ client, secrets: context.secrets, output, previews, restartPolicy }),
  );

  // Not awaited: VS Code waits for activate() before it goes on with what triggered it, and the
  // server's start (a process, a handshake) need not hold that up. Commands wait for a start in
  // progress (server-connection.ts); diagnostics arrive when the server has them.
  const ready = startClient(client, output).then(() => performance.now() - started);
  const activateMs = performance.now() - started;
  output.info(`activated in ${activateMs.toFixed(1)} ms`);
  void ready.then((ms) => output.info(`language client ready ${ms.toFixed(0)} ms after activation began`));
  return { activateMs, ready };
}

async function startClient(c: LanguageClient, output: vscode.LogOutputChannel): Promise<void> {
  try {
    await c.start();
  } catch (error) {
    // The client already logged why; the extension stays usable, so the commands stay
    // available (they explain that the server is not running).
    output.error(`the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  const current = client;
  client = undefined;
  // A start still in progress (activate does not wait for it) is let finish, so its process is ended too.
  if (current?.state === State.Starting) await current.start().catch(() => undefined);
  // stop() throws unless the server is running; a stopped or failed one has nothing to stop.
  if (current?.state === State.Running) await current.stop();
}
