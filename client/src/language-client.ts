// The LanguageClient: how the server process is started and what the client tells it.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SETTINGS_SECTION } from '../../server/src/lsp/protocol';
import { DOCUMENT_SELECTOR } from './document-selector';

/** Also the prefix of the `klaviyoScopes.trace.server` setting vscode-languageclient reads. */
export const CLIENT_ID = SETTINGS_SECTION;
export const CLIENT_NAME = 'Klaviyo Scopes';
export const SERVER_DEBUG_PORT = 6011;

export interface ClientDeps {
  output: vscode.LogOutputChannel;
  errorHandler: ErrorHandler;
  watchers: vscode.FileSystemWatcher[];
}

export function createLanguageClient(context: vscode.ExtensionContext, deps: ClientDeps): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', `--inspect=${SERVER_DEBUG_PORT}`] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // No `configurationSection`: the server pulls settings per resource (`workspace/configuration`)
    // and registers for `workspace/didChangeConfiguration` itself; a static section here would
    // send every change twice.
    synchronize: { fileEvents: deps.watchers },
    diagnosticPullOptions: { onChange: true, onSave: true },
    outputChannel: deps.output,
    errorHandler: deps.errorHandler,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
