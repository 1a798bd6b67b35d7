// `Generate Config`: the server proposes klaviyo.keys.json; the client shows the change as a
// diff, and writes it only when the user applies it.
import * as vscode from 'vscode';
import { COMMANDS, type GenerateConfigResult } from '../../server/src/lsp/protocol';
import { planApply } from './apply-guard';
import { InvalidArgumentError, folderArgument } from './folder-argument';
import type { PreviewDocuments } from './preview-documents';
import { describeZodError, generateConfigResultSchema, generateOptionsSchema } from './protocol-schemas';
import type { ServerConnection } from './server-connection';

const APPLY = 'Apply';
const CANCEL = 'Cancel';

export async function generateConfig(server: ServerConnection, previews: PreviewDocuments, output: vscode.LogOutputChannel, arg: unknown): Promise<void> {
  const apply = applyWithoutAsking(arg);
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

  if (!apply && !(await confirmInDiff(previews, name, target, result.currentText, result.proposedText))) return;

  const doc = await applyProposal(target, result.currentText, result.proposedText);
  if (!doc) {
    void vscode.window.showWarningMessage(`Klaviyo Scopes: ${name} changed while the proposal was shown; nothing was written. Run "Generate Config" again.`);
    return;
  }
  await vscode.window.showTextDocument(doc);
  logChecklist(output, name, result.checklist);
  if (result.checklist.length > 0) {
    // Not awaited: the command is done once the file is written; only the button outlives it.
    void vscode.window.showInformationMessage(`Klaviyo Scopes: wrote ${name}. The scopes to tick on each key's page in Klaviyo are in the output.`, 'Show Output')
      .then((shown) => { if (shown) output.show(true); });
  }
}

/** `{ apply: true }` in the argument; throws when `apply` is there but not a boolean. */
function applyWithoutAsking(arg: unknown): boolean {
  if (typeof arg !== 'object' || arg === null || arg instanceof vscode.Uri || !('apply' in arg)) return false;
  const parsed = generateOptionsSchema.safeParse(arg);
  if (!parsed.success) throw new InvalidArgumentError(`Klaviyo Scopes: invalid command argument: ${describeZodError(parsed.error)}`);
  return parsed.data.apply === true;
}

/** Shows current ↔ proposed as a diff and asks; true when the user chose to apply. */
async function confirmInDiff(previews: PreviewDocuments, name: string, target: vscode.Uri, current: string | null, proposed: string): Promise<boolean> {
  const left = previews.create(target.path, current ?? '');
  const right = previews.create(target.path, proposed);
  const title = current === null ? `${name} (new file, proposed)` : `${name} (current ↔ proposed)`;
  await vscode.commands.executeCommand('vscode.diff', left, right, title, { preview: true });
  const verb = current === null ? 'Create' : 'Update';
  return (await vscode.window.showInformationMessage(`Klaviyo Scopes: ${verb} ${name} as shown in the diff?`, APPLY, CANCEL)) === APPLY;
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
  const current = (await exists(target)) ? await vscode.workspace.openTextDocument(target) : undefined;
  const plan = planApply(expected, current?.getText());
  if (plan === 'refuse') return undefined;
  if (current) edit.replace(target, new vscode.Range(current.positionAt(0), current.positionAt(current.getText().length)), proposed);
  else {
    edit.createFile(target, { ignoreIfExists: false });
    edit.insert(target, new vscode.Position(0, 0), proposed);
  }
  // False when the document changed after the check above (VS Code checks the version the edit
  // was made for) or the file appeared meanwhile: the same refusal, not an error.
  if (!(await vscode.workspace.applyEdit(edit))) return undefined;
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
