// What the client does when the server's connection errors or closes: restart the server with
// a warning, but after too many crashes in a short time stop and say so.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient/node';
import type { RestartPolicy } from './restart-policy';

const SHOW_OUTPUT = 'Show Output';

export function createErrorHandler(policy: RestartPolicy, output: vscode.LogOutputChannel): ErrorHandler {
  const offerOutput = (shown: Thenable<string | undefined>): void => {
    void shown.then((choice) => {
      if (choice === SHOW_OUTPUT) output.show(true);
    });
  };
  const minutes = Math.round(policy.windowMs / 60_000);
  return {
    // A few read/write errors in a row are survivable (the count resets on the next good message).
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const { restart, crashes } = policy.recordCrash();
      if (restart) {
        const message = `Klaviyo Scopes: the language server stopped unexpectedly and was restarted (${crashes} of ${policy.maxCrashes - 1} restarts allowed in ${minutes} minutes).`;
        offerOutput(vscode.window.showWarningMessage(message, SHOW_OUTPUT));
        return { action: CloseAction.Restart, message, handled: true };
      }
      const message = `Klaviyo Scopes: the language server crashed ${crashes} times in ${minutes} minutes and will not be restarted.`;
      offerOutput(vscode.window.showErrorMessage(message, SHOW_OUTPUT));
      return { action: CloseAction.DoNotRestart, message, handled: true };
    },
  };
}
