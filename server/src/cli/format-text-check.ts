// `check` for people: per key, each required scope with the call sites that need it, then
// what no key serves, other findings, config problems, and a one-line verdict.

import type { KeyCheck } from '../core/check';
import type { KeyFinding } from '../core/secrets/hardcoded-key';
import { createKeyLink } from '../core/create-key-link';
import { checklistLines } from '../core/generate';
import type { Analysis } from './analyze';
import { acceptedCounts, diagnosticsOf } from './diagnostics';
import { nothingFound } from '../core/nothing-found';
import { columns, displayPath, folderLabel, plural, styleFor, type Style } from './io';
import { describeCall, includeReasons, problemLines, unservedReason, where } from './text-common';
import { append } from '../core/append';

const MAX_GRANTED_SITES = 3;
const MAX_MISSING_SITES = 20;

export function formatCheckText(a: Analysis, cwd: string, color: boolean): string {
  const s = styleFor(color);
  const { scan, check } = a;
  const lines: string[] = [];
  for (const k of check.keys) append(lines, keySection(a, k, cwd, s)).push('');

  if (check.unserved.length) {
    lines.push(s.bold('Calls no key serves'));
    const rows = check.unserved.map((u) => {
      const c = scan.calls[u.call];
      return [s.red('✗'), where(cwd, c), describeCall(c), c.scopes.join(', '), s.dim(unservedReason(u.reason))];
    });
    append(lines, columns(rows)).push('');
  }

  const diagnostics = diagnosticsOf(a, cwd);
  const notes = diagnostics.active.filter((d) => (d.call !== undefined && d.code !== 'missing-scope' && d.code !== 'no-key') || d.code.endsWith('-suppression'));
  if (notes.length) {
    lines.push(s.bold('Other findings'));
    // At the call's start, as the key sections above and the Markdown report place it.
    const rows = notes.map((d) => [d.level === 'warning' ? s.yellow('!') : s.dim('i'), d.call === undefined ? `${displayPath(cwd, d.file)}:${d.start.line}:${d.start.column}` : where(cwd, scan.calls[d.call]), s.dim(d.code), d.message]);
    append(lines, columns(rows)).push('');
  }

  const accepted = new Set(diagnostics.all.filter((d) => d.code === 'hardcoded-key' && d.suppression).map((d) => `${d.file}:${d.start.line}:${d.start.column}`));
  const keys = keyRows(a, cwd, s, (k) => !accepted.has(`${k.file}:${k.line}:${k.column}`));
  if (keys.length) append(lines, [s.bold('Private API keys written in files')].concat(columns(keys))).push('');

  const problems = problemLines(check, cwd, s);
  if (problems.length) append(lines, [s.bold('Problems in klaviyo.keys.json')].concat(problems.map((p) => `  ${p}`))).push('');
  if (check.keys.length === 0 && a.configs.length === 0 && scan.calls.length > 0) {
    lines.push(`No klaviyo.keys.json under ${displayPath(cwd, a.root)}: run ${s.bold('klaviyo-scopes generate --write')} to create one.`, '');
  }
  append(lines, acceptedLines(a, cwd, s));
  append(lines, verdict(a, cwd, s));
  return lines.join('\n') + '\n';
}

function keySection(a: Analysis, k: KeyCheck, cwd: string, s: Style): string[] {
  const { scan } = a;
  const lines = [`${s.bold(`key "${k.name}"`)} ${s.dim(`· ${displayPath(cwd, k.configPath)} · ${plural(k.calls.length, 'call')}`)}`];
  const rows: string[][] = [];
  const lacking = new Set(k.missing);
  for (const scope of k.required) {
    const missing = lacking.has(scope);
    const sites = k.callsByScope[scope];
    // Missing scopes show where to look; granted ones only need a sample.
    const shown = sites.slice(0, missing ? MAX_MISSING_SITES : MAX_GRANTED_SITES);
    shown.forEach((i, n) => {
      const c = scan.calls[i];
      const reasons = includeReasons(c, scope);
      const what = describeCall(c) + (reasons.length ? s.dim(` (${reasons.join(', ')})`) : '');
      rows.push(n === 0 ? [missing ? s.red('✗') : s.green('✓'), missing ? s.red(scope) : scope, missing ? s.red('missing') : '', where(cwd, c), what] : ['', '', '', where(cwd, c), what]);
    });
    if (sites.length > shown.length) rows.push(['', '', '', s.dim(`… ${sites.length - shown.length} more: klaviyo-scopes explain ${scope}`), '']);
  }
  for (const e of k.excess) {
    rows.push([s.yellow('!'), e.scope, s.yellow('unneeded'), e.suffices ? `its calls only read: ${e.suffices} (Read access) suffices` : 'no call this key serves needs it', '']);
  }
  if (rows.length === 0) lines.push(s.dim('  no calls use this key'));
  return lines.concat(columns(rows));
}

/** One row per hard-coded key: where, and the key as `pk_…abcd` (never the key). */
export function keyRows(a: Analysis, cwd: string, s: Style, shown: (k: KeyFinding) => boolean = () => true): string[][] {
  return (a.scan.secrets ?? []).filter(shown).map((k) => [s.red('✗'), `${displayPath(cwd, k.file)}:${k.line}:${k.column}`, s.dim('hardcoded-key'), k.redacted]);
}

/** The pre-filled Create Key link, and the beta-only scopes it selects named apart. */
function linkLines(k: KeyCheck, s: Style): string[] {
  const link = createKeyLink(k.required);
  const out = [`    ${s.dim('Create it in Klaviyo:')} ${link.url}`];
  if (link.betaOnly.length) out.push(`    ${s.dim(`Beta-only scopes (the page may not offer them to every account): ${link.betaOnly.join(', ')}`)}`);
  return out;
}

/** What suppressions and the baseline accepted, and baseline entries fixed since. */
function acceptedLines(a: Analysis, cwd: string, s: Style): string[] {
  const d = diagnosticsOf(a, cwd);
  const { inline, baseline: external } = acceptedCounts(d);
  const out: string[] = [];
  if (inline || external) {
    const parts = [inline ? `${plural(inline, 'finding')} by klaviyo-scopes-ignore comments` : '', external ? `${plural(external, 'finding')} by the baseline` : ''].filter(Boolean);
    out.push(s.dim(`Accepted: ${parts.join(', ')} (not shown; --format json or sarif lists them).`));
  }
  if (d.absent.length && a.baseline) {
    out.push(s.dim(`${plural(d.absent.length, 'baseline entry', 'baseline entries')} no longer occur: run \`klaviyo-scopes baseline --prune --output ${displayPath(cwd, a.baseline.path)}\` to drop ${d.absent.length === 1 ? 'it' : 'them'}.`));
  }
  if (out.length) out.push('');
  return out;
}

function verdict(a: Analysis, cwd: string, s: Style): string[] {
  const { check, scan } = a;
  const { failing } = acceptedCounts(diagnosticsOf(a, cwd));
  // Every failing finding was accepted: the check passes, and says why.
  if (!check.configErrors && failing === 0 && (!check.ok || scan.secrets?.length)) {
    return [s.green('✓ Nothing fails the check: every missing scope, call without a key and key in a file is accepted (see above).') + s.dim(` (${plural(scan.calls.length, 'call')}, ${plural(check.keys.length, 'key')}).`)];
  }
  const missingCount = check.keys.reduce((n, k) => n + k.missing.length, 0);
  const excessCount = check.keys.reduce((n, k) => n + k.excess.length, 0);
  const out: string[] = [];
  const none = nothingFound(scan, folderLabel(cwd, a.root));
  if (none) {
    out.push(s.yellow(`! ${none}`), s.dim('  A check that finds no call passes; `--fail-on warning` fails it.'));
  } else if (check.ok) {
    out.push(s.green(`✓ Every call's scopes are granted`) + s.dim(` (${plural(scan.calls.length, 'call')}, ${plural(check.keys.length, 'key')}).`));
  } else {
    const parts = [];
    if (missingCount) parts.push(`${plural(missingCount, 'missing scope')} on ${plural(check.keys.filter((k) => k.missing.length).length, 'key')}`);
    if (check.unserved.length) parts.push(`${plural(check.unserved.length, 'call')} without a key`);
    out.push(s.red(`✗ ${parts.join(', ')}.`));
    for (const k of check.keys.filter((x) => x.missing.length)) {
      out.push(`  Klaviyo cannot add scopes to an existing key: create a new key for "${k.name}" with`, `    ${checklistLines(k.required).join(' · ')}`, ...linkLines(k, s));
    }
  }
  const keys = diagnosticsOf(a, cwd).active.filter((d) => d.code === 'hardcoded-key').length;
  if (keys) out.push(s.red(`✗ ${plural(keys, 'private API key')} written in files: move ${keys === 1 ? 'it' : 'them'} out of the code and revoke ${keys === 1 ? 'it' : 'them'} in Klaviyo.`));
  if (excessCount) {
    out.push(s.yellow(`! ${plural(excessCount, 'granted scope')} no call needs (least privilege: leave them out of the next key).`));
    for (const k of check.keys.filter((x) => x.excess.length && !x.missing.length)) {
      out.push(`  To rotate "${k.name}" to least privilege, create a new key with ${checklistLines(k.required).join(' · ') || 'no access'}`, ...linkLines(k, s));
    }
  }
  if (check.configErrors) out.push(s.red('✗ klaviyo.keys.json has errors (see above).'));
  return out;
}
