// Request helpers in Python: functions and methods whose request URL or method comes from their
// parameters (positional, keyword, defaults, **kw passed on), nested helpers, helpers in other
// modules, clients built with a base URL, and data-pipeline classes whose subclasses only set
// `path` (reported at the subclass's assignment).

import { countCases } from './harness';
import { runTreeTable, type Case } from './tree-harness';

const BOTH = ['py-request-helper', 'py-http-request'];
const FILE = 'app/main.py';
const H = 'import os\nimport requests\nBASE = "https://a.klaviyo.com/api"\n';

const CLIENT = `${H}class KlaviyoClient:
    def __init__(self):
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Klaviyo-API-Key {os.environ['KLAVIYO_KEY']}"})

    def _request(self, path, method="GET", **kw):
        return self.session.request(method, f"{BASE}/{path}", **kw)
`;

const HELPERS: Case[] = [
  {
    name: 'method helper: keyword method, default method',
    files: `${CLIENT}
    def create_profile(self, body):
        return self._request("profiles", method="POST", json=body)

    def lists(self):
        return self._request("lists")
`,
    expect: [
      { operation: 'create_profile', scopes: ['profiles:write'], method: 'POST', keyEnv: 'KLAVIYO_KEY', range: 'self._request("profiles", method="POST", json=body)', nameText: '_request', at: '13:16' },
      { operation: 'get_lists', scopes: ['lists:read'], method: 'GET', range: 'self._request("lists")', at: '16:16' },
    ],
  },
  {
    name: 'paging helper taking a path or a full next link: the test on the argument picks the branch',
    files: `${H}def get_page(path_or_link):
    url = path_or_link if path_or_link.startswith("http") else f"{BASE}{path_or_link}"
    return requests.get(url, headers={"revision": "2026-07-15"})

get_page("/flows/?include=tags")
get_page("https://a.klaviyo.com/api/metrics/")
get_page("https://api.example.com/api/metrics/")
`,
    expect: [
      { operation: 'get_flows', scopes: ['flows:read', 'tags:read'], range: 'get_page("/flows/?include=tags")', at: '8:1' },
      { operation: 'get_metrics', scopes: ['metrics:read'], range: 'get_page("https://a.klaviyo.com/api/metrics/")', at: '9:1' },
    ],
  },
  {
    name: 'helper testing "://" in its argument, in a not-in form',
    files: `${H}def fetch(path, method="GET"):
    url = BASE + path if "://" not in path else path
    return requests.request(method, url)

fetch("/segments/", "POST")
`,
    expect: [{ operation: 'create_segment', scopes: ['segments:write'], method: 'POST', range: 'fetch("/segments/", "POST")', at: '8:1' }],
  },
  {
    name: 'alternatives: an endpoint chosen by a test the call cannot decide gives one finding per operation, likely',
    files: `${H}def send(method, path, payload=None):
    return requests.request(method, f"{BASE}/{path.lstrip('/')}", json=payload)

def values(report_type, payload):
    endpoint = "campaign-values-reports/" if report_type == "campaign" else "flow-values-reports/"
    return send("POST", endpoint, payload)
`,
    expect: [
      { operation: 'query_campaign_values', scopes: ['campaigns:read'], confidence: 'likely', range: 'send("POST", endpoint, payload)', at: '9:12' },
      { operation: 'query_flow_values', scopes: ['flows:read'], confidence: 'likely', range: 'send("POST", endpoint, payload)', at: '9:12' },
    ],
  },
  {
    name: 'alternatives: a loop over literal (label, path) pairs and a dict lookup with a key not visible',
    files: `${H}def send(method, path):
    return requests.request(method, BASE + path)

def panel():
    for label, path in [("Lists", "/lists/"), ("Flows", "/flows/?filter=" + flt())]:
        send("GET", path)

def tag(kind, tag_id):
    plural = {"list": "lists", "segment": "segments"}.get(kind)
    send("POST", f"/tags/{tag_id}/relationships/{plural}/")
`,
    expect: [
      { operation: 'get_lists', scopes: ['lists:read'], confidence: 'likely', range: 'send("GET", path)', at: '9:9' },
      { operation: 'get_flows', scopes: ['flows:read'], confidence: 'likely', range: 'send("GET", path)', at: '9:9' },
      { operation: 'tag_lists', scopes: ['lists:write', 'tags:write'], confidence: 'likely', range: 'send("POST", f"/tags/{tag_id}/relationships/{plural}/")', at: '13:5' },
      { operation: 'tag_segments', scopes: ['segments:write', 'tags:write'], confidence: 'likely', range: 'send("POST", f"/tags/{tag_id}/relationships/{plural}/")', at: '13:5' },
    ],
  },
  {
    name: 'FastAPI-injected client (Annotated[httpx.Client, Depends(...)]) behind a private helper taking full URLs',
    files: `import httpx
from typing import Annotated
from fastapi import Depends

class KlaviyoIntegration:
    def __init__(self, client: Annotated[httpx.Client, Depends(get_client)]):
        self.client = client

    def __send(self, method: str, url: str, json: dict = None):
        return self.client.request(method, url, json=json)

    def tags(self):
        return self.__send(method="GET", url="https://a.klaviyo.com/api/tags/")
`,
    expect: [{ operation: 'get_tags', scopes: ['tags:read'], range: 'self.__send(method="GET", url="https://a.klaviyo.com/api/tags/")', at: '13:16' }],
  },
  {
    name: 'async helper picking the injected client method with getattr(client, method.lower())',
    files: `${H}async def call(ctx, method, path, *, json_body=None):
    send = getattr(ctx.http, method.lower())
    return await send(f"{BASE}{path}", json=json_body)

async def make_tag(ctx):
    await call(ctx, "POST", "/tags/", json_body={})
`,
    expect: [{ operation: 'create_tag', scopes: ['tags:read', 'tags:write'], method: 'POST', range: 'call(ctx, "POST", "/tags/", json_body={})', at: '9:11' }],
  },
  {
    name: 'helper whose request sits in a parameterless closure handed to a retry wrapper',
    files: `${H}import aiohttp

class Service:
    async def _send(self, method, endpoint, data=None):
        url = f"{BASE}{endpoint}"
        async def attempt():
            async with aiohttp.ClientSession() as s:
                async with s.request(method=method, url=url, json=data) as r:
                    return await r.json()
        return await self._retry(attempt)

    async def track(self, e):
        return await self._send("POST", "/events", e)
`,
    expect: [{ operation: 'create_event', scopes: ['events:write'], method: 'POST', range: 'self._send("POST", "/events", e)', at: '16:22' }],
  },
  {
    name: 'helper choosing its sender by an if/elif chain on the method: only the arm the call takes',
    files: `${H}def send(method, endpoint, data=None):
    url = f"{BASE}/{endpoint}"
    if method == "GET":
        return requests.get(url, params=data)
    elif method == "POST":
        return requests.post(url, json=data)
    else:
        return requests.patch(url, json=data)

send("PATCH", "profiles/P1", {})
send("GET", "profiles")
`,
    expect: [
      { operation: 'update_profile', scopes: ['profiles:write'], method: 'PATCH', range: 'send("PATCH", "profiles/P1", {})', at: '13:1' },
      { operation: 'get_profiles', scopes: ['profiles:read'], method: 'GET', range: 'send("GET", "profiles")', at: '14:1' },
    ],
  },
  {
    name: 'method helper: positional method',
    files: `${CLIENT}
    def delete_list(self, list_id):
        return self._request(f"lists/{list_id}", "DELETE")
`,
    expect: [{ operation: 'delete_list', scopes: ['lists:write'], range: 'self._request(f"lists/{list_id}", "DELETE")', at: '13:16' }],
  },
  {
    name: 'helper called from outside the class on an instance',
    files: `${CLIENT}
client = KlaviyoClient()
client._request("segments")
`,
    expect: [{ operation: 'get_segments', range: 'client._request("segments")', at: '13:1' }],
  },
  {
    name: '**kw passed on carries params={"include": ...}',
    files: `${CLIENT}
    def profile(self, pid):
        return self._request(f"profiles/{pid}", params={"include": "lists"})
`,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read'], includeScopes: ['lists:read'], range: 'self._request(f"profiles/{pid}", params={"include": "lists"})', at: '13:16' }],
  },
  {
    name: 'module-level helper function with a path and params',
    files: `${H}def klaviyo_get(path, params=None):
    return requests.get(BASE + path, params=params)

klaviyo_get("/lists/L1", params={"include": "tags"})
klaviyo_get("/flows")
`,
    expect: [
      { operation: 'get_list', includeScopes: ['tags:read'], range: 'klaviyo_get("/lists/L1", params={"include": "tags"})', nameText: 'klaviyo_get', at: '7:1' },
      { operation: 'get_flows', range: 'klaviyo_get("/flows")', at: '8:1' },
    ],
  },
  {
    name: 'helper taking the whole URL and the method',
    files: `${H}def call(url, method="GET"):
    return requests.request(method, url, headers={"revision": "2026-07-15.pre"})

call(f"{BASE}/campaigns", "POST")
call(url=BASE + "/campaigns")
`,
    expect: [
      { operation: 'create_campaign_beta', beta: true, range: 'call(f"{BASE}/campaigns", "POST")', at: '7:1' },
      { operation: 'get_campaigns_beta', beta: true, range: 'call(url=BASE + "/campaigns")', at: '8:1' },
    ],
  },
  {
    name: 'nested helpers: get() → _request() → session.request()',
    files: `${CLIENT}
    def get(self, path, **kw):
        return self._request(path, "GET", **kw)

    def post(self, path, body):
        return self._request(path, method="POST", json=body)

api = KlaviyoClient()
api.get("metrics")
api.post("events", {})
`,
    expect: [
      { operation: 'get_metrics', range: 'api.get("metrics")', nameText: 'get', at: '19:1' },
      { operation: 'create_event', range: 'api.post("events", {})', at: '20:1' },
    ],
  },
  {
    name: 'helper defined in another module',
    files: {
      'app/klaviyo_http.py': `${H}def klaviyo_request(method, path):\n    return requests.request(method, BASE + path)\n`,
      [FILE]: 'from .klaviyo_http import klaviyo_request\nklaviyo_request("POST", "/profile-import")\nklaviyo_request("GET", "/accounts")\n',
    },
    expect: [
      { operation: 'create_or_update_profile', range: 'klaviyo_request("POST", "/profile-import")', at: '2:1', file: FILE },
      { operation: 'get_accounts', range: 'klaviyo_request("GET", "/accounts")', at: '3:1', file: FILE },
    ],
  },
  {
    name: 'a helper nobody calls: its request is reported unresolved where it is',
    files: `${H}def klaviyo_request(method, path):\n    return requests.request(method, BASE + path)\n`,
    detectors: BOTH,
    expect: [{ operation: null, confidence: 'unresolved', detector: 'py-http-request', range: 'requests.request(method, BASE + path)', at: '5:12' }],
  },
  {
    name: 'helper called through a wrapper that passes its own parameter on',
    files: `${H}def _req(path):\n    return requests.get(BASE + path)\n\ndef fetch(kind):\n    return _req("/" + kind)\n\nfetch("tags")\n`,
    expect: [{ operation: 'get_tags', range: 'fetch("tags")', at: '10:1' }],
  },
  {
    name: 'client built with its base URL; methods read self.base',
    files: `import requests
class Klaviyo:
    def __init__(self, base_url, key):
        self.base = base_url
        self.headers = {"Authorization": "Klaviyo-API-Key " + key}

    def get(self, path):
        return requests.get(self.base + path, headers=self.headers)

k = Klaviyo("https://a.klaviyo.com/api", "pk")
k.get("/templates")
`,
    expect: [{ operation: 'get_templates', range: 'k.get("/templates")', at: '11:1' }],
  },
  {
    name: 'staticmethod helper called on self',
    files: `${H}class Api:
    @staticmethod
    def _get(path):
        return requests.get(BASE + path)

    def images(self):
        return self._get("/images")
`,
    expect: [{ operation: 'get_images', range: 'self._get("/images")', at: '10:16' }],
  },
  {
    name: 'lambda helper',
    files: `${H}kget = lambda p: requests.get(BASE + p)\nkget("/webhooks")\n`,
    expect: [{ operation: 'get_webhooks', range: 'kget("/webhooks")', at: '5:1' }],
  },
  {
    name: 'singer-style helper chain to the retired v1/v2 API: legacy at each call site',
    files: `import requests
session = requests.Session()

def authed_get(source, url, params):
    return session.request(method="get", url=url, params=params)

def get_all_pages(source, url, api_key):
    while True:
        yield authed_get(source, url, {"page": 0, "api_key": api_key})

def pull(api_key, list_id):
    for r in get_all_pages("lists", "https://a.klaviyo.com/api/v1/lists", api_key):
        endpoint = "https://a.klaviyo.com/api/v2/group/" + list_id + "/members/all"
        authed_get("members", endpoint, {})
`,
    expect: [
      { operation: null, kind: 'legacy', replacement: 'get_lists', range: 'get_all_pages("lists", "https://a.klaviyo.com/api/v1/lists", api_key)', at: '12:14' },
      { operation: null, kind: 'legacy', replacement: 'get_profiles_for_segment', range: 'authed_get("members", endpoint, {})', at: '14:9' },
    ],
  },
  {
    name: 'argument we cannot read at the call site: unresolved with candidates',
    files: `${CLIENT}
    def anything(self, kind):
        return self._request(kind)

KlaviyoClient().anything(input())
`,
    detectors: BOTH,
    expect: [{ operation: null, confidence: 'unresolved', candidatesInclude: ['get_profiles', 'get_lists'], range: 'KlaviyoClient().anything(input())', at: '15:1' }],
  },
  {
    // Nothing in the calling files names Klaviyo: the prefilter follows their imports to the helper.
    name: 'helper imported by files that never name Klaviyo (relative and absolute imports)',
    files: {
      'app/http.py': `${H}def kget(path):\n    return requests.get(BASE + path)\n`,
      [FILE]: 'from .http import kget\nkget("/lists")\n',
      'app/jobs/sync.py': 'from app.http import kget\n\ndef run():\n    return kget("/segments")\n',
    },
    expect: [
      { operation: 'get_segments', range: 'kget("/segments")', at: '4:12', file: 'app/jobs/sync.py' },
      { operation: 'get_lists', range: 'kget("/lists")', at: '2:1', file: FILE },
    ],
  },
];

const BASE_CLASS = `import requests
class KlaviyoStream:
    url_base = "https://a.klaviyo.com/api"
    path = None

    def get_records(self):
        return requests.get(self.url_base + self.path, headers={"revision": "2026-07-15"}).json()
`;

const PIPELINES: Case[] = [
  {
    name: 'subclass sets path: reported at the subclass assignment',
    files: `${BASE_CLASS}
class CampaignsStream(KlaviyoStream):
    name = "campaigns"
    path = "/campaigns"

class ProfilesStream(KlaviyoStream):
    path = "/profiles"
`,
    expect: [
      { operation: 'get_campaigns', scopes: ['campaigns:read'], range: 'path = "/campaigns"', nameText: 'path', at: '11:5' },
      { operation: 'get_profiles', scopes: ['profiles:read'], range: 'path = "/profiles"', at: '14:5' },
    ],
  },
  {
    name: 'base class in another module, subclasses here',
    files: {
      'tap_klaviyo/client.py': BASE_CLASS,
      'tap_klaviyo/streams.py': 'from tap_klaviyo.client import KlaviyoStream\n\nclass EventsStream(KlaviyoStream):\n    path = "/events"\n',
    },
    detectors: BOTH,
    expect: [{ operation: 'get_events', range: 'path = "/events"', at: '4:5', file: 'tap_klaviyo/streams.py' }],
  },
  {
    name: 'base without subclasses: its request is unresolved, reported where it is',
    files: BASE_CLASS,
    detectors: BOTH,
    expect: [{ operation: null, confidence: 'unresolved', detector: 'py-http-request', candidatesInclude: ['get_profiles'], range: 'requests.get(self.url_base + self.path, headers={"revision": "2026-07-15"})', at: '7:16' }],
  },
  {
    name: 'intermediate abstract class without path is skipped; its subclass reports',
    files: `${BASE_CLASS}
class IncrementalStream(KlaviyoStream):
    replication_key = "updated"

class FlowsStream(IncrementalStream):
    path = "/flows"
`,
    expect: [{ operation: 'get_flows', range: 'path = "/flows"', at: '13:5' }],
  },
  {
    name: 'path as a property of the subclass',
    files: `${BASE_CLASS}
class ListsStream(KlaviyoStream):
    @property
    def path(self):
        return "/lists"
`,
    expect: [{ operation: 'get_lists', range: '"/lists"', at: '12:16' }],
  },
  {
    name: 'path set in the subclass constructor',
    files: `${BASE_CLASS}
class SegmentsStream(KlaviyoStream):
    def __init__(self):
        self.path = "/segments"
`,
    expect: [{ operation: 'get_segments', range: 'self.path = "/segments"', at: '11:9' }],
  },
  {
    name: 'a subclass that overrides the requesting method is not the base request',
    files: `${BASE_CLASS}
class Custom(KlaviyoStream):
    path = "/tags"
    def get_records(self):
        return []
`,
    detectors: BOTH,
    expect: [{ operation: null, confidence: 'unresolved', detector: 'py-http-request', range: 'requests.get(self.url_base + self.path, headers={"revision": "2026-07-15"})', at: '7:16' }],
  },
  {
    name: 'path with a template the base formats',
    files: `import requests
class Stream:
    def url(self, item_id):
        return f"https://a.klaviyo.com/api{self.path}/{item_id}"
    def fetch(self, item_id):
        return requests.get(self.url(item_id))

class CatalogItems(Stream):
    path = "/catalog-items"
`,
    expect: [{ operation: 'get_catalog_item', range: 'path = "/catalog-items"', at: '9:5' }],
  },
];

// Stream frameworks whose base class (not in the project) sends `url_base + path`.
const FRAMEWORKS: Case[] = [
  {
    name: 'Meltano Singer SDK: RESTStream subclasses, path templates, rest_method',
    files: {
      'tap_klaviyo/client.py': 'from singer_sdk.streams import RESTStream\n\nclass KlaviyoStream(RESTStream):\n    url_base = "https://a.klaviyo.com/api"\n\n    @property\n    def http_headers(self):\n        return {"revision": "2026-07-15.pre"}\n',
      'tap_klaviyo/streams.py': `from tap_klaviyo.client import KlaviyoStream

class CampaignsStream(KlaviyoStream):
    name = "campaigns"
    path = "/campaigns"

class CampaignMessagesStream(KlaviyoStream):
    path = "/campaigns/{campaign_id}/campaign-messages"

class ListPersonStream(KlaviyoStream):
    path = "/lists/{list_id}/relationships/profiles/"

class BulkImport(KlaviyoStream):
    path = "/profile-bulk-import-jobs"
    rest_method = "POST"
`,
    },
    expect: [
      { operation: 'get_campaigns_beta', beta: true, range: 'path = "/campaigns"', at: '5:5', file: 'tap_klaviyo/streams.py' },
      { operation: 'get_messages_for_campaign_beta', beta: true, scopes: ['campaigns:read'], range: 'path = "/campaigns/{campaign_id}/campaign-messages"', at: '8:5' },
      { operation: 'get_profile_ids_for_list', scopes: ['lists:read', 'profiles:read'], range: 'path = "/lists/{list_id}/relationships/profiles/"', at: '11:5' },
      { operation: 'bulk_import_profiles', scopes: ['lists:write', 'profiles:write'], method: 'POST', range: 'path = "/profile-bulk-import-jobs"', at: '14:5' },
    ],
  },
  {
    name: 'Airbyte CDK: HttpStream subclasses with path() methods',
    files: 'from airbyte_cdk.sources.streams.http import HttpStream\n\nclass KlaviyoStream(HttpStream):\n    url_base = "https://a.klaviyo.com/api/"\n\nclass Flows(KlaviyoStream):\n    def path(self, **kwargs) -> str:\n        return "flows"\n',
    expect: [{ operation: 'get_flows', range: '"flows"', at: '8:16' }],
  },
];

const NEGATIVE: Case[] = [
  { name: 'helper called with another host', files: `import requests\ndef get(url):\n    return requests.get(url)\nget("https://example.com/klaviyo")\n`, expect: [] },
  { name: 'a function named like a helper on an unrelated object', files: `${H}class Other:\n    def _request(self, path):\n        return path\nOther()._request("profiles")\n`, expect: [] },
  { name: 'helper that does not request anything', files: `${H}def build(path):\n    return BASE + path\nbuild("/profiles")\n`, detectors: BOTH, expect: [] },
  { name: 'stream framework subclass for another API', files: '# klaviyo export\nfrom singer_sdk.streams import RESTStream\nclass Other(RESTStream):\n    url_base = "https://api.example.com"\n    path = "/profiles"\n', expect: [] },
  { name: 'framework base without a path is not reported', files: 'from singer_sdk.streams import RESTStream\nclass KlaviyoStream(RESTStream):\n    url_base = "https://a.klaviyo.com/api"\n', expect: [] },
  { name: 'subclass of an unrelated base sets path', files: 'import klaviyo_tools\nclass A(object):\n    path = "/profiles"\nclass B(A):\n    path = "/lists"\n', expect: [] },
];

// Look-alikes are checked against every Python detector (unless a row names its own): none may report them.
const ALL = [
  ...[...HELPERS, ...PIPELINES, ...FRAMEWORKS].map((c) => ({ ...c, detectors: c.detectors ?? BOTH })),
  ...NEGATIVE.map((c) => ({ ...c, detectors: c.detectors ?? ['py-sdk-call', 'py-http-request', 'py-request-helper', 'py-legacy-sdk'] })),
];
runTreeTable('py-request-helper', ALL, FILE);
export const counts = countCases(ALL.filter((c) => !c.skip));
