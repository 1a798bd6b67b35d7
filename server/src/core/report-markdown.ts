import type { CheckResult } from './check';
import { reasonsForScope } from './check';
import type { ScanResult } from './engine/workspace';
import { checklistLines } from './generate';

export interface MarkdownLinks {
  /** A link target for a call site (a file URI with a line fragment in the editor, a relative path in CI). */
  link(file: string, line: number): string;
  /** How to show a file: relative to the root, POSIX separators. */
  label(file: string): string;
}

const MAX_SITES = 10;

/** The scope report: per key, each scope with the call sites that need it, then the Klaviyo UI checklist. */
export function markdownReport(scan: ScanResult, check: CheckResult, links: MarkdownLinks): string {
  const out: string[] = ['# Klaviyo scope report', ''];
  out.push(`${scan.calls.length} Klaviyo call${scan.calls.length === 1 ? '' : 's'} in ${scan.filesParsed} parsed of ${scan.filesScanned} source files.`, '');
  const site = (i: number): string => {
    const c = scan.calls[i];
    return `[${links.label(c.file)}:${c.start.line}](${links.link(c.file, c.start.line)})`;
  };
  for (const key of check.keys) {
    out.push(`## Key \`${key.name}\``, '', `Config: ${links.label(key.configPath)}`, '');
    out.push(key.missing.length ? `**Missing:** ${key.missing.map((s) => `\`${s}\``).join(', ')}` : 'Missing: none');
    out.push(key.excess.length ? `**Excess:** ${key.excess.map((e) => `\`${e.scope}\`${e.suffices ? ` (\`${e.suffices}\` is enough)` : ''}`).join(', ')}` : 'Excess: none', '');
    if (key.required.length) {
      out.push('| scope | granted | needed by |', '| --- | --- | --- |');
      for (const scope of key.required) {
        const sites = key.callsByScope[scope] ?? [];
        const shown = sites.slice(0, MAX_SITES).map((i) => `${site(i)} ${reasonsForScope(scan.calls[i], scope).join(', ')}`).join('<br>');
        const more = sites.length > MAX_SITES ? `<br>… ${sites.length - MAX_SITES} more` : '';
        out.push(`| \`${scope}\` | ${key.missing.includes(scope) ? '✗' : '✓'} | ${shown}${more} |`);
      }
      out.push('');
      out.push('On Klaviyo\'s *Create Private API Key* page, tick:', '', ...checklistLines(key.required).map((l) => `- ${l}`), '');
    } else {
      out.push('No call served by this key needs a scope.', '');
    }
  }
  if (check.unserved.length) {
    out.push('## Calls no key serves', '');
    for (const u of check.unserved) {
      const c = scan.calls[u.call];
      out.push(`- ${site(u.call)} ${c.operation ?? ''} needs ${c.scopes.map((s) => `\`${s}\``).join(', ')} (${u.reason})`);
    }
    out.push('');
  }
  const notes = scan.calls.map((c, i) => ({ c, i })).filter(({ c }) => c.kind === 'legacy' || c.confidence === 'unresolved' || (c.operation === null && c.kind !== 'client'));
  if (notes.length) {
    out.push('## Calls to review', '');
    for (const { c, i } of notes) out.push(`- ${site(i)} ${c.note ?? ''}`);
    out.push('');
  }
  return out.join('\n');
}
