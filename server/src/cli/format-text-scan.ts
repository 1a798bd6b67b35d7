// `scan` for people: every call grouped by file, in aligned columns.

import path from 'node:path';
import { needsScopes } from '../core/check';
import type { Analysis } from './analyze';
import { append } from '../core/append';
import { nothingFound } from '../core/nothing-found';
import { columns, displayPath, folderLabel, plural, styleFor } from './io';
import { keyRows } from './format-text-check';
import { describeCall, problemLines, where } from './text-common';

export function formatScanText(a: Analysis, cwd: string, color: boolean): string {
  const s = styleFor(color);
  const { scan, check } = a;
  const lines: string[] = [];
  const byFile = new Map<string, number[]>();
  scan.calls.forEach((c, i) => {
    const list = byFile.get(c.file);
    if (list) list.push(i);
    else byFile.set(c.file, [i]);
  });
  for (const [file, indexes] of byFile) {
    lines.push(s.bold(displayPath(cwd, file)));
    const rows: string[][] = [];
    const notes = new Map<number, string>();
    for (const i of indexes) {
      const c = scan.calls[i];
      const served = check.assignments[i].key;
      const scopes = c.kind === 'legacy' ? s.yellow('retired') : c.confidence === 'unresolved' ? s.yellow('unresolved') : c.scopes.length ? c.scopes.join(', ') : s.dim('none');
      const key = !needsScopes(c) ? '' : served ? `key ${s.cyan(served)}` : s.red('no key');
      // file:line:col on every row: terminals and editors make it a link.
      rows.push([where(cwd, c), c.kind, describeCall(c), scopes, key]);
      if (c.note) notes.set(rows.length - 1, c.note);
      else if (c.alias) notes.set(rows.length - 1, `${c.alias.used} is an older name of ${c.alias.current}`);
    }
    columns(rows, '  ').forEach((line, r) => {
      lines.push(line);
      const note = notes.get(r);
      if (note) lines.push(`        ${s.dim(note)}`);
    });
  }
  const none = nothingFound(scan, folderLabel(cwd, scan.root));
  if (none) lines.push(none);
  const problems = problemLines(check, cwd, s);
  if (problems.length) append(lines, [''].concat(problems));
  const keys = keyRows(a, cwd, s);
  if (keys.length) append(lines, ['', s.bold('Private API keys written in files')].concat(columns(keys)));
  const configs = a.configs.length === 0 ? 'no klaviyo.keys.json' : a.configs.map((c) => displayPath(cwd, c.path) || path.basename(c.path)).join(', ');
  lines.push(
    '',
    s.dim(`${plural(scan.calls.length, 'call')} in ${plural(byFile.size, 'file')} · ${plural(scan.filesScanned, 'file')} scanned, ${scan.filesParsed.toLocaleString('en-US')} parsed · ${configs}`),
  );
  return lines.join('\n') + '\n';
}
