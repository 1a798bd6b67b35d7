// Raw HTTP from Python: requests, httpx (sync/async, base_url), aiohttp (ClientSession, base_url),
// urllib.request, urllib3; URL shapes (f-strings, +, %, .format, join, urljoin, constants from
// this and other modules); method; include; beta revision header; key env; requests the API
// does not have; look-alikes.

import { countCases } from './harness';
import { runTreeTable, type Case } from './tree-harness';

const D = ['py-http-request'];
const FILE = 'app/main.py';
const H = 'import os\nimport requests\nBASE = "https://a.klaviyo.com/api"\n';

const LIBRARIES: Case[] = [
  {
    name: 'requests.get with a literal URL',
    files: 'import requests\nrequests.get("https://a.klaviyo.com/api/profiles")\n',
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], kind: 'http', confidence: 'certain', method: 'GET', range: 'requests.get("https://a.klaviyo.com/api/profiles")', nameText: 'requests.get', at: '2:1' }],
  },
  {
    name: 'requests.post / put / patch / delete',
    files: `${H}requests.post(f"{BASE}/lists", json={})\nrequests.patch(f"{BASE}/lists/L1", json={})\nrequests.delete(f"{BASE}/lists/L1")\nrequests.put(f"{BASE}/lists/L1")\n`,
    expect: [
      { operation: 'create_list', scopes: ['lists:write'], range: 'requests.post(f"{BASE}/lists", json={})', at: '4:1' },
      { operation: 'update_list', scopes: ['lists:write'], range: 'requests.patch(f"{BASE}/lists/L1", json={})', at: '5:1' },
      { operation: 'delete_list', scopes: ['lists:write'], range: 'requests.delete(f"{BASE}/lists/L1")', at: '6:1' },
      { operation: null, confidence: 'certain', note: 'no PUT', candidates: ['get_list', 'update_list', 'delete_list'], range: 'requests.put(f"{BASE}/lists/L1")', at: '7:1' },
    ],
  },
  {
    name: "requests.request('POST', url) and method=",
    files: `${H}requests.request("POST", BASE + "/events", json={})\nrequests.request(method="GET", url=BASE + "/metrics")\n`,
    expect: [
      { operation: 'create_event', scopes: ['events:write'], range: 'requests.request("POST", BASE + "/events", json={})', at: '4:1' },
      { operation: 'get_metrics', scopes: ['metrics:read'], range: 'requests.request(method="GET", url=BASE + "/metrics")', at: '5:1' },
    ],
  },
  {
    name: 'from requests import get, post',
    files: 'from requests import get as http_get, post\nhttp_get("https://a.klaviyo.com/api/segments")\npost("https://a.klaviyo.com/api/segments", json={})\n',
    expect: [
      { operation: 'get_segments', range: 'http_get("https://a.klaviyo.com/api/segments")', at: '2:1' },
      { operation: 'create_segment', scopes: ['segments:write'], range: 'post("https://a.klaviyo.com/api/segments", json={})', at: '3:1' },
    ],
  },
  {
    name: 'requests.Session() in a local, with headers.update (revision .pre → beta, key env)',
    files: `${H}s = requests.Session()\ns.headers.update({"Authorization": f"Klaviyo-API-Key {os.environ['KLAVIYO_KEY']}", "revision": "2026-07-15.pre"})\ns.get(f"{BASE}/campaigns")\n`,
    expect: [{ operation: 'get_campaigns_beta', beta: true, keyEnv: 'KLAVIYO_KEY', range: 's.get(f"{BASE}/campaigns")', at: '6:1' }],
  },
  {
    name: 'session headers set by key (session.headers["revision"] = ...)',
    files: `${H}session = requests.session()\nsession.headers["revision"] = "2026-07-15.pre"\nsession.headers["Authorization"] = "Klaviyo-API-Key " + os.getenv("PK")\nsession.post(BASE + "/campaigns", json={})\n`,
    expect: [{ operation: 'create_campaign_beta', beta: true, keyEnv: 'PK', range: 'session.post(BASE + "/campaigns", json={})', at: '7:1' }],
  },
  {
    name: 'with requests.Session() as s',
    files: `${H}with requests.Session() as s:\n    s.get(BASE + "/flows")\n`,
    expect: [{ operation: 'get_flows', range: 's.get(BASE + "/flows")', at: '5:5' }],
  },
  {
    name: 'session on self, built in __init__',
    files: `${H}class Klaviyo:\n    def __init__(self):\n        self.session = requests.Session()\n        self.session.headers.update({"Authorization": f"Klaviyo-API-Key {os.environ['K']}"})\n    def tags(self):\n        return self.session.get(f"{BASE}/tags")\n`,
    expect: [{ operation: 'get_tags', keyEnv: 'K', range: 'self.session.get(f"{BASE}/tags")', at: '9:16' }],
  },
  {
    name: 'httpx functions and httpx.request',
    files: 'import httpx\nhttpx.get("https://a.klaviyo.com/api/templates")\nhttpx.request("DELETE", "https://a.klaviyo.com/api/templates/T1")\n',
    expect: [
      { operation: 'get_templates', scopes: ['templates:read'], range: 'httpx.get("https://a.klaviyo.com/api/templates")', at: '2:1' },
      { operation: 'delete_template', scopes: ['templates:write'], range: 'httpx.request("DELETE", "https://a.klaviyo.com/api/templates/T1")', at: '3:1' },
    ],
  },
  {
    name: 'httpx.Client(base_url=...) then relative paths',
    files: 'import httpx\nclient = httpx.Client(base_url="https://a.klaviyo.com/api", headers={"revision": "2024-10-15"})\nclient.get("/profiles")\nclient.post("profiles")\n',
    expect: [
      { operation: 'get_profiles', range: 'client.get("/profiles")', at: '3:1' },
      { operation: 'create_profile', range: 'client.post("profiles")', at: '4:1' },
    ],
  },
  {
    name: 'httpx.AsyncClient as an async context manager',
    files: 'import httpx\nasync def main():\n    async with httpx.AsyncClient(base_url="https://a.klaviyo.com/api/") as c:\n        r = await c.get("lists/L1/profiles")\n',
    expect: [{ operation: 'get_profiles_for_list', scopes: ['lists:read', 'profiles:read'], range: 'c.get("lists/L1/profiles")', at: '4:19' }],
  },
  {
    name: 'aiohttp ClientSession: async with, await s.post(url)',
    files: 'import aiohttp\nURL = "https://a.klaviyo.com/api/events"\nasync def send(evt):\n    async with aiohttp.ClientSession() as s:\n        await s.post(URL, json=evt)\n',
    expect: [{ operation: 'create_event', range: 's.post(URL, json=evt)', at: '5:15' }],
  },
  {
    name: 'aiohttp ClientSession(base_url=...) and async with session.get(...) as resp',
    files: 'import aiohttp\nasync def main():\n    async with aiohttp.ClientSession("https://a.klaviyo.com") as session:\n        async with session.get("/api/metrics") as resp:\n            return await resp.json()\n',
    expect: [{ operation: 'get_metrics', range: 'session.get("/api/metrics")', at: '4:20' }],
  },
  {
    name: 'urllib.request: Request(url, method=POST) + urlopen',
    files: 'import json\nfrom urllib.request import Request, urlopen\nreq = Request("https://a.klaviyo.com/api/profile-import", data=json.dumps({}).encode(), method="POST")\nreq.add_header("revision", "2026-07-15")\nurlopen(req)\n',
    expect: [{ operation: 'create_or_update_profile', scopes: ['profiles:write'], range: 'urlopen(req)', at: '5:1' }],
  },
  {
    name: 'urllib.request: Request with data and no method is a POST; urlopen(url) is a GET',
    files: 'import urllib.request\nreq = urllib.request.Request("https://a.klaviyo.com/api/events", data=b"{}")\nurllib.request.urlopen(req)\nurllib.request.urlopen("https://a.klaviyo.com/api/accounts")\n',
    expect: [
      { operation: 'create_event', range: 'urllib.request.urlopen(req)', at: '3:1' },
      { operation: 'get_accounts', range: 'urllib.request.urlopen("https://a.klaviyo.com/api/accounts")', at: '4:1' },
    ],
  },
  {
    name: 'urllib3 PoolManager().request(method, url, fields=include)',
    files: 'import urllib3\nhttp = urllib3.PoolManager()\nhttp.request("GET", "https://a.klaviyo.com/api/lists/L1", fields={"include": "tags"})\n',
    expect: [{ operation: 'get_list', scopes: ['lists:read', 'tags:read'], includeScopes: ['tags:read'], range: 'http.request("GET", "https://a.klaviyo.com/api/lists/L1", fields={"include": "tags"})', at: '3:1' }],
  },
];

const URLS: Case[] = [
  {
    name: 'f-string with an id hole',
    files: `${H}def get(pid):\n    return requests.get(f"{BASE}/profiles/{pid}")\n`,
    expect: [{ operation: 'get_profile', confidence: 'certain', range: 'requests.get(f"{BASE}/profiles/{pid}")', at: '5:12' }],
  },
  {
    name: '+ concatenation across constants',
    files: `${H}PROFILES = BASE + "/profiles"\nrequests.get(PROFILES + "/" + "abc" + "/lists")\n`,
    expect: [{ operation: 'get_lists_for_profile', range: 'requests.get(PROFILES + "/" + "abc" + "/lists")', at: '5:1' }],
  },
  {
    name: '% formatting',
    files: `${H}requests.get("%s/segments/%s/profiles" % (BASE, "S1"))\nrequests.get("%(base)s/coupons" % {"base": BASE})\n`,
    expect: [
      { operation: 'get_profiles_for_segment', range: 'requests.get("%s/segments/%s/profiles" % (BASE, "S1"))', at: '4:1' },
      { operation: 'get_coupons', range: 'requests.get("%(base)s/coupons" % {"base": BASE})', at: '5:1' },
    ],
  },
  {
    name: '.format with positional and named fields',
    files: `${H}requests.get("{}/catalog-items/{}".format(BASE, 1))\nrequests.get("{base}/catalog-variants".format(base=BASE))\n`,
    expect: [
      { operation: 'get_catalog_item', range: 'requests.get("{}/catalog-items/{}".format(BASE, 1))', at: '4:1' },
      { operation: 'get_catalog_variants', range: 'requests.get("{base}/catalog-variants".format(base=BASE))', at: '5:1' },
    ],
  },
  {
    name: '"/".join and urljoin',
    files: `${H}from urllib.parse import urljoin\nrequests.get("/".join([BASE, "images"]))\nrequests.get(urljoin("https://a.klaviyo.com/api/", "webhooks"))\n`,
    expect: [
      { operation: 'get_images', range: 'requests.get("/".join([BASE, "images"]))', at: '5:1' },
      { operation: 'get_webhooks', range: 'requests.get(urljoin("https://a.klaviyo.com/api/", "webhooks"))', at: '6:1' },
    ],
  },
  {
    name: 'trailing slash and rstrip on the base',
    files: 'import requests\nBASE = "https://a.klaviyo.com/api/".rstrip("/")\nrequests.get(BASE + "/flows/")\n',
    expect: [{ operation: 'get_flows', range: 'requests.get(BASE + "/flows/")', at: '3:1' }],
  },
  {
    name: 'base URL from env with a Klaviyo default',
    files: 'import os, requests\nBASE = os.getenv("KLAVIYO_URL") or "https://a.klaviyo.com/api"\nrequests.get(f"{BASE}/reviews")\n',
    expect: [{ operation: 'get_reviews', range: 'requests.get(f"{BASE}/reviews")', at: '3:1' }],
  },
  {
    // The importing file must mention Klaviyo to be a candidate (workspace prefilter).
    name: 'constant imported from another module (absolute import)',
    files: {
      'app/config.py': 'KLAVIYO_URL = "https://a.klaviyo.com/api"\nHEADERS = {"revision": "2026-07-15.pre"}\n',
      [FILE]: 'import requests\nfrom app.config import KLAVIYO_URL, HEADERS\nrequests.get(f"{KLAVIYO_URL}/campaigns", headers=HEADERS)\n',
    },
    expect: [{ operation: 'get_campaigns_beta', beta: true, range: 'requests.get(f"{KLAVIYO_URL}/campaigns", headers=HEADERS)', at: '3:1', file: FILE }],
  },
  {
    name: 'constant imported with a relative import',
    files: {
      'app/settings.py': 'KLAVIYO = "https://a.klaviyo.com"\n',
      [FILE]: 'import requests\nfrom .settings import KLAVIYO\nrequests.get(KLAVIYO + "/api/tags")\n',
    },
    expect: [{ operation: 'get_tags', range: 'requests.get(KLAVIYO + "/api/tags")', at: '3:1', file: FILE }],
  },
  {
    name: 'URL built from the nearest earlier assignment in the same function',
    files: `${H}def sync():\n    url = BASE + "/profiles"\n    requests.get(url)\n    url = BASE + "/lists"\n    requests.post(url, json={})\n`,
    expect: [
      { operation: 'get_profiles', range: 'requests.get(url)', at: '6:5' },
      { operation: 'create_list', range: 'requests.post(url, json={})', at: '8:5' },
    ],
  },
  {
    name: 'augmented assignment adds a query string',
    files: `${H}url = BASE + "/lists/L1"\nurl += "?include=tags"\nrequests.get(url)\n`,
    expect: [{ operation: 'get_list', scopes: ['lists:read', 'tags:read'], range: 'requests.get(url)', at: '6:1' }],
  },
  {
    name: 'unknown path segment in a helper nobody calls: unresolved with candidates',
    files: `${H}def fetch(kind):\n    return requests.get(f"{BASE}/{kind}")\n`,
    expect: [{ operation: null, confidence: 'unresolved', candidatesInclude: ['get_profiles', 'get_lists'], range: 'requests.get(f"{BASE}/{kind}")', at: '5:12' }],
  },
  {
    name: 'a URL the API does not have',
    files: `${H}requests.get(BASE + "/no-such-thing")\n`,
    expect: [{ operation: null, confidence: 'certain', note: 'has no GET /api/no-such-thing', range: 'requests.get(BASE + "/no-such-thing")', at: '4:1' }],
  },
  {
    name: 'legacy v2 endpoint reported with its replacement',
    files: 'import requests\nrequests.post("https://a.klaviyo.com/api/v2/list/L1/subscribe", json={})\n',
    expect: [{ operation: null, kind: 'legacy', replacement: 'bulk_subscribe_profiles', range: 'requests.post("https://a.klaviyo.com/api/v2/list/L1/subscribe", json={})', at: '2:1' }],
  },
  {
    name: 'UTF-16 offsets after non-ASCII text',
    files: '# café ünïcode 😀\nimport requests\nrequests.get("https://a.klaviyo.com/api/accounts")  # ✓\n',
    expect: [{ operation: 'get_accounts', range: 'requests.get("https://a.klaviyo.com/api/accounts")', at: '3:1' }],
  },
];

const FACTS: Case[] = [
  {
    name: 'a base URL only in the committed .env, read with dotenv_values; a key there never enters a path',
    files: {
      'scripts/.env': 'BASE_URL="https://a.klaviyo.com/api"\nLEGACY_KEY=pk_0123456789abcdef0123456789abcdef01\n',
      'scripts/campaigns.py': `import requests
from dotenv import dotenv_values

config = dotenv_values(".env")
BASE_URL = config["BASE_URL"]

def campaigns():
    return requests.get(f"{BASE_URL}/campaigns", headers={"Authorization": "Klaviyo-API-Key x"})

def members():
    return requests.get(f"{BASE_URL}/v1/list/{config['LEGACY_KEY']}/members")
`,
    },
    expect: [
      { operation: 'get_campaigns', scopes: ['campaigns:read'], file: 'scripts/campaigns.py', range: 'requests.get(f"{BASE_URL}/campaigns", headers={"Authorization": "Klaviyo-API-Key x"})', at: '8:12' },
      { operation: null, kind: 'legacy', path: '/api/v1/list/{…}/members', file: 'scripts/campaigns.py', range: 'requests.get(f"{BASE_URL}/v1/list/{config[\'LEGACY_KEY\']}/members")', at: '11:12' },
    ],
  },
  {
    name: 'a pydantic BaseSettings field with an empty default is its env var, so the id in the path stays a segment',
    files: `import httpx
from pydantic_settings import BaseSettings

class Settings(BaseSettings):
    klaviyo_list_id: str = ""

settings = Settings()

class Client:
    def __init__(self):
        self.list_id = settings.klaviyo_list_id

    def add(self, payload):
        if not self.list_id:
            return
        httpx.post(f"https://a.klaviyo.com/api/lists/{self.list_id}/relationships/profiles", json=payload)
`,
    expect: [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], range: 'httpx.post(f"https://a.klaviyo.com/api/lists/{self.list_id}/relationships/profiles", json=payload)', at: '16:9' }],
  },
  {
    name: "params={'include': 'lists'}",
    files: `${H}requests.get(BASE + "/profiles/P1", params={"include": "lists,segments"})\n`,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read', 'segments:read'], includeScopes: ['lists:read', 'segments:read'], range: 'requests.get(BASE + "/profiles/P1", params={"include": "lists,segments"})', at: '4:1' }],
  },
  {
    name: 'params with a list of include values and as a list of pairs',
    files: `${H}requests.get(BASE + "/lists/L1", params={"include": ["tags"]})\nrequests.get(BASE + "/flows/F1", params=[("include", "tags")])\n`,
    expect: [
      { operation: 'get_list', includeScopes: ['tags:read'], range: 'requests.get(BASE + "/lists/L1", params={"include": ["tags"]})', at: '4:1' },
      { operation: 'get_flow', includeScopes: ['tags:read'], range: 'requests.get(BASE + "/flows/F1", params=[("include", "tags")])', at: '5:1' },
    ],
  },
  {
    name: '?include= in the URL',
    files: `${H}requests.get(f"{BASE}/events/E1?include=metric,profile")\n`,
    expect: [{ operation: 'get_event', scopes: ['events:read', 'metrics:read', 'profiles:read'], includeScopes: ['metrics:read', 'profiles:read'], range: 'requests.get(f"{BASE}/events/E1?include=metric,profile")', at: '4:1' }],
  },
  {
    name: 'Authorization header from the env (f-string) → keyEnv; revision .pre → beta',
    files: `${H}HEADERS = {\n    "Authorization": f"Klaviyo-API-Key {os.environ['KLAVIYO_PRIVATE_KEY']}",\n    "revision": "2026-07-15.pre",\n}\nrequests.get(f"{BASE}/campaigns/C1", headers=HEADERS)\n`,
    expect: [{ operation: 'get_campaign_beta', beta: true, keyEnv: 'KLAVIYO_PRIVATE_KEY', range: 'requests.get(f"{BASE}/campaigns/C1", headers=HEADERS)', at: '8:1' }],
  },
  {
    name: 'headers from a function that builds them',
    files: `${H}def headers():\n    return {"Authorization": "Klaviyo-API-Key %s" % os.getenv("KLAVIYO_KEY"), "revision": "2024-10-15"}\nrequests.get(BASE + "/lists", headers=headers())\n`,
    expect: [{ operation: 'get_lists', beta: false, keyEnv: 'KLAVIYO_KEY', range: 'requests.get(BASE + "/lists", headers=headers())', at: '6:1' }],
  },
  {
    name: 'a stable revision is not beta',
    files: `${H}requests.get(BASE + "/campaigns", headers={"revision": "2026-07-15"})\n`,
    expect: [{ operation: 'get_campaigns', beta: false, range: 'requests.get(BASE + "/campaigns", headers={"revision": "2026-07-15"})', at: '4:1' }],
  },
  {
    name: 'method from a parameter nobody binds: candidates by method',
    files: `${H}def call(m):\n    return requests.request(m, BASE + "/lists")\n`,
    expect: [{ operation: null, confidence: 'unresolved', method: null, candidates: ['get_lists', 'create_list'], range: 'requests.request(m, BASE + "/lists")', at: '5:12' }],
  },
  {
    name: 'a Django setting named for the Klaviyo base',
    files: 'import requests\nfrom django.conf import settings\nrequests.get(f"{settings.KLAVIYO_API_URL}/segments/")\nrequests.get(f"{settings.CRM_API_URL}/segments/")\n',
    expect: [{ operation: 'get_segments', scopes: ['segments:read'], confidence: 'likely', range: 'requests.get(f"{settings.KLAVIYO_API_URL}/segments/")', at: '3:1' }],
  },
  {
    name: 'a class named for Klaviyo: relative /api paths on a client handed in',
    files: { 'app/integrations/mailer.py': 'class KlaviyoMailer:\n    def __init__(self, http):\n        self.http = http\n\n    def subscribe(self, body):\n        return self.http.post("/api/profile-subscription-bulk-create-jobs/", json=body)\n' },
    expect: [{ operation: 'bulk_subscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], confidence: 'likely', file: 'app/integrations/mailer.py', range: 'self.http.post("/api/profile-subscription-bulk-create-jobs/", json=body)', at: '6:16' }],
  },
  {
    name: 'the same call in a class not named for Klaviyo: the app\'s own API',
    files: { 'app/integrations/mailer.py': 'class Mailer:\n    def __init__(self, http):\n        self.http = http\n\n    def subscribe(self, body):\n        return self.http.post("/api/profile-subscription-bulk-create-jobs/", json=body)\n' },
    expect: [],
  },
  {
    name: 'OAuth refresh at the token endpoint: kind oauth, no private-key scope',
    files: 'import requests\nrequests.post("https://a.klaviyo.com/oauth/token", data={"grant_type": "refresh_token"})\n',
    expect: [{ operation: null, kind: 'oauth', scopes: [], confidence: 'certain', range: 'requests.post("https://a.klaviyo.com/oauth/token", data={"grant_type": "refresh_token"})', at: '2:1' }],
  },
  {
    name: '/client/ endpoint: kind client, no scopes',
    files: 'import requests\nrequests.post("https://a.klaviyo.com/client/subscriptions?company_id=ABC", json={})\n',
    expect: [{ operation: 'create_client_subscription', kind: 'client', scopes: [], range: 'requests.post("https://a.klaviyo.com/client/subscriptions?company_id=ABC", json={})', at: '2:1' }],
  },
];

const NEGATIVE: Case[] = [
  { name: 'other hosts', files: 'import requests\nrequests.get("https://example.com/api/profiles")\nrequests.get("https://klaviyo.com/api/profiles")\n', expect: [] },
  { name: 'URL in a string and a comment only', files: '# requests.get("https://a.klaviyo.com/api/profiles")\nDOC = "call https://a.klaviyo.com/api/profiles to list profiles"\nprint(DOC)\n', expect: [] },
  { name: 'a get() method of an unrelated object', files: 'cache = {}\ncache.get("https://a.klaviyo.com/api/profiles")\n', expect: [] },
  { name: 'a project module named requests.py wins over the library', files: { 'app/requests.py': 'def get(url):\n    return url\n', [FILE]: 'import requests\nrequests.get("https://a.klaviyo.com/api/profiles")\n' }, expect: [] },
  { name: 'a URL that is only built, never requested', files: 'BASE = "https://a.klaviyo.com/api"\nurl = f"{BASE}/profiles"\nprint(url)\n', expect: [] },
  { name: 'an unknown URL', files: 'import requests\ndef f(url):\n    requests.get(url)\nf(input())\n', expect: [] },
];

// Senders the engine does not know: the URL argument plainly goes to Klaviyo's API.
const SENDERS: Case[] = [
  {
    name: 'a method inherited from a library base class, base URL set in __init__',
    files: 'from platformlib import ApiApp\nclass App(ApiApp):\n    def __init__(self):\n        self.base_url = "https://a.klaviyo.com"\n    def lists(self):\n        url = f"{self.base_url}/api/lists"\n        return self._get(url, params={"include": "tags"})\n',
    expect: [{ operation: 'get_lists', scopes: ['lists:read', 'tags:read'], confidence: 'certain', range: 'self._get(url, params={"include": "tags"})', at: '7:16' }],
  },
  {
    name: "an injected client's request('POST', url)",
    files: 'def sync(client, body):\n    client.request("POST", "https://a.klaviyo.com/api/events", json=body)\n',
    expect: [{ operation: 'create_event', scopes: ['events:write'], confidence: 'certain', range: 'client.request("POST", "https://a.klaviyo.com/api/events", json=body)', at: '2:5' }],
  },
  {
    name: 'a parameter that happens to be called requests',
    files: 'def f(requests):\n    requests.get("https://a.klaviyo.com/api/profiles")\n',
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], confidence: 'certain', range: 'requests.get("https://a.klaviyo.com/api/profiles")', at: '2:5' }],
  },
  {
    name: 'a session of a library the engine does not know',
    files: 'from mylib import Session\ns = Session()\ns.patch("https://a.klaviyo.com/api/lists/L1", json={})\n',
    expect: [{ operation: 'update_list', scopes: ['lists:write'], confidence: 'certain', range: 's.patch("https://a.klaviyo.com/api/lists/L1", json={})', at: '3:1' }],
  },
  {
    name: 'no method anywhere: GET, likely',
    files: 'from netutil import fetch_json\nfetch_json("https://a.klaviyo.com/api/metrics")\n',
    expect: [{ operation: 'get_metrics', scopes: ['metrics:read'], confidence: 'likely', method: 'GET', range: 'fetch_json("https://a.klaviyo.com/api/metrics")', at: '2:1' }],
  },
  {
    name: 'logging a Klaviyo URL sends nothing',
    files: 'import logging\nlog = logging.getLogger(__name__)\nlog.info("https://a.klaviyo.com/api/profiles")\n',
    expect: [],
  },
];

// Look-alikes are checked against every Python detector (unless a row names its own): none may report them.
const ALL = [
  ...[...LIBRARIES, ...URLS, ...FACTS, ...SENDERS].map((c) => ({ ...c, detectors: c.detectors ?? D })),
  ...NEGATIVE.map((c) => ({ ...c, detectors: c.detectors ?? ['py-sdk-call', 'py-http-request', 'py-request-helper', 'py-legacy-sdk'] })),
];
runTreeTable('py-http-request', ALL, FILE);
export const counts = countCases(ALL.filter((c) => !c.skip));
