// `verify` for people: per config entry, the live key it matched and what differs, then the
// live keys no entry claims, and a verdict with the Create Key link where a key must be replaced.

import { createKeyLink } from '../core/create-key-link';
import { checklistLines } from '../core/generate';
import type { VerifyResult } from '../core/verify';
import type { Analysis } from './analyze';
import { columns, displayPath, plural, styleFor } from './io';

export function formatVerifyText(a: Analysis, r: VerifyResult, cwd: string, color: boolean): string {
  const s = styleFor(color);
  const lines: string[] = [];
  for (const k of r.keys) {
    const where = s.dim(`· ${displayPath(cwd, k.configPath)}`);
    if (!k.live) {
      lines.push(`${s.bold(`key "${k.name}"`)} ${where}`, `  ${s.yellow('!')} no live key in the account has this name${a.configs.length ? ' (or its klaviyoKeyId)' : ''}`, '');
      continue;
    }
    const live = `${k.live.id}${k.live.redacted ? ` ${k.live.redacted}` : ''}, ${k.live.status}, matched by ${k.matchedBy}`;
    lines.push(`${s.bold(`key "${k.name}"`)} ${where} ${s.dim(`· live key ${live}`)}`);
    const rows: string[][] = [];
    if (k.disabled) rows.push([s.red('✗'), s.red('disabled'), 'the live key is disabled: every call that uses it fails']);
    for (const m of k.missing) rows.push([s.red('✗'), s.red(m), 'missing: the code needs it and the live key lacks it, so these calls fail in production']);
    for (const e of k.excess) rows.push([s.yellow('!'), e.scope, e.suffices ? `excess: its calls only read, ${e.suffices} suffices` : 'excess: no call needs it']);
    if (rows.length === 0) rows.push([s.green('✓'), `${plural(k.live.scopes.length, 'scope')}`, 'exactly what the code needs']);
    lines.push(...columns(rows), '');
  }
  if (r.unclaimed.length) {
    lines.push(s.bold('Live keys no entry in klaviyo.keys.json claims'));
    lines.push(...columns(r.unclaimed.map((k) => [s.dim('i'), k.id, JSON.stringify(k.name), k.status, plural(k.scopes.length, 'scope'), k.redacted ?? ''])), '');
  }
  const replace = r.keys.filter((k) => k.live && (k.missing.length || k.excess.length || k.disabled));
  const missing = r.keys.reduce((n, k) => n + k.missing.length, 0);
  const disabled = r.keys.filter((k) => k.disabled).length;
  if (r.ok) lines.push(s.green(`✓ No live key lacks a scope its calls need`) + s.dim(` (${plural(r.keys.length, 'key')} checked, ${plural(r.unclaimed.length, 'live key')} unclaimed).`));
  else lines.push(s.red(`✗ ${[missing ? plural(missing, 'missing scope') : '', disabled ? plural(disabled, 'disabled key') : ''].filter(Boolean).join(', ')} in the account.`));
  for (const k of replace) {
    const link = createKeyLink(k.required);
    lines.push(`  Replace "${k.name}": create a new key with ${checklistLines(k.required).join(' · ') || 'no access'}, swap it in, then delete the old key:`, `    ${link.url}`);
  }
  return lines.join('\n') + '\n';
}
