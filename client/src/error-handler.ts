// What the client does when the server's connection errors or closes: restart the server with
// a warning, but after too many crashes in a short time stop and say so.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';
import { crashNotice, type RestartPolicy } from './restart-policy';

const SHOW_OUTPUT = 'Show Output';

export function createErrorHandler(policy: RestartPolicy, output: vscode.LogOutputChannel): ErrorHandler {
  const offerOutput = (shown: Thenable<string | undefined>): void => {
    void shown.then((choice) => {
      if (choice === SHOW_OUTPUT) output.show(true);
    });
  };
  return {
    // A few read/write errors in a row are survivable (the count resets on the next good message).
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const decision = policy.recordCrash();
      const { level, message } = crashNotice(decision, policy);
      offerOutput(level === 'warning' ? vscode.window.showWarningMessage(message, SHOW_OUTPUT) : vscode.window.showErrorMessage(message, SHOW_OUTPUT));
      return { action: decision.restart ? CloseAction.Restart : CloseAction.DoNotRestart, message, handled: true };
    },
  };
}
