// Generated code that calls Klaviyo, in the shapes the detectors know, per language; and the
// language server's 5,000-line latency file.

import { csPlain, goPlain, javaPlain, phpPlain, pyPlain, rbPlain, tsPlain } from './plain-code';
import { cap, pick, type Rand } from './random';

const SDK_GROUPS = [
  { cls: 'ProfilesApi', v: 'profiles', calls: ["getProfiles({ include: ['lists'] })", 'getProfile(id)', 'createProfile(body)'] },
  { cls: 'ListsApi', v: 'lists', calls: ['getLists()', 'getList(id)', 'createList(body)'] },
  { cls: 'EventsApi', v: 'events', calls: ['createEvent(body)', 'getEvents()'] },
  { cls: 'CampaignsApi', v: 'campaigns', calls: ["getCampaigns(\"equals(messages.channel,'email')\")"] },
  { cls: 'MetricsApi', v: 'metrics', calls: ['getMetrics()'] },
];
const HTTP_PATHS = [["'/profiles'", "'POST'"], ["'/lists'", "'GET'"], ['`/lists/${id}`', "'GET'"], ["'/events'", "'POST'"], ["'/segments'", "'GET'"], ["'/metrics'", "'GET'"]];

export interface Emitted {
  files: { rel: string; text: string; calls: boolean }[];
}

/**
 * A TS/JS group of files in `dir` (relative), module names from `base`. Shapes:
 * 0 exported SDK instances + a consumer that never says "klaviyo" (+ its own importer);
 * 1 a class taking an SDK instance, constructed in another module;
 * 2 a request helper called from another file;
 * 3 raw fetch / axios instance in one file.
 */
export function tsKlaviyo(r: Rand, dir: string, base: string, shape: number, js: boolean): Emitted {
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

export function pyKlaviyo(r: Rand, dir: string, base: string, shape: number): Emitted {
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

export function phpKlaviyo(r: Rand, dir: string, base: string): Emitted {
  const name = `${cap(base)}Sync`;
  const body = `<?php\nnamespace Acme\\Bench;\n\nuse KlaviyoAPI\\KlaviyoAPI;\n\nfinal class ${name}\n{\n    public function __construct(private KlaviyoAPI $klaviyo)\n    {\n    }\n\n    public static function fromEnvironment(): self\n    {\n        return new self(new KlaviyoAPI(getenv('KLAVIYO_SHOP_KEY'), num_retries: 3));\n    }\n\n    public function orderPlaced(array $order): void\n    {\n        $this->klaviyo->Events->createEvent(['data' => ['type' => 'event']]);\n        $this->klaviyo->${pick(r, ['Profiles->getProfiles()', 'Lists->getLists()', 'Catalogs->createCatalogItem([])'])};\n    }\n`;
  const pad = phpPlain(r, `${base}Pad`).split('\n').slice(7).join('\n');
  return { files: [{ rel: `${dir}/${name}.php`, text: body + pad, calls: true }] };
}

export function rbKlaviyo(r: Rand, dir: string, base: string): Emitted {
  const text = `require 'klaviyo-api-sdk'\nrequire 'net/http'\n\nKlaviyoAPI.configure do |config|\n  config.api_key['Klaviyo-API-Key'] = "Klaviyo-API-Key #{ENV['KLAVIYO_PRIVATE_KEY']}"\nend\n\ndef ${base}_sync(id)\n  KlaviyoAPI::Profiles.get_profile(id, include: 'lists')\n  KlaviyoAPI::${pick(r, ['Lists.get_lists', 'Metrics.get_metrics', 'Segments.get_segments'])}\n  Net::HTTP.get(URI('https://a.klaviyo.com/api/accounts'))\nend\n`;
  const pad = rbPlain(r, `${base}_pad`).split('\n').slice(1).join('\n');
  return { files: [{ rel: `${dir}/${base}_sync.rb`, text: text + pad, calls: true }] };
}

export function goKlaviyo(r: Rand, dir: string, base: string): Emitted {
  const pkg = base.toLowerCase();
  const client = `// Package ${pkg} syncs orders to Klaviyo.\npackage ${pkg}\n\nimport "net/http"\n\nconst api = "https://a.klaviyo.com/api"\n\ntype Client struct{ hc *http.Client }\n\nfunc (c *Client) do(method, path string) (*http.Response, error) {\n\treq, err := http.NewRequest(method, api+path, nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treturn c.hc.Do(req)\n}\n`;
  const calls = `package ${pkg}\n\nfunc (c *Client) Sync(id string) {\n\tc.do("POST", "/events")\n\tc.do("GET", "/${pick(r, ['profiles', 'lists', 'segments'])}/" + id)\n}\n` + goPlain(r, `${pkg}pad`).split('\n').slice(4).join('\n');
  return { files: [{ rel: `${dir}/${pkg}/client.go`, text: client, calls: false }, { rel: `${dir}/${pkg}/sync.go`, text: calls, calls: true }] };
}

export function javaKlaviyo(r: Rand, dir: string, base: string): Emitted {
  const name = `${cap(base)}Klaviyo`;
  const text = `package acme.bench;\n\npublic class ${name} {\n  private static final String API = "https://a.klaviyo.com/api";\n  private final RestTemplate rest;\n\n  public ${name}(RestTemplate rest) { this.rest = rest; }\n\n  private String send(HttpMethod m, String path) { return rest.exchange(API + path, m, null, String.class).getBody(); }\n\n  public void sync(String id) {\n    send(HttpMethod.POST, "/events");\n    send(HttpMethod.GET, "/${pick(r, ['profiles', 'lists', 'metrics'])}/" + id);\n  }\n` + javaPlain(r, `${base}Pad`).split('\n').slice(4).join('\n');
  return { files: [{ rel: `${dir}/${name}.java`, text, calls: true }] };
}

export function csKlaviyo(r: Rand, dir: string, base: string): Emitted {
  const name = `${cap(base)}Klaviyo`;
  const text = `namespace Acme.Bench;\n\npublic class ${name}\n{\n    private readonly HttpClient _http;\n    public ${name}(HttpClient http) { _http = http; _http.BaseAddress = new Uri("https://a.klaviyo.com/api/"); }\n\n    public async Task Sync(string id, HttpContent c)\n    {\n        await _http.PostAsync("events", c);\n        await _http.GetAsync($"${pick(r, ['profiles', 'lists', 'flows'])}/{id}");\n    }\n` + csPlain(r, `${base}Pad`).split('\n').slice(5).join('\n');
  return { files: [{ rel: `${dir}/${name}.cs`, text, calls: true }] };
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
