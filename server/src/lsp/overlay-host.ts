import { URI } from 'vscode-uri';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceHost } from '../core/engine/workspace';
import { FsHost } from '../host/fs-host';

/** The disk, with the editor's open (possibly unsaved) documents on top. */
export class OverlayHost implements WorkspaceHost {
  private readonly disk = new FsHost();

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  listFiles(root: string): string[] {
    const files = new Set(this.disk.listFiles(root));
    // An unsaved new file is not on disk yet, but it is part of the workspace.
    for (const d of this.documents.all()) {
      const p = uriToPath(d.uri);
      if (p && p.startsWith(root) && !p.includes('/node_modules/')) files.add(p);
    }
    return [...files].sort();
  }

  read(file: string): string | undefined {
    const doc = this.documents.get(pathToUri(file));
    return doc ? doc.getText() : this.disk.read(file);
  }

  /** The file changed on disk: drop the cached text. */
  forget(file: string): void {
    this.disk.forget(file);
  }
}

export function uriToPath(uri: string): string | null {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : null;
  } catch {
    return null;
  }
}

export function pathToUri(file: string): string {
  return URI.file(file).toString();
}
