// Seed files the fuzzers mutate: the examples/ workspace plus a few lines per detector (SDK
// call, raw HTTP, request helper, legacy SDK) in each language, so mutations start from code
// every detector actually reacts to rather than from text none of them would look at.
import fs from 'node:fs';
import path from 'node:path';

const EXAMPLES = path.resolve(__dirname, '../../examples');
const A = 'https://a.klaviyo.com';

function examples(ext: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (ext.test(e.name)) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  walk(EXAMPLES);
  return out;
}

const TS = [
  `import { ApiKeySession, ProfilesApi, ListsApi } from 'klaviyo-api';
const session = new ApiKeySession(process.env.KLAVIYO_KEY!);
const profiles = new ProfilesApi(session);
await profiles.getProfile('abc', { include: ['lists'] });
export const lists = new ListsApi(session);
lists.getLists().then((r) => r.body);`,
  `const BASE = 'https://a.klaviyo.com/api';
async function klaviyoRequest(path: string, method = 'GET', body?: unknown) {
  return fetch(\`\${BASE}\${path}\`, { method, body: JSON.stringify(body), headers: { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_PRIVATE_KEY}\`, revision: '2024-10-15.pre' } });
}
klaviyoRequest('/profiles', 'POST', {});
export const getList = (id: string) => klaviyoRequest(\`/lists/\${id}?include=tags\`);`,
  `const axios = require('axios');
axios.post('${A}/api/events', {}, { headers: { Authorization: 'Klaviyo-API-Key ' + process.env.K } });
axios({ method: 'delete', url: '${A}/api/lists/' + id + '/relationships/profiles' });
fetch('${A}/api/v2/list/abc/members?api_key=' + key);`,
  `const Klaviyo = require('klaviyo-node');
const client = new Klaviyo('PUBLIC');
client.track('Ordered', { $email: 'a@b.co' });
client.profiles.getProfile({ personId: 'x' });`,
  `class Sync { constructor(private readonly api = new (require('klaviyo-api').EventsApi)(s)) {}
  run() { return this.api.createEvent({ data: { type: 'event' } }); } }`,
];

const PY = [
  `from klaviyo_api import KlaviyoAPI
import os
klaviyo = KlaviyoAPI(os.environ["KLAVIYO_KEY"], max_delay=60, max_retries=3)
klaviyo.Profiles.get_profiles(include=["lists"])
klaviyo.Lists.get_list_profiles("L1")`,
  `import requests, os
BASE = "${A}/api"
def _get(path, **params):
    return requests.get(f"{BASE}{path}", headers={"Authorization": f"Klaviyo-API-Key {os.environ['K']}", "revision": "2024-10-15.pre"}, params=params)
_get("/segments")
requests.post(BASE + "/profiles/", json={})
requests.request("PATCH", "%s/lists/%s" % (BASE, list_id))`,
  `import klaviyo
client = klaviyo.Klaviyo(public_token="PUB", private_token=os.getenv("OLD"))
client.Lists.get_lists()
client.Public.track("Ordered", email="a@b.co")
urllib.request.urlopen("${A}/api/v1/metrics?api_key=x")`,
];

const PHP = [
  `<?php
use KlaviyoAPI\\KlaviyoAPI;
$klaviyo = new KlaviyoAPI(getenv('KLAVIYO_KEY'), num_retries: 3);
$klaviyo->Profiles->getProfiles(include: ['lists']);
$klaviyo->Lists->getList('L1');`,
  `<?php
class Api { const BASE = '${A}/api';
  private function request(string $method, string $path, array $body = []) {
    $ch = curl_init(self::BASE . $path);
    curl_setopt($ch, CURLOPT_CUSTOMREQUEST, $method);
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Klaviyo-API-Key ' . $_ENV['K'], 'revision: 2024-10-15']);
    return curl_exec($ch);
  }
  public function lists() { return $this->request('GET', "/lists/{$id}?include=tags"); } }
$http->post("${A}/api/events", ['json' => []]);
wp_remote_get('${A}/api/profiles/' . $id);`,
  `<?php
$client = new \\Klaviyo\\Klaviyo($private, $public);
$client->lists->getLists();
$client->publicAPI->track($event);
file_get_contents("${A}/api/v2/lists?api_key=$k");`,
];

const RB = [
  `require 'klaviyo-api-sdk'
KlaviyoAPI.configure { |c| c.api_key['Klaviyo-API-Key'] = "Klaviyo-API-Key #{ENV['KLAVIYO_KEY']}" }
KlaviyoAPI::Profiles.get_profile(profile_id, include: 'lists,segments')
KlaviyoAPI::Lists.get_lists`,
  `require 'net/http'
BASE = '${A}/api'
def klaviyo(path, method: :get) = HTTParty.send(method, "#{BASE}#{path}", headers: { 'Authorization' => "Klaviyo-API-Key #{ENV['K']}" })
klaviyo('/profiles', method: :post)
req = Net::HTTP::Get.new(URI("#{BASE}/lists?include=tags"))
Faraday.new(url: BASE).patch("/lists/#{id}")`,
  `require 'klaviyo'
Klaviyo.public_api_key = 'PUB'
Klaviyo::Public.track('Ordered', email: 'a@b.co')
Klaviyo::Lists.get_lists
RestClient.get("${A}/api/v1/metrics?api_key=#{k}")`,
];

const SH = [
  `#!/usr/bin/env bash
set -euo pipefail
BASE=${A}/api
curl --request PATCH "\${BASE}/profiles/$ID" --data "$BODY" -H "Authorization: Klaviyo-API-Key $KLAVIYO_PRIVATE_KEY"
curl -s '${A}/api/lists?include=tags' | jq '.data'
curl -X POST "${A}/api/v2/list/$L/members?api_key=$K"`,
  `for id in $(cat ids); do
  curl -sS -X DELETE -H 'revision: 2024-10-15.pre' "${A}/api/lists/\${id}/relationships/profiles/" &
done; wait
cat <<EOF | curl -d @- ${A}/api/events
{"data": {}}
EOF`,
];

const GO = [
  `package klaviyo

import ("fmt"; "net/http"; "os")

const base = "${A}/api"

type Client struct { http *http.Client; baseURL string }

func (c *Client) do(method, path string) (*http.Response, error) {
	req, _ := http.NewRequest(method, c.baseURL+path, nil)
	req.Header.Set("Authorization", "Klaviyo-API-Key "+os.Getenv("KLAVIYO_KEY"))
	return c.http.Do(req)
}

func (c *Client) Profile(id string) { c.do(http.MethodGet, fmt.Sprintf("/profiles/%s?include=lists", id)) }
func New() *Client { return &Client{http: http.DefaultClient, baseURL: base} }`,
];

const JAVA = [
  `package com.acme.klaviyo;

@FeignClient(name = "klaviyo", url = "\${klaviyo.url:${A}/api}")
interface KlaviyoApi { @PostMapping("/events") void track(Object e); }

public class KlaviyoService {
  private static final String BASE = "${A}/api";
  @Value("\${klaviyo.key}") private String key;
  private final RestTemplate rest = new RestTemplate();
  private final HttpClient http = HttpClient.newHttpClient();

  String send(HttpMethod m, String path) { return rest.exchange(BASE + path, m, null, String.class).getBody(); }
  void lists() { send(HttpMethod.GET, "/lists?include=tags"); }
  void profile(String id) throws Exception {
    http.send(HttpRequest.newBuilder().uri(URI.create(String.format("%s/profiles/%s", BASE, id))).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}`,
];

const CSHARP = [
  `namespace Acme.Klaviyo;

public class KlaviyoService
{
    private const string Base = "${A}/api/";
    private readonly HttpClient _http;
    public KlaviyoService(IHttpClientFactory f, IConfiguration c) { _http = f.CreateClient("klaviyo"); _http.BaseAddress = new Uri(c["Klaviyo:BaseUrl"] ?? Base); }
#if NET8_0
    public Task<string> Lists() => _http.GetStringAsync($"lists?include={"tags"}");
#else
    public Task<string> Lists() => _http.GetStringAsync("lists");
#endif
    public Task Track(object e) => _http.SendAsync(new HttpRequestMessage(HttpMethod.Post, @"events") { Content = null });
}

public interface IKlaviyoApi { [Get("/api/profiles/{id}")] Task<string> Profile(string id); }`,
];

/** One group per language family: each group's inputs run through all of that family's detectors. */
export const SEED_GROUPS: { name: string; extensions: string[]; seeds: string[] }[] = [
  { name: 'TypeScript/JavaScript', extensions: ['.ts', '.tsx', '.js', '.mjs', '.jsx'], seeds: [...TS, ...examples(/\.(ts|js)$/)] },
  { name: 'Python', extensions: ['.py'], seeds: [...PY, ...examples(/\.py$/)] },
  { name: 'PHP', extensions: ['.php'], seeds: [...PHP, ...examples(/\.php$/)] },
  { name: 'Ruby', extensions: ['.rb'], seeds: RB },
  { name: 'shell', extensions: ['.sh'], seeds: SH },
  { name: 'Go', extensions: ['.go'], seeds: [...GO, ...examples(/\.go$/)] },
  { name: 'Java', extensions: ['.java'], seeds: JAVA },
  { name: 'C#', extensions: ['.cs'], seeds: CSHARP },
];

export const CONFIG_SEEDS: string[] = [
  ...examples(/^klaviyo\.keys\.json$/),
  `{
  // The web app's key. Never put the key itself here.
  "$schema": "./schemas/klaviyo-keys.schema.json",
  "keys": [
    { "name": "web", "scopes": ["profiles:read", "lists:write", "Lists Read", "list:read"], "env": ["KLAVIYO_KEY"], "files": ["src/**", "!src/legacy/**"] },
    { "name": "jobs", "scopes": [], "files": ["jobs/*.py"], },
  ],
  "ignore": ["scripts/**"]
}`,
];
