// What the extension-host tests share: the workspace (a scratch copy of examples/), waiting for
// diagnostics on VS Code's own event, and putting edited files back between test files.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'klaviyo-scopes.klaviyo-scopes';
/** The repository's examples/, as committed: what each test file starts from. */
const PRISTINE = path.resolve(__dirname, '../../../examples');

export function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('the tests need the scratch copy of examples/ open as the workspace folder');
  return f.uri;
}

export const fileUri = (rel: string): vscode.Uri => vscode.Uri.joinPath(folder(), rel);

/** The diagnostic's code, whether VS Code shows it plain or with its docs link. */
export function codeOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  return c === undefined ? undefined : String(typeof c === 'object' ? c.value : c);
}

export const ours = (uri: vscode.Uri, code?: string): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'klaviyo-scopes' && (code === undefined || codeOf(d) === code));

/**
 * Resolves with `uri`'s diagnostics once `accept` holds for them: checked now and at every
 * onDidChangeDiagnostics for that file (no polling, no sleeps); rejects after `ms` naming what it saw.
 */
export function waitForDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string, ms = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const d = vscode.languages.getDiagnostics(uri);
      if (!accept(d)) return false;
      cleanup();
      resolve(d);
      return true;
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      const seen = vscode.languages.getDiagnostics(uri).map((d) => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character} ${d.message}`);
      reject(new Error(`timed out after ${ms} ms waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}; saw: ${JSON.stringify(seen)}`));
    }, ms);
    const cleanup = (): void => { sub.dispose(); clearTimeout(timer); };
    check();
  });
}

/** Opens a file in an editor: the client pulls diagnostics for the documents it shows. */
export async function show(rel: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fileUri(rel));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Puts files back as examples/ has them (disk and any open document) and closes the editors. */
export async function restore(...rels: string[]): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const rel of rels) {
    const uri = fileUri(rel);
    const original = readFileSync(path.join(PRISTINE, rel));
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc && doc.getText() !== original.toString('utf8')) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original.toString('utf8'));
      await vscode.workspace.applyEdit(edit);
      await doc.save();
    } else if (!doc) {
      await vscode.workspace.fs.writeFile(uri, original);
    }
  }
}

/** The line (0-based) holding `needle` in a file of the workspace. */
export function lineOf(doc: vscode.TextDocument, needle: string): number {
  const line = doc.getText().split('\n').findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`${needle} is not in ${vscode.workspace.asRelativePath(doc.uri)}`);
  return line;
}
