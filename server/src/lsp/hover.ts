import path from 'node:path';
import type { Hover } from 'vscode-languageserver';
import { catalog } from '../core/catalog';
import { reasonsBesideOperation } from '../core/check';
import type { LoadedConfig } from '../core/engine/workspace';
import type { Call } from '../core/model';
import { createKeyLink, createKeyTitle } from '../core/create-key-link';
import { linkText } from '../core/report-markdown';
import { expandGranted } from '../core/scopes';
import type { FolderState } from './folders';
import { pathToUri } from './overlay-host';
import { Ranges } from './ranges';
import { redactAll } from '../core/config/secrets';

/** Hover on a Klaviyo call: the operation, what it needs and whether the serving key grants it. */
export function callHover(folder: FolderState, file: string, text: string, offset: number): Hover | null {
  const ranges = new Ranges(text);
  // The innermost call under the cursor (a helper call can contain an SDK call in its arguments).
  const hits = folder.callsIn(file).filter((i) => {
    const c = folder.call(i);
    return c && c.range.start <= offset && offset <= c.range.end;
  }).sort((a, b) => span(folder.call(a)) - span(folder.call(b)));
  if (hits.length === 0) return null;
  const i = hits[0];
  const call = folder.call(i) as Call;
  const assignment = folder.check?.assignments[i];
  const key = assignment?.key ? folder.check?.keys.find((k) => k.name === assignment.key && k.configPath === assignment.configPath) : undefined;
  const op = call.operation ? catalog.byId(call.operation) : undefined;
  const lines: string[] = [];
  if (op) {
    lines.push(`**Klaviyo: ${op.summary}** · [\`${op.id}\`](${op.docsUrl})`, '', `\`${op.method} ${op.path}\`${op.beta ? ' · beta' : ''}`);
  } else {
    lines.push(`**Klaviyo call** \`${call.method ?? '?'} ${call.path ?? '?'}\``);
  }
  if (call.note) lines.push('', call.note);
  if (call.kind === 'client') lines.push('', 'A `/client/` endpoint: authenticated by the public company id, it needs no private-key scope.');
  if (call.kind === 'oauth') lines.push('', "Klaviyo's OAuth endpoint: authenticated by the app's client id and secret, it needs no private-key scope.");
  if (call.alias) lines.push('', `\`${call.alias.used}\` is an older name; today it is \`${call.alias.current}\`.`);
  if (call.replacement) lines.push('', `Replacement: \`${call.replacement}\`.`);
  if (call.confidence === 'unresolved' && call.candidates.length) {
    lines.push('', `Candidates: ${call.candidates.slice(0, 8).map((c) => `\`${c}\``).join(', ')}${call.candidates.length > 8 ? ` (+${call.candidates.length - 8})` : ''}`);
  }
  if (call.scopes.length > 0) {
    const granted = key ? new Set(expandGranted(key.granted)) : null;
    lines.push('', key ? `Scopes (key **${key.name}**):` : `Scopes (${assignment?.reason === 'no-config' ? 'no klaviyo.keys.json' : 'no key serves this call'}):`);
    for (const s of call.scopes) {
      const mark = granted ? (granted.has(s) ? '✓' : '✗ missing') : '·';
      lines.push(`- \`${s}\` ${mark} — ${reasonsBesideOperation(call, s).join(', ')}`);
    }
    if (key && granted && call.scopes.some((s) => !granted.has(s))) {
      const link = createKeyLink(key.required);
      lines.push('', `Klaviyo cannot add scopes to an existing key: [${linkText(createKeyTitle(key.name, link))}](${link.url}), then swap it in.`);
    }
  }
  if (op?.rateLimit) {
    const r = op.rateLimit as { burst: string; steady: string; daily?: string };
    lines.push('', `Rate limits: burst ${r.burst}, steady ${r.steady}${r.daily ? `, daily ${r.daily}` : ''}`);
  }
  // A path or note may quote code holding a private key: shown redacted, like every message.
  return { contents: { kind: 'markdown', value: redactAll(lines.join('\n')) }, range: ranges.range(call.range) };
}

function span(c: Call | undefined): number {
  return c ? c.range.end - c.range.start : Number.MAX_SAFE_INTEGER;
}

/** Hover on a scope string in klaviyo.keys.json: which calls need it. */
export function scopeHover(folder: FolderState, config: LoadedConfig, text: string, offset: number): Hover | null {
  const node = config.result.scopeNodes.find((n) => n.range.start <= offset && offset <= n.range.end);
  if (!node) return null;
  const scope = node.normalized ?? node.scope;
  const keyNode = config.result.keyNodes.find((k) => k.index === node.keyIndex);
  const keyName = keyNode?.name;
  // A key that did not load (e.g. a duplicate name) serves nothing, whatever its namesake does.
  const key = keyNode?.loaded ? folder.check?.keys.find((k) => k.configPath === config.path && k.name === keyName) : undefined;
  const users = key ? usersOf(folder, key.callsByScope, scope) : [];
  const lines = [`**\`${scope}\`**${node.normalized && node.normalized !== node.scope ? ` (written \`${node.scope}\`)` : ''}`];
  if (!key) lines.push('', 'This key did not load (see the problems in this file), so no call uses it.');
  // Requests wait for a running scan, so an incomplete one was cancelled.
  else if (!folder.complete) lines.push('', 'The workspace scan was cancelled before it finished: rescan to see which calls need it.');
  else if (users.length === 0) lines.push('', `No call served by key **${keyName}** needs it.`);
  else {
    lines.push('', `${users.length} call${users.length > 1 ? 's' : ''} of key **${keyName}** need${users.length > 1 ? '' : 's'} it:`);
    for (const i of users.slice(0, 5)) {
      const c = folder.call(i) as Call;
      const rel = path.relative(config.dir, c.file).split(path.sep).join('/');
      lines.push(`- [${rel}:${c.start.line}](${pathToUri(c.file)}#L${c.start.line}) ${c.operation ?? ''} — ${reasonsBesideOperation(c, scope).join(', ')}`);
    }
    if (users.length > 5) lines.push(`- … and ${users.length - 5} more`);
  }
  return { contents: { kind: 'markdown', value: redactAll(lines.join('\n')) }, range: new Ranges(text).range(node.range) };
}

/** Calls needing `scope`, counting `X:write` as serving calls that need `X:read`. */
function usersOf(folder: FolderState, callsByScope: Record<string, number[]>, scope: string): number[] {
  const out = new Set<number>(callsByScope[scope] ?? []);
  if (scope.endsWith(':write')) for (const i of callsByScope[scope.replace(/:write$/, ':read')] ?? []) out.add(i);
  return [...out].sort((a, b) => a - b).filter((i) => folder.call(i));
}
