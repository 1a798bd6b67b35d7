import type { RequestFacts } from '../requests';
import { tConcat, tDependsOnParams, tEnvOf, tLiteral, tstr, tUrl, type TStrPart, type TValue } from '../tree-sitter/values';
import { decodeComponent } from '../decode';

// A curl command line, read the way curl reads it: the method from -X/--request, else -I (HEAD),
// -G (GET, data into the query), -T (PUT) or any -d/--data*/--json/-F (POST), else GET; headers
// from -H; URLs from the non-option words and --url.

export interface ShRequestFacts extends RequestFacts {
  dependsOnParams: boolean;
}

/** Options that take a value (the next word, or the rest of a short-option cluster). */
const SHORT_WITH_VALUE = new Set('XHdFuowAebcmxTKErCYyzUQtPD'.split(''));
const LONG_WITH_VALUE = new Set([
  'request', 'header', 'data', 'data-raw', 'data-binary', 'data-ascii', 'data-urlencode', 'json', 'form', 'form-string', 'url',
  'user', 'output', 'write-out', 'user-agent', 'referer', 'cookie', 'cookie-jar', 'max-time', 'connect-timeout', 'retry',
  'retry-delay', 'retry-max-time', 'proxy', 'cacert', 'cert', 'key', 'config', 'upload-file', 'limit-rate', 'resolve',
  'connect-to', 'interface', 'oauth2-bearer', 'aws-sigv4', 'variable', 'url-query', 'range', 'continue-at', 'trace',
  'trace-ascii', 'stderr', 'dump-header', 'proxy-user', 'max-filesize', 'speed-limit', 'speed-time', 'expect100-timeout',
]);
const DATA = new Set(['data', 'data-raw', 'data-binary', 'data-ascii', 'data-urlencode', 'json', 'form', 'form-string']);
const SHORT_LONG: Record<string, string> = { X: 'request', H: 'header', d: 'data', F: 'form', T: 'upload-file', I: 'head', G: 'get' };

interface Parsed {
  method: TValue | null;
  head: boolean;
  get: boolean;
  upload: boolean;
  data: TValue[];
  query: TValue[];
  headers: TValue[];
  urls: TValue[];
  json: boolean;
}

export function parseCurl(args: TValue[]): Parsed {
  const p: Parsed = { method: null, head: false, get: false, upload: false, data: [], query: [], headers: [], urls: [], json: false };
  const take = (opt: string, value: TValue | undefined): void => {
    if (!value) return;
    if (opt === 'request') p.method = value;
    else if (opt === 'header') p.headers.push(value);
    else if (opt === 'url') p.urls.push(value);
    else if (opt === 'url-query') p.query.push(value);
    else if (opt === 'upload-file') p.upload = true;
    else if (DATA.has(opt)) {
      p.data.push(value);
      if (opt === 'json') p.json = true;
    }
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const text = tLiteral(a);
    const head = a.kind === 'str' && typeof a.parts[0] === 'string' ? a.parts[0] : '';
    if (text === '--') {
      p.urls.push(...args.slice(i + 1));
      break;
    }
    if (head.startsWith('--')) {
      const [name, inline] = (text ?? head).slice(2).split(/=(.*)/s);
      if (name === 'head') p.head = true;
      else if (name === 'get') p.get = true;
      else if (LONG_WITH_VALUE.has(name)) take(name, inline !== undefined ? tstr(inline) : args[++i]);
      continue;
    }
    if (head.startsWith('-') && head.length > 1) {
      // A cluster like -sSL or -XPOST or -sX POST: letters until one that takes a value.
      for (let j = 1; j < head.length; j++) {
        const ch = head[j];
        if (ch === 'I') p.head = true;
        else if (ch === 'G') p.get = true;
        else if (SHORT_WITH_VALUE.has(ch)) {
          const rest = head.slice(j + 1);
          const more = a.kind === 'str' ? a.parts.slice(1) : [];
          // `-XPOST`, `-X"$method"`: the value is glued to the letter.
          const value = rest || more.length ? tConcat(tstr(rest), { kind: 'str', parts: more }) : args[++i];
          take(SHORT_LONG[ch] ?? ch, value);
          break;
        }
      }
      continue;
    }
    p.urls.push(a);
  }
  return p;
}

/** One RequestFacts per URL on the command line. */
export function curlFacts(args: TValue[]): ShRequestFacts[] {
  const p = parseCurl(args);
  const explicit = p.method ? tLiteral(p.method) : null;
  const method = p.method ? explicit : p.head ? 'HEAD' : p.get ? 'GET' : p.upload ? 'PUT' : p.data.length ? 'POST' : 'GET';
  // -G moves the data into the query string, where `include=` counts.
  const query = [...p.query, ...(p.get ? p.data : [])];
  const include = query.flatMap((q) => includeOf(tLiteral(q) ?? ''));
  let beta = false;
  let keyEnv: string | null = null;
  for (const h of p.headers) {
    const split = splitHeader(h);
    if (!split) continue;
    if (split.name === 'revision' && (tLiteral(split.value) ?? '').trim().endsWith('.pre')) beta = true;
    if (split.name === 'authorization') keyEnv = tEnvOf(split.value) ?? keyEnv;
  }
  const out: ShRequestFacts[] = [];
  for (const u of p.urls) {
    const url = withScheme(u);
    const parts = tUrl(url);
    if (!parts) continue;
    out.push({
      method: method ? method.toUpperCase() : null, url: parts, include, beta, keyEnv,
      dependsOnParams: tDependsOnParams(url) || tDependsOnParams(p.method),
    });
  }
  return out;
}

/** curl accepts `a.klaviyo.com/api/lists` without a scheme. */
function withScheme(u: TValue): TValue {
  if (u.kind !== 'str' || typeof u.parts[0] !== 'string') return u;
  return /^a\.klaviyo\.com(\/|$)/i.test(u.parts[0]) ? tConcat(tstr('https://'), u) : u;
}

function includeOf(q: string): string[] {
  const m = /(?:^|&)include=([^&]*)/.exec(q);
  return m ? decodeComponent(m[1]).split(',').map((s) => s.trim()).filter(Boolean) : [];
}

/** `'Authorization: Klaviyo-API-Key $KEY'` → name (lower case) and the value after the colon. */
function splitHeader(h: TValue): { name: string; value: TValue } | null {
  if (h.kind !== 'str' || typeof h.parts[0] !== 'string') return null;
  const first = h.parts[0];
  const colon = first.indexOf(':');
  if (colon < 0) return null;
  const rest: TStrPart[] = [first.slice(colon + 1).trimStart(), ...h.parts.slice(1)];
  return { name: first.slice(0, colon).trim().toLowerCase(), value: { kind: 'str', parts: rest } };
}
