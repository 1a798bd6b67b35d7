// `klaviyo-scopes explain <scope> [dir]`: the call sites that need a scope and why (the
// operation itself, or an include value), and which keys grant it.

import { reasonsBesideOperation } from '../core/check';
import { checklistLines } from '../core/generate';
import { expandGranted, normalizeScope } from '../core/scopes';
import { analyze } from './analyze';
import { UsageError, type Command } from './args';
import { columns, displayPath, plural, styleFor, type Io } from './io';
import { describeCall, where } from './text-common';
import { append } from '../core/append';

export async function runExplain(cmd: Extract<Command, { command: 'explain' }>, io: Io): Promise<number> {
  const n = normalizeScope(cmd.scope);
  if (n.scope === null) throw new UsageError(n.error ?? `unknown scope "${cmd.scope}"`);
  if (n.warning) io.err(`klaviyo-scopes: ${n.warning}\n`);
  const scope = n.scope;
  const s = styleFor(io.color);
  const a = await analyze(cmd.dir, cmd.config, io);
  const { scan, check } = a;
  const calls = check.requiredByScope[scope] ?? [];
  const lines: string[] = [];
  if (calls.length === 0) lines.push(`No call under ${displayPath(io.cwd, a.root)} needs ${s.bold(scope)}.`);
  else {
    lines.push(`${s.bold(scope)} is needed by ${plural(calls.length, 'call')}:`);
    const rows = calls.map((i) => {
      const c = scan.calls[i];
      const key = check.assignments[i].key;
      return [where(io.cwd, c), describeCall(c), reasonsBesideOperation(c, scope).join(' + '), key ? `key ${s.cyan(key)}` : s.red('no key')];
    });
    append(lines, columns(rows));
  }
  const granting = check.keys.filter((k) => expandGranted(k.granted).includes(scope));
  lines.push('');
  lines.push(granting.length ? `Granted by: ${granting.map((k) => `${s.cyan(k.name)} (${displayPath(io.cwd, k.configPath)})`).join(', ')}` : 'No key grants it.');
  lines.push(`Klaviyo UI: ${checklistLines([scope]).join(', ')}${scope.endsWith(':write') ? ' (Full access also grants read)' : ''}`);
  io.out(lines.join('\n') + '\n');
  return 0;
}
