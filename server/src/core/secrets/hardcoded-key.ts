// The `hardcoded-key` finding source: Klaviyo private API keys (`pk_` + key characters)
// written into files people commit. It is not a Klaviyo call, so it is not a RawCall
// detector: the workspace runs it on the text it already reads for every source file (the
// prefilter's read), and on the files only it looks at: `.env` files git would track (see
// gitignore.ts) and Jupyter notebooks (the key inside a cell's source or output).
//
// The key itself never leaves this file: a hit carries its position and `pk_…` plus the last
// four characters, so findings, logs and reports can name it without repeating it. In
// klaviyo.keys.json the loader reports the same shape as `secret-in-config`.

import path from 'node:path';
import { findNodeAtLocation, parseTree, type ParseError } from 'jsonc-parser';
import { findSecrets } from '../config/secrets';
import { CONFIG_FILE_NAME } from '../config/schema';
import { LineMap } from '../engine/positions';
import type { Span } from '../model';

export type KeyFileKind = 'source' | 'env' | 'notebook';

export interface KeyHit {
  range: Span;
  /** 1-based line and column (UTF-16) of the start, for reports that do not hold the text. */
  line: number;
  column: number;
  /** `pk_…abcd`: the only form in which the key is ever shown. */
  redacted: string;
}

export interface KeyFinding extends KeyHit {
  file: string;
  kind: KeyFileKind;
}

/** `.env`, `.env.local`, `.env.production`…: files that hold keys and are easy to commit. */
export function isEnvFile(file: string): boolean {
  return /^\.env(\..+)?$/i.test(path.basename(file));
}

export function isNotebook(file: string): boolean {
  return /\.ipynb$/i.test(file);
}

/** Files the key scan reads that are not source files (the source files come with the scan). */
export function keyScanKind(file: string): KeyFileKind | null {
  if (path.basename(file) === CONFIG_FILE_NAME) return null;
  return isEnvFile(file) ? 'env' : isNotebook(file) ? 'notebook' : null;
}

/**
 * Key-shaped tokens in `text`. Real keys mix letters and digits; a token without a digit is far
 * likelier an identifier (`pk_organizationmembership`) than a key, so it does not count here.
 */
export function findKeys(text: string): KeyHit[] {
  if (!/pk_/i.test(text)) return [];
  const hits = findSecrets(text).filter((s) => /[0-9]/.test(text.slice(s.range.start + 3, s.range.end)));
  if (hits.length === 0) return [];
  // One pass over the line ends for all hits: counting them in the text before each hit made
  // a file of many key-shaped constants quadratic.
  const lines = new LineMap(text);
  return hits.map((s) => ({ ...s, ...lines.at(s.range.start) }));
}

/** Keys in a notebook's cell sources and outputs; the raw text when it is not valid JSON. */
export function findKeysInNotebook(text: string): KeyHit[] {
  const all = findKeys(text);
  if (all.length === 0) return all;
  const errors: ParseError[] = [];
  const root = parseTree(text, errors);
  if (!root || errors.length > 0) return all;
  const cells = findNodeAtLocation(root, ['cells']);
  if (cells?.type !== 'array') return all;
  const spans: Span[] = [];
  for (const cell of cells.children ?? []) {
    for (const field of ['source', 'outputs']) {
      const n = findNodeAtLocation(cell, [field]);
      if (n) spans.push({ start: n.offset, end: n.offset + n.length });
    }
  }
  return all.filter((h) => spans.some((s) => s.start <= h.range.start && h.range.end <= s.end));
}

/** Keys in a file of the given kind. */
export function findKeysIn(kind: KeyFileKind, text: string): KeyHit[] {
  return kind === 'notebook' ? findKeysInNotebook(text) : findKeys(text);
}

/** The finding's wording (findings.ts shows it in the editor and every CLI format). */
export function keyMessage(hit: KeyFinding): string {
  const where = hit.kind === 'env'
    ? 'in a .env file that no .gitignore excludes, so it would be committed: ignore the file'
    : hit.kind === 'notebook'
      ? 'in a notebook, which is shared with its cells: read the key from an environment variable instead'
      : 'in source code: read it from an environment variable or a secrets manager instead';
  return `A Klaviyo private API key (${hit.redacted}) is written ${where}, and revoke this key in Klaviyo: it may already be in version control.`;
}
