// `Generate Config`: the server proposes klaviyo.keys.json; the client shows the change as a
// diff, and writes it only when the user applies it.
import * as vscode from 'vscode';
import { COMMANDS, type GenerateConfigResult } from '../../server/src/lsp/protocol';
import { folderArgument } from './folder-argument';
import type { PreviewDocuments } from './preview-documents';
import { generateConfigResultSchema } from './protocol-schemas';
import type { ServerConnection } from './server-connection';

const APPLY = 'Apply';
const CANCEL = 'Cancel';

export async function generateConfig(server: ServerConnection, previews: PreviewDocuments, output: vscode.LogOutputChannel, arg: unknown): Promise<void> {
  const args = await folderArgument(arg);
  if (!args) return;
  const result = await server.execute(COMMANDS.generateConfig, [args], generateConfigResultSchema);
  const target = vscode.Uri.parse(result.configUri, true);
  const name = vscode.workspace.asRelativePath(target);

  if (result.problems.length > 0 || result.proposedText === null) {
    await showProblems(name, target, result);
    return;
  }
  if (result.proposedText === result.currentText) {
    void vscode.window.showInformationMessage(`Klaviyo Scopes: ${name} already grants every scope the code needs.`);
    return;
  }

  const left = previews.create(target.path, result.currentText ?? '');
  const right = previews.create(target.path, result.proposedText);
  const title = result.currentText === null ? `${name} (new file, proposed)` : `${name} (current ↔ proposed)`;
  await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: true });

  const verb = result.currentText === null ? 'Create' : 'Update';
  const choice = await vscode.window.showInformationMessage(`Klaviyo Scopes: ${verb} ${name} as shown in the diff?`, APPLY, CANCEL);
  if (choice !== APPLY) return;

  const doc = await applyProposal(target, result.currentText, result.proposedText);
  if (!doc) {
    void vscode.window.showWarningMessage(`Klaviyo Scopes: ${name} changed while the proposal was shown; nothing was written. Run "Generate Config" again.`);
    return;
  }
  await vscode.window.showTextDocument(doc);
  logChecklist(output, name, result.checklist);
  if (result.checklist.length > 0) {
    const shown = await vscode.window.showInformationMessage(`Klaviyo Scopes: wrote ${name}. The scopes to tick on each key's page in Klaviyo are in the output.`, 'Show Output');
    if (shown) output.show(true);
  }
}

async function showProblems(name: string, target: vscode.Uri, result: GenerateConfigResult): Promise<void> {
  const problems = result.problems.length > 0 ? result.problems : ['the server proposed no text'];
  const open = `Open ${name}`;
  const choice = await vscode.window.showErrorMessage(
    `Klaviyo Scopes: cannot generate ${name}. Fix these first:`,
    { modal: true, detail: problems.map((p) => `• ${p}`).join('\n') },
    ...(result.currentText === null ? [] : [open]),
  );
  if (choice === open) await vscode.window.showTextDocument(target);
}

/**
 * Writes `proposed` to `target` (creating it when missing) and saves it; undefined when the
 * file is no longer what the proposal was computed from.
 */
async function applyProposal(target: vscode.Uri, expected: string | null, proposed: string): Promise<vscode.TextDocument | undefined> {
  const edit = new vscode.WorkspaceEdit();
  if (await exists(target)) {
    const doc = await vscode.workspace.openTextDocument(target);
    if (expected === null || doc.getText() !== expected) return undefined;
    edit.replace(target, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), proposed);
  } else {
    if (expected !== null) return undefined;
    edit.createFile(target, { ignoreIfExists: false });
    edit.insert(target, new vscode.Position(0, 0), proposed);
  }
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`VS Code did not apply the edit to ${target.toString(true)}`);
  const doc = await vscode.workspace.openTextDocument(target);
  if (!(await doc.save())) throw new Error(`could not save ${target.toString(true)}`);
  return doc;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function logChecklist(output: vscode.LogOutputChannel, name: string, checklist: GenerateConfigResult['checklist']): void {
  if (checklist.length === 0) return;
  output.info(`${name} written. On Klaviyo's private API key page, tick for each key:`);
  for (const { key, items } of checklist) output.info(`  ${key}: ${items.join(', ')}`);
}
