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

export async function activate(context: vscode.ExtensionContext): Promise<void> {
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
    ...registerCommands({ client, output, previews, restartPolicy }),
  );

  try {
    await client.start();
  } catch (error) {
    // The client already logged why; activation itself must not fail, so the commands stay
    // available (they explain that the server is not running).
    output.error(`the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  const current = client;
  client = undefined;
  // stop() throws unless the server is running; a stopped or failed one has nothing to stop.
  if (current?.state === State.Running) await current.stop();
}
