// The language status item ("Klaviyo: 2 keys · 1 missing"), fed by the server's
// `klaviyoScopes/status` notification and by the client's own state.
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { COMMANDS, STATUS_NOTIFICATION } from '../../server/src/lsp/protocol';
import { ANY_FILE_SELECTOR, STATUS_SELECTOR } from './document-selector';
import { describeZodError, statusParamsSchema } from './protocol-schemas';
import { STARTING_VIEW, STOPPED_VIEW, statusView, type StatusSeverity, type StatusView } from './status-text';

const SEVERITY: Record<StatusSeverity, vscode.LanguageStatusSeverity> = {
  information: vscode.LanguageStatusSeverity.Information,
  warning: vscode.LanguageStatusSeverity.Warning,
  error: vscode.LanguageStatusSeverity.Error,
};

const SHOW_REPORT: vscode.Command = { title: 'Show Report', command: COMMANDS.showReport };
const SHOW_OUTPUT: vscode.Command = { title: 'Show Output', command: COMMANDS.showOutput };

export function createStatusItem(client: LanguageClient, output: vscode.LogOutputChannel): vscode.Disposable {
  const item = vscode.languages.createLanguageStatusItem('klaviyoScopes.status', STATUS_SELECTOR);
  item.name = 'Klaviyo Scopes';
  const show = (view: StatusView, command: vscode.Command): void => {
    item.text = view.text;
    item.detail = view.detail;
    item.busy = view.busy;
    item.severity = SEVERITY[view.severity];
    item.command = command;
    item.accessibilityInformation = { label: `${view.text}. ${view.detail}` };
  };
  show(STARTING_VIEW, SHOW_OUTPUT);

  const notifications = client.onNotification(STATUS_NOTIFICATION, (raw: unknown) => {
    const parsed = statusParamsSchema.safeParse(raw);
    if (!parsed.success) {
      output.warn(`ignored a malformed ${STATUS_NOTIFICATION} notification: ${describeZodError(parsed.error)}`);
      return;
    }
    show(statusView(parsed.data), parsed.data.state === 'error' ? SHOW_OUTPUT : SHOW_REPORT);
    // Where Klaviyo is in play the item is worth seeing from any file, not only from the analyzed languages.
    if (parsed.data.state === 'ready') item.selector = parsed.data.keys > 0 || parsed.data.calls > 0 ? ANY_FILE_SELECTOR : STATUS_SELECTOR;
  });
  const states = client.onDidChangeState(({ newState }) => {
    if (newState === State.Starting) show(STARTING_VIEW, SHOW_OUTPUT);
    else if (newState === State.Stopped || newState === State.StartFailed) show(STOPPED_VIEW, SHOW_OUTPUT);
  });
  return vscode.Disposable.from(item, notifications, states);
}
