// "Verify Keys against Klaviyo": the one editor command that goes online, only when run. The
// admin key (one with credentials:read) lives in VS Code's SecretStorage, never in settings;
// the client lists the account's keys itself and hands the server only what Klaviyo said about
// them, so the key never crosses the language server protocol (nor its trace).
import * as vscode from 'vscode';
import { COMMANDS, type VerifyReportResult } from '../../server/src/lsp/protocol';
import { KLAVIYO_ORIGIN, KlaviyoApiError, listApiKeys } from '../../server/src/host/klaviyo-api';
import { folderArgument } from './folder-argument';
import type { PreviewDocuments } from './preview-documents';
import { verifyReportResultSchema } from './protocol-schemas';
import type { ServerConnection } from './server-connection';

const SECRET = 'klaviyoScopes.adminKey';
const KEY_SHAPE = /^pk_[A-Za-z0-9]{20,}$/;

export async function verifyKeysCommand(secrets: vscode.SecretStorage, server: ServerConnection, previews: PreviewDocuments, arg: unknown): Promise<void> {
  const args = await folderArgument(arg);
  if (!args) return;
  const key = (await secrets.get(SECRET)) ?? (await askForKey(secrets));
  if (!key) return;
  let keys;
  try {
    keys = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Klaviyo Scopes: listing the account\'s keys' }, () => listApiKeys(key, { origin: KLAVIYO_ORIGIN, timeoutMs: 30_000 }));
  } catch (e) {
    if (!(e instanceof KlaviyoApiError)) throw e;
    const forget = 'Forget the Key';
    if ((await vscode.window.showErrorMessage(`Klaviyo Scopes: could not list the keys: ${e.message}`, forget)) === forget) await secrets.delete(SECRET);
    return;
  }
  const result: VerifyReportResult = await server.execute(COMMANDS.verifyReport, [{ ...args, keys }], verifyReportResultSchema);
  const doc = previews.create('Klaviyo Keys in the Account.md', result.markdown);
  await vscode.commands.executeCommand('markdown.showPreview', doc);
}

async function askForKey(secrets: vscode.SecretStorage): Promise<string | undefined> {
  const key = await vscode.window.showInputBox({
    title: 'Klaviyo Scopes: Verify Keys against Klaviyo',
    prompt: 'A private key with Credentials: Read access (credentials:read). It is kept in VS Code\'s secret storage and sent only to a.klaviyo.com.',
    password: true,
    ignoreFocusOut: true,
    validateInput: (v) => (KEY_SHAPE.test(v.trim()) ? undefined : 'A Klaviyo private key starts with pk_'),
  });
  if (!key) return undefined;
  await secrets.store(SECRET, key.trim());
  return key.trim();
}

export async function forgetKeyCommand(secrets: vscode.SecretStorage): Promise<void> {
  await secrets.delete(SECRET);
  void vscode.window.showInformationMessage('Klaviyo Scopes: the key for Verify Keys is forgotten.');
}
