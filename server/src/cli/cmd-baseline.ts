// `klaviyo-scopes baseline [dir]`: writes klaviyo-scopes.baseline.json, today's findings, so a
// team adopting the check fails only on new ones (`check --baseline`). `--prune` keeps the
// file's entries that still occur and adds none. Exit 0 when written, 2 on usage or config errors.

import path from 'node:path';
import { BASELINE_FILE_NAME, formatBaseline, type BaselineEntry } from '../core/baseline/file';
import { analyze } from './analyze';
import type { Command } from './args';
import { diagnosticsOf } from './diagnostics';
import { displayPath, plural, rootPath, styleFor, writeOutput, type Io } from './io';
import { problemLines } from './text-common';

export async function runBaseline(cmd: Extract<Command, { command: 'baseline' }>, io: Io): Promise<number> {
  const target = cmd.output ?? path.join(cmd.dir, BASELINE_FILE_NAME);
  const abs = path.resolve(io.cwd, target);
  // --prune edits an existing baseline: analyze reads it (and stops when it is missing or invalid) before scanning.
  const a = await analyze(cmd.dir, cmd.config, io, cmd.prune ? { baseline: target } : {});
  const old = a.baseline;
  if (a.check.configErrors) {
    io.err(problemLines(a.check, io.cwd, styleFor(false)).filter((l) => l.includes(': error: ')).join('\n') + '\n');
    io.err('klaviyo-scopes: klaviyo.keys.json has errors; fix them before writing a baseline (they cannot be accepted)\n');
    return 2;
  }
  const d = diagnosticsOf(a, io.cwd);
  // Inline-accepted findings need no entry; a pruned baseline keeps exactly what still matches.
  // Findings about the comments themselves are fixed in the comment, never accepted.
  const kept = (old ? d.all.filter((x) => x.baselineState === 'unchanged') : d.active).filter((x) => !x.code.endsWith('-suppression'));
  const entries: BaselineEntry[] = kept.map((x) => ({ code: x.code, file: rootPath(a.root, x.file), operation: x.operation, fingerprint: x.fingerprint, message: x.message }));
  if (!writeOutput(io, target, formatBaseline(entries))) return 2;
  const byCode = new Map<string, number>();
  for (const e of entries) byCode.set(e.code, (byCode.get(e.code) ?? 0) + 1);
  const counts = [...byCode].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([c, n]) => `${c} ${n}`).join(', ');
  const what = old ? `kept ${plural(entries.length, 'finding')}, dropped ${plural(d.absent.length, 'entry', 'entries')} that no longer occur` : `${plural(entries.length, 'finding')} accepted`;
  io.out(`Wrote ${displayPath(io.cwd, abs)}: ${what}${counts ? ` (${counts})` : ''}.\n`);
  if (!old) io.out(`Commit it, and run \`klaviyo-scopes check --baseline ${displayPath(io.cwd, abs)}\` in CI: only new findings fail.\n`);
  return 0;
}
