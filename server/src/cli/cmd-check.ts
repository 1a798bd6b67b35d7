// `klaviyo-scopes check [dir]`: 0 when every call's scopes are granted, 1 when a scope is
// missing, a call has no key or a private key is written in a file (`--fail-on` moves that
// line), 2 when a klaviyo.keys.json has errors or the report cannot be written.

import { analyze, type Analysis } from './analyze';
import type { CheckFormat, Command, FailOn } from './args';
import { diagnosticsOf } from './diagnostics';
import { formatGithub } from './format-github';
import { formatJson } from './format-json';
import { formatMarkdown } from './format-markdown';
import { formatSarif } from './format-sarif';
import { formatCheckText } from './format-text-check';
import { styleFor, writeOutput, type Io } from './io';
import { problemLines } from './text-common';

export async function runCheck(cmd: Extract<Command, { command: 'check' }>, io: Io): Promise<number> {
  const a = await analyze(cmd.dir, cmd.config, io, { inlineIgnores: cmd.inlineIgnores, ...(cmd.baseline ? { baseline: cmd.baseline } : {}) });
  const code = exitCode(a, cmd.failOn, io.cwd);
  const report = cmd.format === 'text' && !cmd.output ? formatCheckText(a, io.cwd, io.color) : formatted(a, cmd.format, io.cwd, code);
  if (cmd.output) {
    if (!writeOutput(io, cmd.output, report)) return 2;
    // The machine format went to the file; the log gets the summary people read.
    io.out(formatCheckText(a, io.cwd, io.color));
    return code;
  }
  io.out(report);
  // Machine formats own stdout; people reading the CI log still need to see why it failed.
  if (cmd.format !== 'text' && a.check.configErrors) io.err(problemLines(a.check, io.cwd, styleFor(false)).filter((l) => l.includes(': error: ')).join('\n') + '\n');
  return code;
}

function formatted(a: Analysis, format: CheckFormat, cwd: string, code: number): string {
  switch (format) {
    case 'json':
      return formatJson(a, 'check', cwd);
    case 'sarif':
      return formatSarif(a, cwd, code);
    case 'github':
      return formatGithub(a, cwd);
    case 'markdown':
      return formatMarkdown(a, cwd);
    default:
      return formatCheckText(a, cwd, false);
  }
}

/** What fails the check: errors, and with `--fail-on warning` warnings and finding nothing at all. */
export function exitCode(a: Analysis, failOn: FailOn, cwd: string): number {
  if (a.check.configErrors) return 2;
  if (failOn === 'never') return 0;
  // Accepted findings (inline, or in the baseline) never fail; every active error does: a missing
  // scope, a call without a key, a key written in a file.
  const active = diagnosticsOf(a, cwd).active;
  if (active.some((d) => d.level === 'error')) return 1;
  if (failOn === 'warning' && (a.scan.calls.length === 0 || active.some((d) => d.level !== 'note'))) return 1;
  return 0;
}
