// Read-only in-memory documents (`klaviyo-scopes-preview:` URIs) for the config diff preview
// and the scope report. Virtual documents are never dirty, so closing them asks nothing.
import * as vscode from 'vscode';

export const PREVIEW_SCHEME = 'klaviyo-scopes-preview';

/** Texts kept for reopening a recent preview; older ones are dropped. */
const KEEP = 20;

export class PreviewDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly registration: vscode.Disposable;
  private seq = 0;

  constructor() {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this);
  }

  /**
   * A new read-only document holding `text`. Its path ends in `fileName`, so VS Code picks that
   * file's language (`klaviyo.keys.json` → JSONC, `*.md` → Markdown).
   */
  create(path: string, text: string): vscode.Uri {
    this.seq += 1;
    const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: path.startsWith('/') ? path : `/${path}`, query: String(this.seq) });
    this.texts.set(uri.toString(), text);
    for (const old of this.texts.keys()) {
      if (this.texts.size <= KEEP) break;
      this.texts.delete(old);
    }
    return uri;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const text = this.texts.get(uri.toString());
    if (text !== undefined) return text;
    // A preview of klaviyo.keys.json keeps its relative `$schema`, which the JSON language
    // service resolves against this scheme: serve the workspace's schema file it names, so the
    // preview validates as the real file does instead of failing to load it.
    const file = vscode.Uri.file(uri.path);
    if (!uri.path.endsWith('.json') || !vscode.workspace.getWorkspaceFolder(file)) return '';
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      return '';
    }
  }

  dispose(): void {
    this.registration.dispose();
    this.texts.clear();
  }
}
