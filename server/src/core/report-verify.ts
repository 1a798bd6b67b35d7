// The verify report in Markdown: per config entry, the live key it matched and what differs,
// the Create Key link of each key to replace, and the live keys no entry claims. The CLI prints
// it (`verify --format markdown`); the editor opens it after "Verify Keys against Klaviyo".

import { createKeyLink, createKeyTitle } from './create-key-link';
import { code, linkText } from './report-markdown';
import type { VerifyResult } from './verify';

export function verifyMarkdown(r: VerifyResult, label: (file: string) => string): string {
  const out = ['# Klaviyo keys in the account', '', r.ok ? '✅ No live key lacks a scope its calls need.' : '❌ Some live keys lack scopes their calls need, or are disabled.', ''];
  out.push('| Key | Live key | Missing | Excess |', '| --- | --- | --- | --- |');
  for (const k of r.keys) {
    const live = k.live ? `${code(k.live.id)} ${k.live.status}${k.disabled ? ' ❌' : ''}` : '⚠️ none found';
    out.push(`| ${code(k.name)} (${code(label(k.configPath))}) | ${live} | ${k.missing.map(code).join(', ') || '–'} | ${k.excess.map((e) => code(e.scope)).join(', ') || '–'} |`);
  }
  out.push('');
  for (const k of r.keys.filter((x) => x.live && (x.missing.length || x.excess.length || x.disabled))) {
    const link = createKeyLink(k.required);
    out.push(`- [${linkText(createKeyTitle(k.name, link))}](${link.url}), swap it in, then delete ${code(k.live?.id ?? '')}.`);
  }
  if (r.unclaimed.length) out.push('', '## Live keys no entry claims', '', ...r.unclaimed.map((k) => `- ${code(k.id)} ${code(k.name)} (${k.status}, ${k.scopes.length} scope${k.scopes.length === 1 ? '' : 's'})`));
  return out.join('\n') + '\n';
}
