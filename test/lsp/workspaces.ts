// Temp workspaces and small text helpers for the LSP tests. Every workspace is a fresh folder
// under os.tmpdir(); examples/ is only ever read (copied when a test edits files).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { uri } from './harness';

export const A = 'https://a.klaviyo.com';
export const EXAMPLES = path.resolve(__dirname, '../../examples');

const made: string[] = [];

/**
 * A new folder with these files (paths relative to it): `at` when given, else a fresh temp
 * folder (its real path, so URIs round-trip).
 */
export function workspace(files: Record<string, string>, at?: string): string {
  const dir = at ?? fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'klaviyo-scopes-lsp-')));
  fs.mkdirSync(dir, { recursive: true });
  made.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
}

/** A private copy of examples/ that a test may edit. */
export function copyOfExamples(): string {
  const dir = workspace({});
  fs.cpSync(EXAMPLES, dir, { recursive: true });
  return dir;
}

export function removeWorkspaces(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

export const read = (file: string): string => fs.readFileSync(file, 'utf8');

/** A diagnostic's message as text (LSP 3.18 allows markup there; this server sends strings). */
export const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : d.message.value);

/** The edits a WorkspaceEdit makes to one document, applied to `text`. */
export function applyEdit(text: string, edit: WorkspaceEdit | undefined, file: string): string {
  const target = uri(file);
  const edits: TextEdit[] = [...(edit?.changes?.[target] ?? [])];
  for (const c of edit?.documentChanges ?? []) {
    if (!('textDocument' in c) || c.textDocument.uri !== target) continue;
    for (const e of (c as TextDocumentEdit).edits) {
      if (!('newText' in e)) throw new Error('a snippet edit: quick fixes of this server make none');
      edits.push(e);
    }
  }
  return TextDocument.applyEdits(TextDocument.create(target, 'plaintext', 0, text), edits);
}

/** The range of the `nth` (0-based) occurrence of `needle` in `text`. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
}

/** A position inside the `nth` occurrence of `needle`, `into` characters after its start. */
export function positionIn(text: string, needle: string, into = 1, nth = 0): Range['start'] {
  const r = rangeOf(text, needle, nth);
  return { line: r.start.line, character: r.start.character + into };
}
