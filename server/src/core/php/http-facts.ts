import type { RequestFacts } from '../requests';
import type { SyntaxNode } from '../tree-sitter/loader';
import { tConcat, tDependsOnParams, tEnvOf, tIncludeValues, tLiteral, tParts, tUrl, T_UNKNOWN, type TValue } from '../tree-sitter/values';
import { curlFacts } from './curl';
import { argReader } from './eval-calls';
import type { Env, PhpEvaluator } from './evaluator';
import { getProp, hasProp, str } from './values';
import { decodeComponent } from '../decode';

// Reads method, URL, include values and headers from an HTTP call: Guzzle (`request`, `get`,
// `send(new Request(…))`), Laravel's Http client, Symfony HttpClient, WordPress `wp_remote_*`,
// `file_get_contents` with a stream context, and `curl_exec` (see curl.ts).

const CONFIGURED = new Set(['guzzle', 'guzzle-send', 'symfony', 'laravel']);

export type HttpTarget = Extract<TValue, { kind: 'http' }>;

export interface PhpRequestFacts extends RequestFacts {
  /** The URL or method is only known at the call sites of the enclosing function. */
  dependsOnParams: boolean;
}

export function isRequestTarget(v: TValue): v is HttpTarget {
  return v.kind === 'http' && v.what === 'fn';
}

export function requestFacts(ev: PhpEvaluator, call: SyntaxNode, target: HttpTarget, env?: Env): PhpRequestFacts | null {
  if (target.lib === 'curl') return curlFacts(ev, call, env);
  const arg = argReader(ev, call, env);
  let method: TValue | null = target.method ? str(target.method) : null;
  let url: TValue = T_UNKNOWN;
  let options: TValue = T_UNKNOWN;
  let headers: TValue[] = [target.headers ?? T_UNKNOWN];
  let query: TValue = T_UNKNOWN;
  let base = target.baseURL;
  let join = resolveRef;
  switch (target.lib) {
    case 'guzzle':
    case 'symfony':
      if (!target.method) method = arg(0, 'method');
      url = target.method ? arg(0, 'uri') : arg(1, target.lib === 'symfony' ? 'url' : 'uri');
      options = target.method ? arg(1, 'options') : arg(2, 'options');
      if (hasProp(options, 'base_uri')) base = getProp(options, 'base_uri');
      query = getProp(options, 'query');
      headers.push(getProp(options, 'headers'));
      break;
    case 'guzzle-send': {
      const req = arg(0, 'request');
      if (req.kind !== 'http' || req.lib !== 'psr7-request') {
        // `send(RequestInterface $request)` in a method that takes the request: its callers build it.
        return tDependsOnParams(req) ? { method: null, url: [{ hole: true }], include: [], beta: false, keyEnv: null, baseUnseen: true, dependsOnParams: true } : null;
      }
      method = req.method ? str(req.method) : null;
      url = req.baseURL ?? T_UNKNOWN;
      options = arg(1, 'options');
      query = getProp(options, 'query');
      headers = [target.headers ?? T_UNKNOWN, req.headers ?? T_UNKNOWN, getProp(options, 'headers')];
      break;
    }
    case 'laravel':
      join = laravelJoin;
      if (!target.method) {
        method = arg(0, 'method');
        url = arg(1, 'url');
        options = arg(2, 'options');
        query = getProp(options, 'query');
      } else {
        url = arg(0, 'url');
        if (target.method === 'GET' || target.method === 'HEAD') query = arg(1, 'query');
      }
      break;
    case 'magento':
      url = arg(0, 'uri');
      break;
    case 'wp':
      url = arg(0, 'url');
      options = arg(1, 'args');
      if (!target.method) method = hasProp(options, 'method') ? getProp(options, 'method') : str('GET');
      headers = [getProp(options, 'headers')];
      break;
    case 'file_get_contents': {
      url = arg(0, 'filename');
      const http = getProp(arg(2, 'context'), 'http');
      method = hasProp(http, 'method') ? getProp(http, 'method') : str('GET');
      headers = [getProp(http, 'header')];
      break;
    }
    default:
      return null;
  }
  // Guzzle, Symfony and Laravel fail on a relative URL without a base: one is set elsewhere.
  const baseUnseen = CONFIGURED.has(target.lib) && (!base || tParts(base) === null || base.kind === 'unknown');
  if (base) url = join(base, url);
  const parts = tUrl(url);
  if (!parts) return null;
  const methodText = method ? tLiteral(method) : null;
  return {
    method: methodText ? methodText.toUpperCase() : null,
    url: parts,
    include: includeOf(query),
    ...headerFacts(headers),
    baseUnseen,
    dependsOnParams: tDependsOnParams(url) || (!!method && tDependsOnParams(method)),
  };
}

/** include values from a query array (`['include' => 'lists']`) or string (`'include=lists'`). */
export function includeOf(query: TValue): string[] {
  if (query.kind === 'obj') return tIncludeValues(getProp(query, 'include'));
  const m = /(?:^|&)include=([^&]*)/.exec(tLiteral(query) ?? '');
  return m ? decodeComponent(m[1]).split(',').filter(Boolean) : [];
}

/** beta (`revision: ….pre`) and the key's env var from header arrays (`['revision' => …]`) or lines (`'revision: …'`). */
export function headerFacts(sources: TValue[]): { beta: boolean; keyEnv: string | null } {
  let beta = false;
  let keyEnv: string | null = null;
  const visit = (name: string, value: TValue): void => {
    const n = name.trim().toLowerCase();
    if (n === 'revision' && (tLiteral(value) ?? '').trim().endsWith('.pre')) beta = true;
    if (n === 'authorization') keyEnv = tEnvOf(value) ?? keyEnv;
  };
  const line = (v: TValue): void => {
    const parts = tParts(v);
    const head = parts && typeof parts[0] === 'string' ? parts[0] : null;
    for (const [i, text] of (head ?? '').split(/\r?\n/).entries()) {
      const colon = text.indexOf(':');
      if (colon < 0) continue;
      // Only the last line may continue into the holes after the literal head.
      const rest = i === (head ?? '').split(/\r?\n/).length - 1 ? [text.slice(colon + 1), ...parts!.slice(1)] : [text.slice(colon + 1)];
      visit(text.slice(0, colon), { kind: 'str', parts: rest });
    }
  };
  for (const h of sources) {
    if (h.kind === 'obj') {
      for (const [k, f] of h.props) {
        if (/^\d+$/.test(k)) line(f());
        else visit(k, f());
      }
    }
    else if (h.kind === 'arr') h.items.forEach(line);
    else if (h.kind === 'str') line(h);
  }
  return { beta, keyEnv };
}

/** RFC 3986 reference resolution, as Guzzle and Symfony apply `base_uri`. */
export function resolveRef(base: TValue, ref: TValue): TValue {
  const r = tParts(ref);
  const b = tParts(base);
  if (!r || !b || base.kind === 'unknown') return ref;
  const first = r[0];
  if (typeof first === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(first)) return ref;
  const head = typeof b[0] === 'string' ? b[0] : '';
  const origin = /^(?:https?:)?\/\/[^/?#]+/i.exec(head)?.[0];
  if (!origin || typeof first !== 'string') return naiveJoin(base, ref);
  if (first.startsWith('/')) return tConcat(str(origin), ref);
  if (b.length > 1) return naiveJoin(base, ref);
  const basePath = head.slice(origin.length).replace(/[?#].*$/, '');
  if (first === '') return base;
  const dir = basePath.endsWith('/') ? basePath : basePath.slice(0, basePath.lastIndexOf('/') + 1) || '/';
  return tConcat(str(origin + dir), ref);
}

/** Laravel's `baseUrl`: `rtrim($base, '/') . '/' . ltrim($url, '/')` unless the URL is absolute. */
function laravelJoin(base: TValue, ref: TValue): TValue {
  const r = tParts(ref);
  if (r && typeof r[0] === 'string' && /^https?:/i.test(r[0])) return ref;
  return naiveJoin(base, ref);
}

function naiveJoin(base: TValue, ref: TValue): TValue {
  const b = tParts(base);
  const r = tParts(ref);
  if (!b || !r) return T_UNKNOWN;
  const last = b[b.length - 1];
  const first = r[0];
  const endsSlash = typeof last === 'string' && last.endsWith('/');
  const startsSlash = typeof first === 'string' && first.startsWith('/');
  if (endsSlash && startsSlash) return tConcat({ kind: 'str', parts: [...b.slice(0, -1), (last as string).slice(0, -1)] }, ref);
  return endsSlash || startsSlash || typeof first !== 'string' ? tConcat(base, ref) : tConcat(base, str('/'), ref);
}
