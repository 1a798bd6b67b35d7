// The file system watchers whose events the client forwards to the server
// (`workspace/didChangeWatchedFiles`), so it sees changes to files that are not open.
import * as vscode from 'vscode';
import { WATCHED_GLOBS } from './document-selector';

export function createFileWatchers(): vscode.FileSystemWatcher[] {
  return WATCHED_GLOBS.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
}
