// Which workspace folder a folder-scoped command (generate config, report) is about: the one
// its argument names, else the active editor's, else the only one, else the user's pick.
import * as vscode from 'vscode';
import type { GenerateConfigArgs } from '../../server/src/lsp/protocol';
import { describeZodError, folderArgSchema, folderUriOf } from './protocol-schemas';

export class InvalidArgumentError extends Error {}

/** The arguments for the server, or undefined when the user cancelled the folder pick. */
export async function folderArgument(arg: unknown): Promise<GenerateConfigArgs | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) throw new InvalidArgumentError('Klaviyo Scopes: open a folder first; the scan works on workspace folders.');

  const named = namedUri(arg);
  if (named) {
    const folder = vscode.workspace.getWorkspaceFolder(named);
    if (!folder) throw new InvalidArgumentError(`Klaviyo Scopes: ${named.toString(true)} is not in a workspace folder.`);
    return { folderUri: folder.uri.toString() };
  }

  const active = vscode.window.activeTextEditor?.document.uri;
  const activeFolder = active && vscode.workspace.getWorkspaceFolder(active);
  if (activeFolder) return { folderUri: activeFolder.uri.toString() };
  if (folders.length === 1) return { folderUri: folders[0].uri.toString() };
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Klaviyo Scopes: which workspace folder?' });
  return picked && { folderUri: picked.uri.toString() };
}

/** The URI the argument names (a folder or a file in one), undefined for none; throws when malformed. */
function namedUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  const parsed = folderArgSchema.safeParse(arg);
  if (!parsed.success) throw new InvalidArgumentError(`Klaviyo Scopes: invalid command argument: ${describeZodError(parsed.error)}`);
  const text = folderUriOf(parsed.data);
  if (text === undefined) return undefined;
  try {
    return vscode.Uri.parse(text, true);
  } catch {
    throw new InvalidArgumentError(`Klaviyo Scopes: invalid command argument: ${JSON.stringify(text)} is not a URI.`);
  }
}
