// Deterministic synthetic monorepos for the benchmark (`npm run bench`) and the multi-threaded
// scan test. A tree of N source files (~8 KB on average): 60% TS/JS, 20% Python, 10% PHP,
// 10% Ruby, about 2% of them calling Klaviyo through the shapes the detectors know (SDK
// instances exported by one module and used by another that never says "klaviyo", instances
// passed to classes and functions in other modules, request helpers called from other files,
// raw HTTP), plus noise scans must leave alone: node_modules/, dist/, minified bundles (named
// *.min.js, or only minified in content) and lockfiles. The same seed and size give the same
// bytes on every machine, so numbers compare across commits.
//
// Run alone: `npx tsx scripts/bench/generate.ts <dir> <files>`.

import fs from 'node:fs';
import path from 'node:path';

/** Bump when the output changes, so trees written by an older generator are rebuilt. */
export const GENERATOR_VERSION = '4';

export interface TreeInfo {
  root: string;
  /** Source files the scanner considers (TS/JS/Py/PHP/Rb outside excluded folders). */
  sourceFiles: number;
  sourceBytes: number;
  /** Every file written, noise included. */
  totalFiles: number;
  totalBytes: number;
  /** Source files that call Klaviyo (their calls are expected in the scan). */
  klaviyoFiles: string[];
  /** The 5,000-line TypeScript file the language-server latency is measured on (relative). */
  bigFile: string;
  byLanguage: Record<string, number>;
}

/** mulberry32: a tiny seeded PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const WORDS = ['order', 'cart', 'invoice', 'customer', 'price', 'stock', 'shipment', 'refund', 'coupon', 'review', 'basket', 'ledger',
  'tenant', 'session', 'payload', 'report', 'metric', 'budget', 'region', 'channel', 'vendor', 'supplier', 'warehouse', 'catalog',
  'account', 'audit', 'queue', 'token', 'cache', 'record', 'summary', 'batch', 'window', 'bucket', 'schedule', 'quota'];
const VERBS = ['load', 'build', 'compute', 'merge', 'validate', 'normalize', 'format', 'resolve', 'collect', 'apply', 'render', 'sync', 'parse', 'filter'];

const cap = (s: string): string => s[0].toUpperCase() + s.slice(1);
const snake = (a: string, b: string): string => `${a}_${b}`;

/** Average ~8 KB: 2–14 KB, uniform. */
const targetSize = (r: Rand): number => int(r, 2000, 14000);

// ---------------------------------------------------------------- plain code, per language

function tsPlain(r: Rand, id: string, imports: string[], js: boolean): string {
  const out: string[] = [`// ${id}: generated module (benchmark fixture).`];
  for (const imp of imports) out.push(`import { ${imp.split('|')[1]} } from './${imp.split('|')[0]}';`);
  const target = targetSize(r);
  let size = out.join('\n').length;
  const T = (t: string): string => (js ? '' : t);
  out.push(`export const ${id}Version = ${int(r, 1, 999)};`);
  for (let k = 0; size < target; k++) {
    const a = pick(r, WORDS);
    const b = pick(r, WORDS);
    const v = pick(r, VERBS);
    let chunk: string;
    switch (k % 4) {
      case 0:
        chunk = js ? `/** A ${a} with its ${b}. */` : `export interface ${cap(a)}${cap(b)}${k} {\n  id: string;\n  ${a}Count: number;\n  ${b}Name?: string;\n  tags: string[];\n}`;
        break;
      case 1:
        chunk = `export function ${v}${cap(a)}${k}(items${T(': number[]')}, factor${T(': number')})${T(': number')} {\n  let total = 0;\n  for (const x of items) {\n    if (x % ${int(r, 2, 9)} === 0) total += x * factor;\n    else total -= Math.floor(x / ${int(r, 2, 7)});\n  }\n  const label = \`${a}-\${total}-${b}\`;\n  return label.length > ${int(r, 5, 40)} ? total : total + ${int(r, 1, 99)};\n}`;
        break;
      case 2:
        chunk = `export class ${cap(a)}${cap(v)}er${k} {\n  private readonly cache = new Map${T('<string, number>')}();\n  constructor(private readonly prefix${T(': string')} = '${b}') {}\n  get(key${T(': string')})${T(': number')} {\n    const hit = this.cache.get(this.prefix + key);\n    if (hit !== undefined) return hit;\n    const value = key.split('').reduce((n, c) => n + c.charCodeAt(0), ${int(r, 0, 100)});\n    this.cache.set(this.prefix + key, value);\n    return value;\n  }\n  clear()${T(': void')} {\n    this.cache.clear();\n  }\n}`;
        break;
      default:
        chunk = `export const ${a}${cap(b)}Table${k} = {\n  name: '${a} ${b}',\n  limits: [${int(r, 1, 9)}, ${int(r, 10, 99)}, ${int(r, 100, 999)}],\n  enabled: ${r() < 0.5},\n  describe: (n${T(': number')}) => \`\${n} ${b} per ${a}\`,\n};`;
    }
    out.push('', chunk);
    size += chunk.length + 2;
  }
  return out.join('\n') + '\n';
}

function pyPlain(r: Rand, id: string, imports: string[]): string {
  const out: string[] = [`"""${id}: generated module (benchmark fixture)."""`, 'import math', 'from dataclasses import dataclass'];
  for (const imp of imports) out.push(`from .${imp.split('|')[0]} import ${imp.split('|')[1]}`);
  const target = targetSize(r);
  let size = out.join('\n').length;
  out.push('', `VERSION_${id.toUpperCase()} = ${int(r, 1, 999)}`);
  for (let k = 0; size < target; k++) {
    const a = pick(r, WORDS);
    const b = pick(r, WORDS);
    const v = pick(r, VERBS);
    const chunk = k % 3 === 0
      ? `@dataclass\nclass ${cap(a)}${cap(b)}${k}:\n    name: str\n    count: int = ${int(r, 0, 9)}\n\n    def ${v}(self, items):\n        total = 0\n        for x in items:\n            if x % ${int(r, 2, 9)} == 0:\n                total += x * self.count\n            else:\n                total -= math.floor(x / ${int(r, 2, 7)})\n        return f"{self.name}-{total}"\n`
      : k % 3 === 1
        ? `def ${snake(v, a)}_${k}(rows, factor=${int(r, 1, 9)}):\n    """${cap(v)} the ${a} rows by ${b}."""\n    out = {}\n    for row in rows:\n        key = row.get("${b}", "none")\n        out[key] = out.get(key, 0) + row.get("${a}", 0) * factor\n    return sorted(out.items(), key=lambda kv: kv[1])\n`
        : `${a.toUpperCase()}_${b.toUpperCase()}_${k} = {\n    "name": "${a} ${b}",\n    "limits": [${int(r, 1, 9)}, ${int(r, 10, 99)}, ${int(r, 100, 999)}],\n    "enabled": ${r() < 0.5 ? 'True' : 'False'},\n}\n`;
    out.push('', chunk);
    size += chunk.length + 1;
  }
  return out.join('\n') + '\n';
}

function phpPlain(r: Rand, id: string): string {
  const out: string[] = ['<?php', `// ${id}: generated class (benchmark fixture).`, '', `namespace Acme\\Bench;`, '', `final class ${cap(id)}`, '{'];
  const target = targetSize(r);
  let size = out.join('\n').length;
  for (let k = 0; size < target; k++) {
    const a = pick(r, WORDS);
    const b = pick(r, WORDS);
    const v = pick(r, VERBS);
    const chunk = `    public function ${v}${cap(a)}${k}(array $items, int $factor = ${int(r, 1, 9)}): array\n    {\n        $out = [];\n        foreach ($items as $key => $item) {\n            if (($item['${b}'] ?? 0) % ${int(r, 2, 9)} === 0) {\n                $out[$key] = ($item['${a}'] ?? 0) * $factor;\n            } else {\n                $out[$key] = sprintf('%s-%d', '${a}', $factor);\n            }\n        }\n        return $out;\n    }\n`;
    out.push(chunk);
    size += chunk.length + 1;
  }
  out.push('}');
  return out.join('\n') + '\n';
}

function rbPlain(r: Rand, id: string): string {
  const out: string[] = [`# ${id}: generated module (benchmark fixture).`, `module Bench`, `  class ${cap(id)}`];
  const target = targetSize(r);
  let size = out.join('\n').length;
  for (let k = 0; size < target; k++) {
    const a = pick(r, WORDS);
    const b = pick(r, WORDS);
    const v = pick(r, VERBS);
    const chunk = `    def ${v}_${a}_${k}(items, factor = ${int(r, 1, 9)})\n      items.each_with_object({}) do |item, out|\n        key = item.fetch(:${b}, :none)\n        if (item[:${a}] || 0) % ${int(r, 2, 9)} == 0\n          out[key] = (out[key] || 0) + item[:${a}].to_i * factor\n        else\n          out[key] = "#{key}-#{factor}"\n        end\n      end\n    end\n`;
    out.push(chunk);
    size += chunk.length + 1;
  }
  out.push('  end', 'end');
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------- Klaviyo shapes, per language

const SDK_GROUPS = [
  { cls: 'ProfilesApi', v: 'profiles', calls: ["getProfiles({ include: ['lists'] })", 'getProfile(id)', 'createProfile(body)'] },
  { cls: 'ListsApi', v: 'lists', calls: ['getLists()', 'getList(id)', 'createList(body)'] },
  { cls: 'EventsApi', v: 'events', calls: ['createEvent(body)', 'getEvents()'] },
  { cls: 'CampaignsApi', v: 'campaigns', calls: ["getCampaigns(\"equals(messages.channel,'email')\")"] },
  { cls: 'MetricsApi', v: 'metrics', calls: ['getMetrics()'] },
];
const HTTP_PATHS = [["'/profiles'", "'POST'"], ["'/lists'", "'GET'"], ['`/lists/${id}`', "'GET'"], ["'/events'", "'POST'"], ["'/segments'", "'GET'"], ["'/metrics'", "'GET'"]];

interface Emitted {
  files: { rel: string; text: string; calls: boolean }[];
}

/**
 * A TS/JS group of files in `dir` (relative), module names from `base`. Shapes:
 * 0 exported SDK instances + a consumer that never says "klaviyo" (+ its own importer);
 * 1 a class taking an SDK instance, constructed in another module;
 * 2 a request helper called from another file;
 * 3 raw fetch / axios instance in one file.
 */
function tsKlaviyo(r: Rand, dir: string, base: string, shape: number, js: boolean): Emitted {
  const g = pick(r, SDK_GROUPS);
  const g2 = pick(r, SDK_GROUPS);
  const ext = js ? 'js' : 'ts';
  const T = (t: string): string => (js ? '' : t);
  const pad = (text: string): string => text + '\n' + tsPlain(r, `${base}Pad`, [], js).split('\n').slice(1).join('\n');
  const f = (name: string, text: string, calls: boolean) => ({ rel: `${dir}/${name}.${ext}`, text: pad(text), calls });
  switch (shape) {
    case 0:
      return { files: [
        f(`${base}Crm`, `import { ApiKeySession, ${g.cls}, ${g2.cls === g.cls ? '' : g2.cls + ', '}} from 'klaviyo-api';
const session = new ApiKeySession(process.env.KLAVIYO_PRIVATE_KEY${T('!')});
export const ${g.v}Client = new ${g.cls}(session);
export const ${g2.v}Other = new ${g2.cls}(session);
export async function warm${cap(base)}(id${T(': string')}, body${T(': never')}) {
  return ${g.v}Client.${pick(r, g.calls)};
}`, true),
        f(`${base}Use`, `import { ${g.v}Client, ${g2.v}Other } from './${base}Crm';
export async function run${cap(base)}(id${T(': string')}, body${T(': never')}) {
  await ${g.v}Client.${pick(r, g.calls)};
  return ${g2.v}Other.${pick(r, g2.calls)};
}`, true),
        f(`${base}Job`, `import { run${cap(base)} } from './${base}Use';
export const job${cap(base)} = (id${T(': string')}) => run${cap(base)}(id, {}${T(' as never')});`, false),
      ] };
    case 1:
      return { files: [
        f(`${base}Service`, `import { ${g.cls} } from 'klaviyo-api';
export class ${cap(base)}Service {
  constructor(${js ? 'api' : `private readonly api: ${g.cls}`}) {${js ? ' this.api = api; ' : ''}}
  async run(id${T(': string')}, body${T(': never')}) {
    return this.api.${pick(r, g.calls)};
  }
}
export async function syncWith(api${T(`: ${g.cls}`)}, id${T(': string')}, body${T(': never')}) {
  return api.${pick(r, g.calls)};
}`, !js), // untyped JS: the instance's class is only known at the call site, which detectors do not follow
        f(`${base}Wire`, `import { ApiKeySession, ${g.cls} } from 'klaviyo-api';
import { ${cap(base)}Service, syncWith } from './${base}Service';
const api = new ${g.cls}(new ApiKeySession(process.env.KLAVIYO_PRIVATE_KEY${T('!')}));
export const service = new ${cap(base)}Service(api);
export const start = (id${T(': string')}) => syncWith(api, id, {}${T(' as never')});`, false),
      ] };
    case 2: {
      const [p1, m1] = pick(r, HTTP_PATHS);
      const [p2, m2] = pick(r, HTTP_PATHS);
      return { files: [
        f(`${base}Http`, `const BASE = 'https://a.klaviyo.com/api';
export async function klaviyoRequest(path${T(': string')}, method = 'GET', body${T('?: unknown')}) {
  return fetch(BASE + path, {
    method,
    headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_PRIVATE_KEY}\`, revision: '2026-07-15' },
    body: body ? JSON.stringify(body) : undefined,
  });
}
export const first${cap(base)} = (id${T(': string')}) => klaviyoRequest(${p1}, ${m1});`, true),
        f(`${base}Calls`, `import { klaviyoRequest as send } from './${base}Http';
export async function push${cap(base)}(id${T(': string')}) {
  await send(${p2}, ${m2}, { data: {} });
  return send(${p1}, ${m1});
}`, true),
      ] };
    }
    default: {
      const [p1, m1] = pick(r, HTTP_PATHS);
      return { files: [
        f(`${base}Raw`, `import axios from 'axios';
const api = axios.create({ baseURL: 'https://a.klaviyo.com/api', headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_PRIVATE_KEY}\` } });
export async function raw${cap(base)}(id${T(': string')}) {
  await fetch(\`https://a.klaviyo.com/api/profiles/\${id}\`, { headers: { revision: '2026-07-15' } });
  return api.request({ url: ${p1}, method: ${m1} });
}`, true),
      ] };
    }
  }
}

function pyKlaviyo(r: Rand, dir: string, base: string, shape: number): Emitted {
  const pad = (text: string): string => text + '\n' + pyPlain(r, `${base}_pad`, []).split('\n').slice(1).join('\n');
  const f = (name: string, text: string, calls: boolean) => ({ rel: `${dir}/${name}.py`, text: pad(text), calls });
  if (shape === 0) {
    return { files: [
      f(`${base}_client`, `import os\nfrom klaviyo_api import KlaviyoAPI\n\nklaviyo = KlaviyoAPI(os.environ["KLAVIYO_PRIVATE_KEY"], max_retries=3)\n\n\ndef vip(segment_id):\n    return klaviyo.Segments.get_profiles_for_segment(segment_id, page_size=100)\n`, true),
      f(`${base}_jobs`, `from .${base}_client import klaviyo\n\n\ndef nightly(pid):\n    klaviyo.Profiles.get_profile(pid)\n    return klaviyo.Events.get_events()\n`, true),
    ] };
  }
  return { files: [
    f(`${base}_http`, `import os\nimport requests\n\nKLAVIYO_BASE = "https://a.klaviyo.com/api"\n\n\ndef _get(path, **params):\n    headers = {"Authorization": f"Klaviyo-API-Key {os.environ['KLAVIYO_PRIVATE_KEY']}", "revision": "2026-07-15"}\n    return requests.get(f"{KLAVIYO_BASE}{path}", headers=headers, params=params, timeout=30)\n\n\ndef names():\n    _get("/segments")\n    requests.post(f"{KLAVIYO_BASE}/events", json={}, timeout=30)\n    return _get("/lists")\n`, true),
  ] };
}

function phpKlaviyo(r: Rand, dir: string, base: string): Emitted {
  const name = `${cap(base)}Sync`;
  const body = `<?php\nnamespace Acme\\Bench;\n\nuse KlaviyoAPI\\KlaviyoAPI;\n\nfinal class ${name}\n{\n    public function __construct(private KlaviyoAPI $klaviyo)\n    {\n    }\n\n    public static function fromEnvironment(): self\n    {\n        return new self(new KlaviyoAPI(getenv('KLAVIYO_SHOP_KEY'), num_retries: 3));\n    }\n\n    public function orderPlaced(array $order): void\n    {\n        $this->klaviyo->Events->createEvent(['data' => ['type' => 'event']]);\n        $this->klaviyo->${pick(r, ['Profiles->getProfiles()', 'Lists->getLists()', 'Catalogs->createCatalogItem([])'])};\n    }\n`;
  const pad = phpPlain(r, `${base}Pad`).split('\n').slice(7).join('\n');
  return { files: [{ rel: `${dir}/${name}.php`, text: body + pad, calls: true }] };
}

function rbKlaviyo(r: Rand, dir: string, base: string): Emitted {
  const text = `require 'klaviyo-api-sdk'\nrequire 'net/http'\n\nKlaviyoAPI.configure do |config|\n  config.api_key['Klaviyo-API-Key'] = "Klaviyo-API-Key #{ENV['KLAVIYO_PRIVATE_KEY']}"\nend\n\ndef ${base}_sync(id)\n  KlaviyoAPI::Profiles.get_profile(id, include: 'lists')\n  KlaviyoAPI::${pick(r, ['Lists.get_lists', 'Metrics.get_metrics', 'Segments.get_segments'])}\n  Net::HTTP.get(URI('https://a.klaviyo.com/api/accounts'))\nend\n`;
  const pad = rbPlain(r, `${base}_pad`).split('\n').slice(1).join('\n');
  return { files: [{ rel: `${dir}/${base}_sync.rb`, text: text + pad, calls: true }] };
}

// ------------------------------------------------------------------------------- noise

function sdkLike(r: Rand, kb: number): string {
  const out = ['"use strict";', '// klaviyo-api (vendored copy in node_modules): never scanned.'];
  while (out.join('\n').length < kb * 1024) {
    const a = pick(r, WORDS);
    out.push(`exports.${a}${int(r, 0, 9999)} = function (session) { return fetch('https://a.klaviyo.com/api/${a}s', { headers: { Authorization: 'Klaviyo-API-Key ' + session.key } }); };`);
  }
  return out.join('\n') + '\n';
}

function minified(r: Rand, kb: number): string {
  let s = '!function(){"use strict";var k="https://a.klaviyo.com/api";';
  while (s.length < kb * 1024) s += `function ${pick(r, WORDS)}${int(r, 0, 999)}(a,b){return fetch(k+"/${pick(r, WORDS)}s",{method:"POST",body:JSON.stringify(a)}).then(function(c){return c.json()})}`;
  return s + '}();\n';
}

function lockfile(r: Rand, kb: number): string {
  const packages: Record<string, unknown> = { '': { name: 'bench', dependencies: { 'klaviyo-api': '^23.0.0' } } };
  packages['node_modules/klaviyo-api'] = { version: '23.0.0', resolved: 'https://registry.npmjs.org/klaviyo-api/-/klaviyo-api-23.0.0.tgz', integrity: 'sha512-bench' };
  for (let i = 0; JSON.stringify(packages).length < kb * 1024; i++) {
    packages[`node_modules/${pick(r, WORDS)}-${pick(r, VERBS)}-${i}`] = { version: `${int(r, 0, 9)}.${int(r, 0, 20)}.${int(r, 0, 40)}`, resolved: `https://registry.npmjs.org/x/-/x-${i}.tgz`, integrity: `sha512-${i.toString(36)}` };
  }
  return JSON.stringify({ name: 'bench', lockfileVersion: 3, requires: true, packages }, null, 2) + '\n';
}

/** The 5,000-line file for the edit and hover latencies: calls every 25 functions. */
export function bigTsFile(lines: number): string {
  const out = ["import { ApiKeySession, ProfilesApi, ListsApi } from 'klaviyo-api';", 'const s = new ApiKeySession(process.env.KLAVIYO_KEY!);', 'const profiles = new ProfilesApi(s);', 'const lists = new ListsApi(s);'];
  for (let i = 0; out.length < lines; i++) {
    out.push(`export async function handler${i}(id: string, n: number): Promise<number> {`);
    out.push(i % 25 === 0 ? `  await ${i % 50 === 0 ? 'profiles.getProfile(id)' : "lists.getLists({ include: ['tags'] })"};` : `  const x${i} = n * ${i} + id.length;`);
    out.push(`  return x${i % 25 === 0 ? 0 : i} ?? ${i};`, '}', '');
  }
  return out.slice(0, lines).join('\n') + '\n';
}

// ------------------------------------------------------------------------------- the tree

const KLAVIYO_SHARE = 0.02;
const PER_PACKAGE = 50;

/**
 * Writes the tree for `files` source files under `root` (replacing what is there) unless a tree
 * of this generator version, size and seed is already there.
 */
export function generateTree(root: string, files: number, seed = 20240611): TreeInfo {
  const marker = path.join(root, '.bench-tree.json');
  const stamp = `${GENERATOR_VERSION}:${files}:${seed}`;
  try {
    const old = JSON.parse(fs.readFileSync(marker, 'utf8')) as { stamp: string; info: TreeInfo };
    if (old.stamp === stamp) return { ...old.info, root };
  } catch {
    // No tree yet, or an unreadable marker: write it anew.
  }
  fs.rmSync(root, { recursive: true, force: true });
  const r = rng(seed ^ files);
  const info: TreeInfo = { root, sourceFiles: 0, sourceBytes: 0, totalFiles: 0, totalBytes: 0, klaviyoFiles: [], bigFile: '', byLanguage: {} };
  const madeDirs = new Set<string>();
  const write = (rel: string, text: string, source: boolean, lang?: string): void => {
    const abs = path.join(root, rel);
    const dir = path.dirname(abs);
    if (!madeDirs.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    fs.writeFileSync(abs, text);
    const bytes = Buffer.byteLength(text);
    info.totalFiles++;
    info.totalBytes += bytes;
    if (source) {
      info.sourceFiles++;
      info.sourceBytes += bytes;
      if (lang) info.byLanguage[lang] = (info.byLanguage[lang] ?? 0) + 1;
    }
  };

  write('package.json', JSON.stringify({ name: 'bench-monorepo', private: true, workspaces: ['packages/*'], dependencies: { 'klaviyo-api': '^23.0.0' } }, null, 2) + '\n', false);
  write('package-lock.json', lockfile(r, 400), false);
  write('klaviyo.keys.json', JSON.stringify({ keys: [{ name: 'app', scopes: [
    'profiles:read', 'profiles:write', 'lists:read', 'lists:write', 'events:read', 'events:write', 'campaigns:read', 'metrics:read',
    'segments:read', 'catalogs:write', 'accounts:read', 'tags:read',
  ] }] }, null, 2) + '\n', false);
  // As in most repositories; ripgrep honours it (klaviyo-scopes skips these folders anyway).
  write('.gitignore', 'node_modules/\ndist/\n', false);
  // The language server's latency file: a source file like any other (it calls Klaviyo).
  info.bigFile = 'packages/pkg0000/src/handlers-big.ts';
  write(info.bigFile, bigTsFile(5000), true, 'typescript');
  info.klaviyoFiles.push(info.bigFile);

  let remaining = files - 1;
  for (let p = 0; remaining > 0; p++) {
    const pkg = `packages/pkg${String(p).padStart(4, '0')}`;
    const count = Math.min(PER_PACKAGE, remaining);
    // Earlier modules of each language in this package, for relative imports.
    const tsMods: string[] = [];
    const pyMods: string[] = [];
    let written = 0;
    if (p % 10 === 1 && count > 1) {
      // Minified by content only, under a source name: listed, then skipped as minified.
      write(`${pkg}/src/chunk-${p}.js`, minified(r, 10), true, 'javascript');
      written++;
    }
    let pending: Emitted['files'] = [];
    for (let i = 0; written < count; i++) {
      // A Klaviyo group spans a few files; its files take the next slots.
      if (pending.length > 0) {
        const f = pending.shift()!;
        const lang = f.rel.endsWith('.py') ? 'python' : f.rel.endsWith('.php') ? 'php' : f.rel.endsWith('.rb') ? 'ruby' : f.rel.endsWith('.js') ? 'javascript' : 'typescript';
        write(`${pkg}/${f.rel}`, f.text, true, lang);
        if (f.calls) info.klaviyoFiles.push(`${pkg}/${f.rel}`);
        written++;
        continue;
      }
      const x = r();
      const lang = x < 0.42 ? 'typescript' : x < 0.6 ? 'javascript' : x < 0.8 ? 'python' : x < 0.9 ? 'php' : 'ruby';
      // Groups average ~1.6 files, ~1.3 of them calling: this rate gives ~2% calling files.
      if (r() < KLAVIYO_SHARE / 1.3) {
        const base = `k${p}x${i}`;
        if (lang === 'typescript' || lang === 'javascript') pending = tsKlaviyo(r, 'src', base, int(r, 0, 3), lang === 'javascript').files;
        else if (lang === 'python') pending = pyKlaviyo(r, 'py', base, int(r, 0, 1)).files;
        else if (lang === 'php') pending = phpKlaviyo(r, 'php', base).files;
        else pending = rbKlaviyo(r, 'rb', base).files;
        pending = pending.slice(0, count - written);
        continue;
      }
      if (lang === 'typescript' || lang === 'javascript') {
        const id = `mod${i}`;
        const imports = tsMods.length > 0 && r() < 0.4 ? [pick(r, tsMods)] : [];
        if (r() < 0.15 && tsMods.length > 1) imports.push(pick(r, tsMods));
        write(`${pkg}/src/${id}.${lang === 'javascript' ? 'js' : 'ts'}`, tsPlain(r, id, [...new Set(imports)], lang === 'javascript'), true, lang);
        tsMods.push(`${id}|${id}Version`);
      } else if (lang === 'python') {
        const id = `mod_${i}`;
        const imports = pyMods.length > 0 && r() < 0.4 ? [pick(r, pyMods)] : [];
        write(`${pkg}/py/${id}.py`, pyPlain(r, id, imports), true, lang);
        pyMods.push(`${id}|VERSION_${id.toUpperCase()}`);
      } else if (lang === 'php') {
        write(`${pkg}/php/Mod${i}.php`, phpPlain(r, `mod${i}`), true, lang);
      } else {
        write(`${pkg}/rb/mod_${i}.rb`, rbPlain(r, `mod${i}`), true, lang);
      }
      written++;
    }
    remaining -= written;

    // Noise, excluded by default: dependencies, build output, minified bundles, lockfiles.
    if (p % 4 === 0) {
      write(`${pkg}/package.json`, JSON.stringify({ name: `@bench/pkg${p}`, version: '1.0.0', dependencies: { 'klaviyo-api': '^23.0.0' } }, null, 2) + '\n', false);
      write(`${pkg}/yarn.lock`, `# yarn lockfile v1\n\nklaviyo-api@^23.0.0:\n  version "23.0.0"\n  resolved "https://registry.yarnpkg.com/klaviyo-api/-/klaviyo-api-23.0.0.tgz"\n` + '\n'.repeat(1) + lockfile(r, 20).replace(/[{}"]/g, ''), false);
      write(`${pkg}/node_modules/klaviyo-api/dist/index.js`, sdkLike(r, 24), false);
      write(`${pkg}/node_modules/left-pad-lite/index.js`, tsPlain(r, 'leftPadLite', [], true), false);
    }
    if (p % 3 === 0) write(`${pkg}/dist/index.js`, minified(r, 16), false);
    if (p % 5 === 0) write(`${pkg}/src/vendor.min.js`, minified(r, 12), false);
  }
  fs.writeFileSync(marker, JSON.stringify({ stamp, info }, null, 1));
  return info;
}

if (require.main === module) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: tsx scripts/bench/generate.ts <dir> <files>');
    process.exit(2);
  }
  const t0 = Date.now();
  const info = generateTree(path.resolve(dir), Number(n));
  console.log(`${info.sourceFiles} source files (${(info.sourceBytes / 1e6).toFixed(1)} MB), ${info.totalFiles} files in all, ${info.klaviyoFiles.length} calling Klaviyo; ${Date.now() - t0} ms`);
}
