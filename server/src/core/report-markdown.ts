import type { CheckResult } from './check';
import { reasonsForScope } from './check';
import type { LoadedConfig, ScanResult } from './engine/workspace';
import { allFindings, callLabel, keyFindings } from './findings';
import { createKeyLink, createKeyTitle } from './create-key-link';
import { checklistLines } from './generate';
import { nothingFound } from './nothing-found';
import type { Call } from './model';

// The scope report in Markdown: per key, each scope with the call sites that need it, excess
// scopes, the Klaviyo UI checklist, calls no key serves, and other findings. The CLI prints it
// for pull-request comments and job summaries; the editor opens it from the status item.

export interface ReportLinks {
  /** How to show a file: relative to the root, POSIX separators. */
  label(file: string): string;
  /** A link target for a call site (a file URI with a line fragment in the editor), or null for plain text. */
  link(file: string, line: number): string | null;
  /** What suppressions and a baseline accepted (the CLI knows; the editor's report shows findings as they are). */
  accepted?: { inline: number; baseline: number; failing: number };
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : `${word}s`}`;
}

export function code(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}

const SITES_SHOWN = 3;

/** Call sites in a table cell: a long list folds after the first few, so the table stays readable. */
function sitesCell(sites: string[]): string {
  if (sites.length <= SITES_SHOWN + 2) return cell(sites.join('<br>'));
  const rest = sites.slice(SITES_SHOWN);
  return cell(`${sites.slice(0, SITES_SHOWN).join('<br>')}<details><summary>${rest.length} more</summary>${rest.join('<br>')}</details>`);
}

/** A key name inside link text must not end the link or start markup. */
export function linkText(s: string): string {
  return s.replace(/[\\[\]()<>*_`!]/g, '\\$&');
}

/** Table cells cannot hold pipes or line breaks. */
function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** `get_profiles`, or `POST /api/lists (create_list)` for raw requests. */
export function describeCall(call: Call): string {
  if (call.kind === 'sdk' || !call.operation) return callLabel(call);
  return `${call.method ?? ''} ${call.path ?? ''} (${call.operation})`.trim();
}

/** The include values that alone make `call` need `scope` (none when the operation needs it anyway). */
export function includeReasons(call: Call, scope: string): string[] {
  const reasons = reasonsForScope(call, scope);
  return reasons.some((r) => r.startsWith('operation')) ? [] : reasons;
}

export function unservedReason(reason: string): string {
  return reason === 'no-config' ? 'no klaviyo.keys.json applies' : reason === 'config-error' ? 'its klaviyo.keys.json has errors' : 'no key in its klaviyo.keys.json serves it';
}

export function markdownReport(scan: ScanResult, check: CheckResult, configs: readonly LoadedConfig[], links: ReportLinks): string {
  const place = (file: string, line: number, column: number): string => {
    const text = `${links.label(file)}:${line}:${column}`;
    const target = links.link(file, line);
    return target ? `[${text}](${target})` : code(text);
  };
  const site = (i: number): string => {
    const c = scan.calls[i];
    return `${place(c.file, c.start.line, c.start.column)} ${code(describeCall(c))}`;
  };
  const out: string[] = ['# Klaviyo API key scopes', ''];
  const label = links.label(scan.root);
  const none = nothingFound(scan, label === '.' || label === '' ? 'this folder' : code(label));
  const accepted = links.accepted;
  const allAccepted = !!accepted && accepted.failing === 0 && (!check.ok || !!scan.secrets?.length);
  out.push(
    none
      ? `⚠️ ${none} A check that finds no call passes.`
      : allAccepted
      ? `✅ Nothing fails the check: every missing scope, call without a key and key in a file is accepted (${plural(scan.calls.length, 'call')}, ${plural(check.keys.length, 'key')}).`
      : check.ok
      ? `✅ Every call's scopes are granted (${plural(scan.calls.length, 'call')}, ${plural(check.keys.length, 'key')}).`
      : `❌ ${plural(check.keys.reduce((n, k) => n + k.missing.length, 0), 'missing scope')}, ${plural(check.unserved.length, 'call')} without a key.`,
    '',
  );
  if (scan.secrets?.length && !allAccepted) out.push(`❌ ${plural(scan.secrets.length, 'private API key')} written in files (listed below): revoke them in Klaviyo.`, '');
  if (accepted && accepted.inline + accepted.baseline > 0) {
    out.push(`Accepted: ${[accepted.inline ? `${plural(accepted.inline, 'finding')} by \`klaviyo-scopes-ignore\` comments` : '', accepted.baseline ? `${plural(accepted.baseline, 'finding')} by the baseline` : ''].filter(Boolean).join(', ')}.`, '');
  }
  for (const k of check.keys) {
    out.push(`## Key \`${k.name}\` (${code(links.label(k.configPath))})`, '');
    const lacking = new Set(k.missing);
    if (k.required.length || k.excess.length) {
      out.push('| Scope | Status | Needed by |', '| --- | --- | --- |');
      for (const scope of k.required) {
        const sites = (k.callsByScope[scope] ?? []).map((i) => {
          const includes = includeReasons(scan.calls[i], scope);
          return site(i) + (includes.length ? ` (${includes.join(', ')})` : '');
        });
        out.push(`| \`${scope}\` | ${lacking.has(scope) ? '❌ missing' : '✅ granted'} | ${sitesCell(sites)} |`);
      }
      for (const e of k.excess) {
        out.push(`| \`${e.scope}\` | ⚠️ unneeded | ${cell(e.suffices ? `Read access suffices: only \`${e.suffices}\` is needed` : 'no call needs it')} |`);
      }
      out.push('');
    } else out.push('No calls use this key.', '');
    if (k.required.length) {
      out.push(`Klaviyo UI (Settings › API keys › Create Private API Key) for \`${k.name}\`:`, '', ...checklistLines(k.required).map((l) => `- ${l}`), '');
    }
    if (k.missing.length || k.excess.length) {
      // Scopes cannot be changed on an existing key: the fix is a new key, swapped in.
      const link = createKeyLink(k.required);
      out.push(`[${linkText(createKeyTitle(k.name, link))}](${link.url}), swap it in where \`${k.name}\` is used, then delete the old key.`, '');
      if (link.betaOnly.length) out.push(`Beta-only scopes (the page may not offer them to every account): ${link.betaOnly.map(code).join(', ')}.`, '');
    }
  }
  if (check.unserved.length) {
    out.push('## Calls no key serves', '', '| Call | Scopes | Why |', '| --- | --- | --- |');
    for (const u of check.unserved) out.push(`| ${cell(site(u.call))} | ${cell(scan.calls[u.call].scopes.map((x) => `\`${x}\``).join(', '))} | ${cell(unservedReason(u.reason))} |`);
    out.push('');
  }
  const others = allFindings(scan, check, configs, { complete: true, label: links.label })
    .filter((f) => !['missing-scope', 'no-key', 'excess-scope', 'beta-endpoint'].includes(f.code) && f.call !== undefined);
  if (others.length) {
    out.push('## Other findings', '', '| Where | Finding | Details |', '| --- | --- | --- |');
    for (const f of others) {
      const c = scan.calls[f.call as number];
      out.push(`| ${place(c.file, c.start.line, c.start.column)} | ${f.code} | ${cell(f.message)} |`);
    }
    out.push('');
  }
  if (scan.secrets?.length) {
    out.push('## Private API keys written in files', '', '| Where | Key | Details |', '| --- | --- | --- |');
    for (const f of keyFindings(scan)) {
      const k = scan.secrets.find((x) => x.file === f.file && x.range.start === f.span.start);
      out.push(`| ${place(f.file, k?.line ?? 1, k?.column ?? 1)} | \`${k?.redacted ?? 'pk_…'}\` | ${cell(f.message)} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
