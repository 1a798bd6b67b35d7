import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Diagnostic, WorkspaceDocumentDiagnosticReport } from 'vscode-languageserver';
import { CONFIG_FILE_NAME } from '../core/config/schema';
import { callDiagnostics, configDiagnostics, baselineDiagnostics } from './diagnostics';
import type { FolderState } from './folders';
import { pathToUri } from './overlay-host';

// Workspace diagnostics (LSP pull, `workspace/diagnostic`): the whole workspace's findings in the
// Problems panel, open files or not. Only files that may have findings are reported; a file
// whose report is what the client already holds (same result id) is sent as `unchanged`, and a
// file that had findings and has none now gets an empty report so the client drops them.

export interface WorkspaceFiles {
  text(file: string): string | undefined;
  version(file: string): number | null;
}

interface Cached {
  check: unknown;
  text: string;
  resultId: string;
}

export class WorkspaceDiagnostics {
  private readonly cache = new Map<string, Cached>();

  report(folders: readonly FolderState[], previous: ReadonlyMap<string, string>, files: WorkspaceFiles): WorkspaceDocumentDiagnosticReport[] {
    const out: WorkspaceDocumentDiagnosticReport[] = [];
    const reported = new Set<string>();
    for (const folder of folders) {
      if (!folder.settings.enable || folder.settings.problems !== 'workspace' || !folder.check) continue;
      for (const file of folder.filesWithFindings()) {
        const text = files.text(file);
        if (text === undefined) continue;
        const uri = pathToUri(file);
        reported.add(uri);
        const cached = this.cache.get(file);
        // The analysis of every file is replaced on each flush, so the check object says whether anything changed.
        if (cached && cached.check === folder.check && cached.text === text && previous.get(uri) === cached.resultId) {
          out.push({ kind: 'unchanged', uri, resultId: cached.resultId, version: files.version(file) });
          continue;
        }
        const items = diagnosticsOf(folder, file, text);
        const resultId = idOf(items);
        this.cache.set(file, { check: folder.check, text, resultId });
        out.push(previous.get(uri) === resultId
          ? { kind: 'unchanged', uri, resultId, version: files.version(file) }
          : { kind: 'full', uri, resultId, items, version: files.version(file) });
      }
    }
    for (const uri of previous.keys()) {
      if (!reported.has(uri)) out.push({ kind: 'full', uri, items: [], version: null });
    }
    return out;
  }
}

function diagnosticsOf(folder: FolderState, file: string, text: string): Diagnostic[] {
  if (file === folder.baselinePath()) return baselineDiagnostics(folder, text);
  if (path.basename(file) === CONFIG_FILE_NAME) {
    const config = folder.workspace.configFiles.find((c) => c.path === file);
    return config ? configDiagnostics(folder, config, text) : [];
  }
  return callDiagnostics(folder, file, text);
}

function idOf(items: Diagnostic[]): string {
  return createHash('sha1').update(JSON.stringify(items)).digest('hex').slice(0, 16);
}
