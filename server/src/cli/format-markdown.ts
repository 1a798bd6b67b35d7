// `check --format markdown`: a report for a pull-request comment or a job summary
// ($GITHUB_STEP_SUMMARY): per key, each scope with the call sites that need it, and the
// Klaviyo UI checklist to create the key with.

import { checklistLines } from '../core/generate';
import type { Analysis } from './analyze';
import { collectDiagnostics } from './diagnostics';
import { displayPath, plural } from './io';
import { describeCall, includeReasons, unservedReason } from './text-common';

export function formatMarkdown(a: Analysis, cwd: string): string {
  const { scan, check } = a;
  const site = (i: number) => {
    const c = scan.calls[i];
    return `\`${displayPath(cwd, c.file)}:${c.start.line}:${c.start.column}\` ${code(describeCall(c))}`;
  };
  const out: string[] = ['# Klaviyo API key scopes', ''];
  out.push(
    check.ok
      ? `✅ Every call's scopes are granted (${plural(scan.calls.length, 'call')}, ${plural(check.keys.length, 'key')}).`
      : `❌ ${plural(check.keys.reduce((n, k) => n + k.missing.length, 0), 'missing scope')}, ${plural(check.unserved.length, 'call')} without a key.`,
    '',
  );

  for (const k of check.keys) {
    out.push(`## Key \`${k.name}\` (${code(displayPath(cwd, k.configPath))})`, '');
    const lacking = new Set(k.missing);
    if (k.required.length || k.excess.length) {
      out.push('| Scope | Status | Needed by |', '| --- | --- | --- |');
      for (const scope of k.required) {
        const sites = k.callsByScope[scope].map((i) => {
          const includes = includeReasons(scan.calls[i], scope);
          return site(i) + (includes.length ? ` (${includes.join(', ')})` : '');
        });
        out.push(`| \`${scope}\` | ${lacking.has(scope) ? '❌ missing' : '✅ granted'} | ${cell(sites.join('<br>'))} |`);
      }
      for (const e of k.excess) {
        out.push(`| \`${e.scope}\` | ⚠️ unneeded | ${cell(e.suffices ? `Read access suffices: only \`${e.suffices}\` is needed` : 'no call needs it')} |`);
      }
      out.push('');
    } else out.push('No calls use this key.', '');
    if (k.required.length) {
      out.push(`Klaviyo UI (Settings › API keys › Create Private API Key) for \`${k.name}\`:`, '', ...checklistLines(k.required).map((l) => `- ${l}`), '');
    }
  }

  if (check.unserved.length) {
    out.push('## Calls no key serves', '', '| Call | Scopes | Why |', '| --- | --- | --- |');
    for (const u of check.unserved) out.push(`| ${cell(site(u.call))} | ${cell(scan.calls[u.call].scopes.map((x) => `\`${x}\``).join(', '))} | ${cell(unservedReason(u.reason))} |`);
    out.push('');
  }
  const notes = collectDiagnostics(a, cwd).filter((d) => d.code !== 'missing-scope' && d.code !== 'no-key' && d.code !== 'excess-scope');
  if (notes.length) {
    out.push('## Other findings', '', '| Where | Finding | Details |', '| --- | --- | --- |');
    for (const d of notes) out.push(`| \`${displayPath(cwd, d.file)}:${d.start.line}:${d.start.column}\` | ${d.code} | ${cell(d.message)} |`);
    out.push('');
  }
  return out.join('\n');
}

function code(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}

/** Table cells cannot hold pipes or line breaks. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
