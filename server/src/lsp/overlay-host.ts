import path from 'node:path';
import { URI } from 'vscode-uri';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceHost } from '../core/engine/workspace';
import { DEFAULT_EXCLUDED_DIRS, FsHost } from '../host/fs-host';
import { climbsOut } from '../core/path-escape';

/** The disk, with the editor's open (possibly unsaved) documents on top. */
export class OverlayHost implements WorkspaceHost {
  private disk = new FsHost();

  constructor(private readonly documents: TextDocuments<TextDocument>) {}

  listFiles(root: string): string[] {
    const files = new Set(this.disk.listFiles(root));
    // An unsaved new file is not on disk yet, but it is part of the workspace.
    for (const d of this.documents.all()) {
      const p = uriToPath(d.uri);
      if (p && isScanned(root, p)) files.add(p);
    }
    return [...files].sort();
  }

  read(file: string): string | undefined {
    const doc = this.documents.get(pathToUri(file));
    return doc ? doc.getText() : this.disk.read(file);
  }

  peek(file: string): string | undefined {
    const doc = this.documents.get(pathToUri(file));
    return doc ? doc.getText() : this.disk.peek(file);
  }

  /** Unknown for open documents (their text is at hand); the disk's size otherwise, to skip huge files unread. */
  size(file: string): number | undefined {
    return this.documents.get(pathToUri(file)) ? undefined : this.disk.size(file);
  }

  /** Open documents' texts, which scan workers cannot read from the disk. */
  overlays(): [string, string][] {
    const out: [string, string][] = [];
    for (const d of this.documents.all()) {
      const p = uriToPath(d.uri);
      if (p) out.push([p, d.getText()]);
    }
    return out;
  }

  /** The file changed on disk: drop the cached text. */
  forget(file: string): void {
    this.disk.forget(file);
  }

  /** Before a full scan: read everything from disk again (a watcher may have missed changes). */
  forgetAll(): void {
    this.disk = new FsHost();
  }
}

/** Whether `file` is below `root` and outside the folders scans skip (node_modules, dist, …), as the disk walk decides. */
export function isScanned(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  if (rel === '' || climbsOut(rel) || path.isAbsolute(rel)) return false;
  return !rel.split(path.sep).slice(0, -1).some((dir) => DEFAULT_EXCLUDED_DIRS.has(dir));
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
