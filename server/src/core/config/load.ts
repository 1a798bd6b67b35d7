// Loads klaviyo.keys.json text into a usable config plus positioned problems. It runs on every
// keystroke in the editor and on arbitrary files in CI, so it never throws: a bad key is
// dropped and reported while the other keys keep working.
//
// Dropping rules: a key with an error anywhere outside its "scopes" list is dropped (its
// files would otherwise be checked against a key whose reach is unknown); an unknown scope
// only removes that scope, so the key's calls still get checked (and show what is missing).
// With JSON syntax errors only those (and leaked secrets) are reported and config is null:
// the error-tolerant parse tree guesses at structure, and findings on a guess mislead.

import { getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Span } from '../model';
import { normalizeScope } from '../scopes';
import { compileGlobs, globSyntaxProblem, isNegated } from './globs';
import { duplicateProperties, nodeSpan, parseProblem, problemsFromIssues, type ConfigProblem, type RawProblem } from './issues';
import { keyConfigSchema, type KeyConfig, type KeyEntry } from './schema';
import { findSecrets, redactAll } from './secrets';
import { append } from '../append';

export type { ConfigProblem, ProblemCode } from './issues';
export { compileGlobs };

export interface ScopeNode {
  /** Index into the file's "keys" array (not into the loaded config, which may drop keys). */
  keyIndex: number;
  /** The scope as written. */
  scope: string;
  /** Today's spelling, or null when the scope is unknown. */
  normalized: string | null;
  /** The string literal including its quotes: a quick fix replaces it with a JSON string. */
  range: Span;
}

export interface KeyNode {
  /** Index into the file's "keys" array. */
  index: number;
  /** '' when the key has no string name. */
  name: string;
  /** The whole key object. */
  range: Span;
  /** The name's string literal including quotes. */
  nameRange: Span | null;
  /** The "scopes" array, brackets included, where a quick fix inserts scopes. */
  scopesArrayRange: Span | null;
  /** False when the key was dropped from `config` because of an error. */
  loaded: boolean;
}

export interface ConfigLoadResult {
  config: KeyConfig | null;
  problems: ConfigProblem[];
  scopeNodes: ScopeNode[];
  keyNodes: KeyNode[];
}

export interface LoadOptions {
  uri?: string;
  /** Whether `glob` matches any file; `keyFiles` tells a key's "files" glob from an "ignore" one. */
  globMatchesAny?: (glob: string, keyFiles: boolean) => boolean;
}

export function loadKeyConfig(text: string, opts: LoadOptions = {}): ConfigLoadResult {
  // Editors on Windows may save a byte order mark; a space keeps every offset where it was.
  const safeText = typeof text === 'string' ? text.replace(/^\uFEFF/, ' ') : '';
  try {
    return load(safeText, opts ?? {});
  } catch (e) {
    // A bug here must surface as a problem, not take down the language server or the CLI.
    const where = opts?.uri ? ` (${opts.uri})` : '';
    const message = e instanceof RangeError
      ? `klaviyo.keys.json${where} is nested too deeply to read.`
      : `Internal error while reading klaviyo.keys.json${where}: ${e instanceof Error ? e.message : String(e)}`;
    // A key pasted into a file too deep to read is still reported (the search needs no parse).
    return { config: null, problems: finish(safeText, [{ code: 'invalid-config', severity: 'error', message, range: { start: 0, end: 0 }, data: { kind: 'internal' } }, ...secretProblems(safeText)]), scopeNodes: [], keyNodes: [] };
  }
}

/** A klaviyo.keys.json the host listed but could not read: an error, so no key is guessed at. */
export function unreadableConfig(uri: string): ConfigLoadResult {
  const message = `${uri} could not be read (no permission, or it was deleted during the scan).`;
  return { config: null, problems: [{ code: 'invalid-config', severity: 'error', message, range: { start: 0, end: 0 }, line: 1, column: 1, data: { kind: 'unreadable' } }], scopeNodes: [], keyNodes: [] };
}

function secretProblems(text: string): RawProblem[] {
  return findSecrets(text).map((s) => ({
    code: 'secret-in-config',
    severity: 'error',
    message: `This looks like a Klaviyo private API key (${s.redacted}). Never put keys in klaviyo.keys.json: list the environment variable that holds it under "env", and revoke this key in Klaviyo, since it may already be in version control.`,
    range: s.range,
    data: { redacted: s.redacted },
  }));
}

function load(text: string, opts: LoadOptions): ConfigLoadResult {
  const secrets = findSecrets(text);
  const raw: RawProblem[] = secretProblems(text);
  const inSecret = (span: Span) => secrets.some((s) => s.range.start < span.end && span.start < s.range.end);
  // Problems at a leaked key are dropped: the secret-in-config error says all there is to say.
  const result = (config: KeyConfig | null, scopeNodes: ScopeNode[] = [], keyNodes: KeyNode[] = []): ConfigLoadResult => ({
    config,
    problems: finish(text, raw.filter((p) => p.code === 'secret-in-config' || !inSecret(p.range))),
    scopeNodes: scopeNodes.map((n) => ({ ...n, scope: redactAll(n.scope) })),
    keyNodes: keyNodes.map((k) => ({ ...k, name: redactAll(k.name) })),
  });

  const parseErrors: ParseError[] = [];
  const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
  if (parseErrors.length > 0) {
    for (const e of parseErrors) raw.push(parseProblem(text, e));
    return result(null);
  }
  if (!root) return result(null);
  append(raw, duplicateProperties(root));

  const value = getNodeValue(root) as unknown;
  const keysNode = root.type === 'object' ? childValue(root, 'keys') : undefined;
  const keyObjects = keysNode?.type === 'array' ? (keysNode.children ?? []) : [];
  const keyNameAt = (i: number): string | null => {
    const n = keyObjects[i]?.type === 'object' ? childValue(keyObjects[i], 'name') : undefined;
    return n?.type === 'string' && String(n.value).trim() !== '' ? String(n.value) : null;
  };
  const parsed = keyConfigSchema.safeParse(value);
  const issues = parsed.success ? [] : parsed.error.issues;
  append(raw, problemsFromIssues(issues, root, keyNameAt));

  const badKeys = new Set<number>();
  for (const issue of issues) {
    const [head, index] = issue.path;
    if (head === 'keys' && typeof index === 'number') badKeys.add(index);
  }
  const rootUsable = root.type === 'object' && keysNode?.type === 'array';
  if (!rootUsable) return result(null);
  if (keyObjects.length === 0) {
    raw.push(warning('A config without keys checks nothing: add the private API keys the code uses.', nodeSpan(keysNode), { kind: 'no-keys' }));
  }

  const scopeNodes: ScopeNode[] = [];
  const keyNodes: KeyNode[] = [];
  const keys: KeyEntry[] = [];
  const seenNames = new Map<string, number>();
  const seenEnv = new Map<string, string>();
  keyObjects.forEach((keyNode, index) => {
    if (keyNode.type !== 'object') return;
    const nameNode = childValue(keyNode, 'name');
    const scopesNode = childValue(keyNode, 'scopes');
    const name = nameNode?.type === 'string' ? String(nameNode.value) : '';
    const label = name.trim() === '' ? `keys[${index}]` : `"${name}"`;
    const entry: KeyNode = { index, name, range: nodeSpan(keyNode), nameRange: nameNode ? nodeSpan(nameNode) : null, scopesArrayRange: scopesNode?.type === 'array' ? nodeSpan(scopesNode) : null, loaded: false };
    keyNodes.push(entry);

    if (nameNode?.type === 'string' && name.trim() !== '') {
      const first = seenNames.get(name);
      if (first !== undefined) {
        raw.push({ code: 'duplicate-key', severity: 'error', message: `Duplicate key name "${name}" (also keys[${first}]): key names must be unique.`, range: nodeSpan(nameNode), data: { keyName: name, firstIndex: first } });
        badKeys.add(index);
      } else seenNames.set(name, index);
      if (inSecret(nodeSpan(nameNode))) badKeys.add(index);
    }

    const scopes = checkScopes(scopesNode, index, name, label, raw, scopeNodes);
    for (const [field, keyFiles] of [['files', true], ['env', false]] as const) {
      const arr = childValue(keyNode, field);
      for (const item of arr?.type === 'array' ? (arr.children ?? []) : []) {
        if (item.type !== 'string') continue;
        const s = String(item.value);
        if (inSecret(nodeSpan(item))) badKeys.add(index);
        else if (keyFiles && !checkGlob(s, item, true, label, raw, opts)) badKeys.add(index);
        else if (!keyFiles) {
          const owner = seenEnv.get(s);
          if (owner !== undefined && owner !== label) {
            raw.push(warning(`"${s}" is also listed under key ${owner}; calls whose key comes from it are checked against ${owner}.`, nodeSpan(item), { kind: 'duplicate-env', env: s, keyName: name }));
          } else seenEnv.set(s, label);
        }
      }
    }
    // badKeys is final for this index here: later keys only ever mark themselves.
    if (!badKeys.has(index)) {
      keys.push({ ...(getNodeValue(keyNode) as KeyEntry), scopes });
      entry.loaded = true;
    }
  });

  const ignoreNode = childValue(root, 'ignore');
  let ignore: string[] | undefined;
  if (ignoreNode?.type === 'array') {
    ignore = [];
    for (const item of ignoreNode.children ?? []) {
      if (item.type !== 'string' || inSecret(nodeSpan(item))) continue;
      const g = String(item.value);
      if (checkGlob(g, item, false, null, raw, opts)) ignore.push(g);
    }
  }
  const schemaNode = childValue(root, '$schema');
  const config: KeyConfig = {
    ...(schemaNode?.type === 'string' && !inSecret(nodeSpan(schemaNode)) ? { $schema: String(schemaNode.value) } : {}),
    keys,
    ...(ignore ? { ignore } : {}),
  };
  return result(config, scopeNodes, keyNodes);
}

function checkScopes(scopesNode: Node | undefined, keyIndex: number, keyName: string, label: string, raw: RawProblem[], scopeNodes: ScopeNode[]): string[] {
  if (scopesNode?.type !== 'array') return [];
  const items = scopesNode.children ?? [];
  if (items.length === 0) {
    raw.push(warning(`Key ${label} has no scopes, so no call can use it: add the scopes it was created with, or remove the key.`, nodeSpan(scopesNode), { kind: 'empty-scopes', keyName }));
  }
  const kept = new Set<string>();
  for (const item of items) {
    if (item.type !== 'string') continue;
    const written = String(item.value);
    const range = nodeSpan(item);
    const n = normalizeScope(written);
    scopeNodes.push({ keyIndex, scope: written, normalized: n.scope, range });
    if (n.scope === null) {
      const message = n.error ?? `Unknown scope "${written}".`;
      raw.push({ code: 'unknown-scope', severity: 'error', message: `${message} (key ${label})`, range, data: { scope: written, keyName, ...(n.suggestion ? { suggestion: n.suggestion } : {}) } });
      continue;
    }
    if (n.warning) {
      raw.push({ code: 'deprecated-scope', severity: 'warning', message: n.warning, range, data: { scope: written, normalized: n.scope, keyName } });
    }
    if (kept.has(n.scope)) {
      raw.push(warning(`Scope "${n.scope}" is listed twice in key ${label}.`, range, { kind: 'duplicate-scope', scope: written, normalized: n.scope, keyName }));
    }
    kept.add(n.scope);
  }
  return [...kept].sort();
}

/** Reports a bad or useless glob; returns false when the glob is unusable. */
function checkGlob(glob: string, node: Node, keyFiles: boolean, label: string | null, raw: RawProblem[], opts: LoadOptions): boolean {
  const where = label ? ` (key ${label})` : ' (ignore)';
  const problem = globSyntaxProblem(glob);
  if (problem) {
    raw.push({ code: 'invalid-config', severity: 'error', message: `${problem}${where}`, range: nodeSpan(node), data: { kind: 'invalid-glob', glob } });
    return false;
  }
  if (opts.globMatchesAny && !isNegated(glob)) {
    let matches = true;
    try {
      matches = opts.globMatchesAny(glob, keyFiles);
    } catch {
      // The callback touches the file system; a failure there says nothing about the glob.
    }
    if (!matches) {
      raw.push({ code: 'unmatched-glob', severity: 'warning', message: `No file matches "${glob}"${where}; globs are relative to the folder of klaviyo.keys.json.`, range: nodeSpan(node), data: { glob } });
    }
  }
  return true;
}

function warning(message: string, range: Span, data: Record<string, unknown>): RawProblem {
  return { code: 'invalid-config', severity: 'warning', message, range, data };
}

/** The value node of property `name` of an object node (the last one, as getNodeValue reads it). */
function childValue(obj: Node, name: string): Node | undefined {
  let found: Node | undefined;
  for (const p of obj.children ?? []) {
    if (p.type === 'property' && p.children?.[0]?.value === name) found = p.children[1];
  }
  return found;
}

/** Sorts, positions and redacts: no message or data may carry a key-shaped token. */
function finish(text: string, raw: RawProblem[]): ConfigProblem[] {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  const seen = new Set<string>();
  return raw
    .map((p) => ({ ...p, range: clamp(p.range, text.length) }))
    .map((p) => {
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid] <= p.range.start) lo = mid;
        else hi = mid - 1;
      }
      const data = p.data ? (JSON.parse(redactAll(JSON.stringify(p.data))) as Record<string, unknown>) : undefined;
      return { ...p, message: redactAll(p.message), line: lo + 1, column: p.range.start - lineStarts[lo] + 1, ...(data ? { data } : {}) };
    })
    .filter((p) => {
      const k = `${p.code}|${p.range.start}|${p.range.end}|${p.message}`;
      return seen.has(k) ? false : (seen.add(k), true);
    })
    .sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

// jsonc-parser reports an unterminated comment at the end of the text one unit too long.
function clamp(range: Span, length: number): Span {
  const start = Math.max(0, Math.min(range.start, length));
  return { start, end: Math.max(start, Math.min(range.end, length)) };
}
