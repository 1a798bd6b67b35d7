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
const SHOW_OUTPUT = 'Show Output';

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
    // The file now lists the scopes; the real keys do not have them until new ones are created.
    const one = result.checklist.length === 1 ? result.checklist[0] : undefined;
    const create = one ? `Create key "${one.key}" in Klaviyo` : undefined;
    const message = `Klaviyo Scopes: wrote ${name}. Klaviyo cannot add scopes to an existing key: create ${one ? 'a new key' : 'new keys'} with these scopes and swap ${one ? 'it' : 'them'} in${one ? '' : ' (links in the output)'}.`;
    // Not awaited: the command is done once the file is written; only the buttons outlive it.
    void vscode.window.showInformationMessage(message, ...(create ? [create] : []), SHOW_OUTPUT).then(async (choice) => {
      if (choice === SHOW_OUTPUT) output.show(true);
      else if (one && choice === create) await vscode.commands.executeCommand(COMMANDS.createKey, one.createKey);
    });
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
  // The change can sit below the fold of a long config: bring the first one into view.
  await vscode.commands.executeCommand('workbench.action.compareEditor.nextChange').then(undefined, () => undefined);
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
  output.info(`${name} written. Klaviyo cannot add scopes to an existing key: create each key anew with these scopes, swap it in, then delete the old one:`);
  for (const { key, items, createKey } of checklist) output.info(`  ${key}: ${items.join(', ')} · ${createKey.url}`);
}
