// The extension's commands. Each is built by a factory that wraps it with the same checks:
// server commands refuse clearly while the server is not running, and any failure is logged
// and shown with a way to the output.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS } from '../../server/src/lsp/protocol';
import { CLIENT_COMMANDS } from './command-ids';
import { InvalidArgumentError, folderArgument } from './folder-argument';
import { createKeyInKlaviyo } from './create-key';
import { generateConfig } from './generate-config';
import { forgetKeyCommand, verifyKeysCommand } from './verify-keys';
import type { PreviewDocuments } from './preview-documents';
import { rescanResultSchema, showReportResultSchema } from './protocol-schemas';
import type { RestartPolicy } from './restart-policy';
import { ServerConnection, ServerNotRunningError } from './server-connection';

export interface CommandDeps {
  client: LanguageClient;
  secrets: vscode.SecretStorage;
  output: vscode.LogOutputChannel;
  previews: PreviewDocuments;
  restartPolicy: RestartPolicy;
}

type Run = (arg: unknown) => Promise<void>;

const SHOW_OUTPUT = 'Show Output';

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { client, output, previews } = deps;
  const server = new ServerConnection(client);
  const command = commandFactory(output);
  const serverCommand = (title: string, run: Run): Run => command(title, async (arg) => {
    await server.ensureRunning();
    await run(arg);
  });

  return [
    vscode.commands.registerCommand(COMMANDS.generateConfig, serverCommand('Generate Config', (arg) => generateConfig(server, previews, output, arg))),
    vscode.commands.registerCommand(COMMANDS.showReport, serverCommand('Show Report', async (arg) => {
      const args = await folderArgument(arg);
      if (!args) return;
      const { markdown } = await server.execute(COMMANDS.showReport, [args], showReportResultSchema);
      const doc = previews.create('Klaviyo Scopes Report.md', markdown);
      await vscode.commands.executeCommand('markdown.showPreview', doc);
    })),
    vscode.commands.registerCommand(COMMANDS.rescan, serverCommand('Rescan', async () => {
      const { files, calls } = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: 'Klaviyo Scopes: rescanning' },
        () => server.execute(COMMANDS.rescan, [], rescanResultSchema),
      );
      vscode.window.setStatusBarMessage(`Klaviyo Scopes: rescanned ${files} files, ${calls} Klaviyo calls`, 5000);
    })),
    vscode.commands.registerCommand(COMMANDS.showOutput, command('Show Output', async () => output.show(true))),
    vscode.commands.registerCommand(COMMANDS.createKey, command('Create Key in Klaviyo', createKeyInKlaviyo)),
    vscode.commands.registerCommand(COMMANDS.verifyKeys, serverCommand('Verify Keys against Klaviyo', (arg) => verifyKeysCommand(deps.secrets, server, previews, arg))),
    vscode.commands.registerCommand(COMMANDS.forgetKey, command('Forget the Verify Key', () => forgetKeyCommand(deps.secrets))),
    vscode.commands.registerCommand(CLIENT_COMMANDS.restartServer, command('Restart Server', async () => {
      deps.restartPolicy.reset();
      if (client.state === State.Running) await client.restart();
      else if (client.state === State.Starting) void vscode.window.showInformationMessage('Klaviyo Scopes: the language server is already starting.');
      else await client.start(); // stopped, e.g. after too many crashes
    })),
  ];
}

/** Wraps a command: a failure is logged, then shown with a button to the output. */
function commandFactory(output: vscode.LogOutputChannel) {
  return (title: string, run: Run): Run => async (arg) => {
    try {
      await run(arg);
    } catch (error) {
      const message = errorMessage(title, error);
      output.error(message);
      // Not awaited: the command is over; only the button outlives it.
      void vscode.window.showErrorMessage(message, SHOW_OUTPUT).then((choice) => {
        if (choice === SHOW_OUTPUT) output.show(true);
      });
    }
  };
}

function errorMessage(title: string, error: unknown): string {
  // These already read as a whole sentence for the user.
  if (error instanceof ServerNotRunningError || error instanceof InvalidArgumentError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Klaviyo Scopes: ${title} failed: ${detail}`;
}
