// The official Python SDK (PyPI `klaviyo-api`, module klaviyo_api): where the KlaviyoAPI client
// lives (globals, `self`, class attributes, factories, other modules), groups with underscores
// and in variables, method references, aliases and generated suffixes, include, key env, the
// version in requirements/pyproject/Pipfile/poetry.lock, and look-alikes that are not the SDK.

import { countCases } from './harness';
import { runTreeTable, type Case } from './tree-harness';

const D = ['py-sdk-call'];
const FILE = 'app/main.py';
const IMPORT = 'from klaviyo_api import KlaviyoAPI\nimport os\n';
const CLIENT = `${IMPORT}klaviyo = KlaviyoAPI(os.environ["KLAVIYO_KEY"], max_delay=60, max_retries=3)\n`;

const CLIENTS: Case[] = [
  {
    name: 'a Klaviyo Code function: the runtime\'s `klaviyo` module is the official client, groups at module level',
    files: `import klaviyo

def handler(event, profile, context):
    klaviyo.Profiles.update_profile(profile["data"]["id"], {"data": {}})
`,
    expect: [{ operation: 'update_profile', scopes: ['profiles:write'], kind: 'sdk', range: 'klaviyo.Profiles.update_profile(profile["data"]["id"], {"data": {}})', at: '4:5' }],
  },
  {
    name: 'module global client, os.environ[...] key → keyEnv',
    files: `${CLIENT}klaviyo.Profiles.get_profiles()\n`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], kind: 'sdk', confidence: 'certain', keyEnv: 'KLAVIYO_KEY', alias: null, range: 'klaviyo.Profiles.get_profiles()', nameText: 'get_profiles', at: '4:1' }],
  },
  {
    name: 'os.environ.get(...) key',
    files: `${IMPORT}api = KlaviyoAPI(os.environ.get("PRIVATE_KEY"))\napi.Lists.get_lists()\n`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], keyEnv: 'PRIVATE_KEY', range: 'api.Lists.get_lists()', at: '4:1' }],
  },
  {
    name: 'os.getenv(...) key, keyword api_key=',
    files: `${IMPORT}api = KlaviyoAPI(api_key=os.getenv("KLAVIYO_API_KEY"), max_retries=0)\napi.Metrics.get_metrics()\n`,
    expect: [{ operation: 'get_metrics', scopes: ['metrics:read'], keyEnv: 'KLAVIYO_API_KEY', range: 'api.Metrics.get_metrics()', at: '4:1' }],
  },
  {
    name: 'from os import getenv',
    files: 'from klaviyo_api import KlaviyoAPI\nfrom os import getenv\napi = KlaviyoAPI(getenv("K"))\napi.Flows.get_flows()\n',
    expect: [{ operation: 'get_flows', scopes: ['flows:read'], keyEnv: 'K', range: 'api.Flows.get_flows()', at: '4:1' }],
  },
  {
    name: 'OAuth: KlaviyoAPI(None, access_token=...)',
    files: `${IMPORT}api = KlaviyoAPI(None, access_token=os.environ["KLAVIYO_ACCESS_TOKEN"])\napi.Segments.get_segments()\n`,
    expect: [{ operation: 'get_segments', scopes: ['segments:read'], keyEnv: 'KLAVIYO_ACCESS_TOKEN', range: 'api.Segments.get_segments()', at: '4:1' }],
  },
  {
    name: 'literal key: no keyEnv',
    files: `${IMPORT}KlaviyoAPI("pk_live_example").Accounts.get_accounts()\n`,
    expect: [{ operation: 'get_accounts', scopes: ['accounts:read'], keyEnv: null, range: 'KlaviyoAPI("pk_live_example").Accounts.get_accounts()', at: '3:1' }],
  },
  {
    name: 'Django settings key: not an env read → keyEnv null',
    files: `from django.conf import settings\n${IMPORT}api = KlaviyoAPI(settings.KLAVIYO_KEY)\napi.Tags.get_tags()\n`,
    expect: [{ operation: 'get_tags', keyEnv: null, range: 'api.Tags.get_tags()', at: '5:1' }],
  },
  {
    name: 'settings module that reads the env → keyEnv through the import',
    files: {
      'app/settings.py': 'import os\nKLAVIYO_KEY = os.environ["KLAVIYO_PRIVATE_KEY"]\n',
      [FILE]: `from app import settings\n${IMPORT}api = KlaviyoAPI(settings.KLAVIYO_KEY)\napi.Tags.get_tags()\n`,
    },
    expect: [{ operation: 'get_tags', keyEnv: 'KLAVIYO_PRIVATE_KEY', range: 'api.Tags.get_tags()', at: '5:1', file: FILE }],
  },
  {
    name: 'import klaviyo_api; klaviyo_api.KlaviyoAPI(...)',
    files: 'import klaviyo_api\nk = klaviyo_api.KlaviyoAPI("x")\nk.Events.get_events()\n',
    expect: [{ operation: 'get_events', scopes: ['events:read'], range: 'k.Events.get_events()', at: '3:1' }],
  },
  {
    name: 'renamed import: from klaviyo_api import KlaviyoAPI as Klaviyo',
    files: 'from klaviyo_api import KlaviyoAPI as Klaviyo\nk = Klaviyo("x")\nk.Catalogs.get_catalog_items()\n',
    expect: [{ operation: 'get_catalog_items', scopes: ['catalogs:read'], range: 'k.Catalogs.get_catalog_items()', at: '3:1' }],
  },
  {
    name: 'client in self attribute set in __init__',
    files: `${IMPORT}class Sync:\n    def __init__(self):\n        self.client = KlaviyoAPI(os.environ["KLAVIYO_KEY"])\n\n    def run(self):\n        return self.client.Profiles.create_profile({"data": {}})\n`,
    expect: [{ operation: 'create_profile', scopes: ['profiles:write'], keyEnv: 'KLAVIYO_KEY', range: 'self.client.Profiles.create_profile({"data": {}})', at: '8:16' }],
  },
  {
    name: 'client as a class attribute, read through self and through the class',
    files: `${IMPORT}class Service:\n    klaviyo = KlaviyoAPI(os.getenv("K"))\n\n    def a(self):\n        self.klaviyo.Lists.create_list({})\n\n    @classmethod\n    def b(cls):\n        cls.klaviyo.Lists.delete_list("L")\n\nService.klaviyo.Lists.update_list("L", {})\n`,
    expect: [
      { operation: 'create_list', scopes: ['lists:write'], range: 'self.klaviyo.Lists.create_list({})', at: '7:9' },
      { operation: 'delete_list', scopes: ['lists:write'], range: 'cls.klaviyo.Lists.delete_list("L")', at: '11:9' },
      { operation: 'update_list', scopes: ['lists:write'], range: 'Service.klaviyo.Lists.update_list("L", {})', at: '13:1' },
    ],
  },
  {
    name: 'client built by a factory function',
    files: `${IMPORT}def get_client():\n    key = os.environ["KLAVIYO_KEY"]\n    return KlaviyoAPI(key)\n\nget_client().Campaigns.get_campaign("C")\n`,
    expect: [{ operation: 'get_campaign', scopes: ['campaigns:read'], keyEnv: 'KLAVIYO_KEY', range: 'get_client().Campaigns.get_campaign("C")', at: '7:1' }],
  },
  {
    name: 'factory with a cache decorator, called in another function',
    files: `import functools\n${IMPORT}@functools.lru_cache\ndef client():\n    return KlaviyoAPI(os.environ["KLAVIYO_KEY"])\n\ndef sync(profile_id):\n    client().Profiles.get_profile(profile_id)\n`,
    expect: [{ operation: 'get_profile', keyEnv: 'KLAVIYO_KEY', range: 'client().Profiles.get_profile(profile_id)', at: '9:5' }],
  },
  {
    name: 'client imported from another module (relative import)',
    files: {
      'app/client.py': `${CLIENT}`,
      'app/services/profiles.py': 'from ..client import klaviyo\n\ndef load(pid):\n    return klaviyo.Profiles.get_profile(pid)\n',
    },
    expect: [{ operation: 'get_profile', keyEnv: 'KLAVIYO_KEY', range: 'klaviyo.Profiles.get_profile(pid)', at: '4:12', file: 'app/services/profiles.py' }],
  },
  {
    name: 'client imported by absolute module path from the root',
    files: {
      'app/client.py': `${CLIENT}`,
      'app/jobs.py': 'from app.client import klaviyo as k\nk.Events.create_event({})\n',
    },
    expect: [{ operation: 'create_event', scopes: ['events:write'], range: 'k.Events.create_event({})', at: '2:1', file: 'app/jobs.py' }],
  },
  {
    name: 'module imported whole: import app.client; app.client.klaviyo',
    files: {
      'app/__init__.py': '',
      'app/client.py': `${CLIENT}`,
      'app/jobs.py': 'import app.client\napp.client.klaviyo.Images.get_images()\n',
    },
    expect: [{ operation: 'get_images', scopes: ['images:read'], range: 'app.client.klaviyo.Images.get_images()', at: '2:1', file: 'app/jobs.py' }],
  },
  {
    name: 'global assigned inside an init function (global statement)',
    files: `${IMPORT}klaviyo = None\n\ndef init():\n    global klaviyo\n    klaviyo = KlaviyoAPI(os.environ["KLAVIYO_KEY"])\n\ndef handler():\n    klaviyo.Coupons.get_coupons()\n`,
    expect: [{ operation: 'get_coupons', scopes: ['coupons:read'], keyEnv: 'KLAVIYO_KEY', range: 'klaviyo.Coupons.get_coupons()', at: '10:5' }],
  },
  {
    name: 'client created under if/try at module level',
    files: `${IMPORT}try:\n    api = KlaviyoAPI(os.environ["KLAVIYO_KEY"])\nexcept KeyError:\n    api = None\n\nif api:\n    api.Webhooks.get_webhooks()\n`,
    expect: [{ operation: 'get_webhooks', scopes: ['webhooks:read'], range: 'api.Webhooks.get_webhooks()', at: '9:5' }],
  },
  {
    name: 'client handed in as a typed parameter (KlaviyoAPI, Optional[KlaviyoAPI])',
    files: `from typing import Optional\n${IMPORT}def sync(client: KlaviyoAPI, other: Optional[KlaviyoAPI] = None):\n    client.Profiles.get_profiles()\n    other.Lists.get_lists()\n`,
    expect: [
      { operation: 'get_profiles', keyEnv: null, range: 'client.Profiles.get_profiles()', at: '5:5' },
      { operation: 'get_lists', range: 'other.Lists.get_lists()', at: '6:5' },
    ],
  },
  {
    name: 'dataclass field annotated KlaviyoAPI',
    files: `from dataclasses import dataclass\n${IMPORT}@dataclass\nclass Service:\n    klaviyo: KlaviyoAPI\n    def run(self):\n        self.klaviyo.Reporting.query_campaign_values({})\n`,
    expect: [{ operation: 'query_campaign_values', range: 'self.klaviyo.Reporting.query_campaign_values({})', at: '8:9' }],
  },
  {
    name: 'project subclass of KlaviyoAPI',
    files: `${IMPORT}class Client(KlaviyoAPI):\n    def __init__(self):\n        super().__init__(os.environ["K"], max_retries=5)\n\nClient().Forms.get_forms()\n`,
    expect: [{ operation: 'get_forms', range: 'Client().Forms.get_forms()', at: '7:1' }],
  },
  {
    name: 'a vendored klaviyo_api package in the project is still the SDK',
    files: { 'klaviyo_api/__init__.py': 'from klaviyo_api.wrapper import KlaviyoAPI\n', 'klaviyo_api/wrapper.py': 'class KlaviyoAPI:\n    pass\n', [FILE]: `${CLIENT}klaviyo.Profiles.get_profiles()\n` },
    expect: [{ operation: 'get_profiles', range: 'klaviyo.Profiles.get_profiles()', at: '4:1', file: FILE }],
  },
  {
    name: 'call inside a list comprehension',
    files: `${CLIENT}ids = [klaviyo.Profiles.get_profile(i) for i in ["a", "b"]]\n`,
    expect: [{ operation: 'get_profile', range: 'klaviyo.Profiles.get_profile(i)', at: '4:8' }],
  },
  {
    name: 'call inside a lambda',
    files: `${CLIENT}fetch = lambda lid: klaviyo.Lists.get_list(lid)\n`,
    expect: [{ operation: 'get_list', range: 'klaviyo.Lists.get_list(lid)', at: '4:21' }],
  },
];

const GROUPS: Case[] = [
  {
    name: 'Data_Privacy group (underscore)',
    files: `${CLIENT}klaviyo.Data_Privacy.request_profile_deletion({"data": {}})\n`,
    expect: [{ operation: 'request_profile_deletion', scopes: ['data-privacy:write'], range: 'klaviyo.Data_Privacy.request_profile_deletion({"data": {}})', at: '4:1' }],
  },
  {
    name: 'Tracking_Settings group',
    files: `${CLIENT}klaviyo.Tracking_Settings.get_tracking_settings()\n`,
    expect: [{ operation: 'get_tracking_settings', scopes: ['tracking-settings:read'], range: 'klaviyo.Tracking_Settings.get_tracking_settings()', at: '4:1' }],
  },
  {
    name: 'Web_Feeds group',
    files: `${CLIENT}klaviyo.Web_Feeds.get_web_feeds()\n`,
    expect: [{ operation: 'get_web_feeds', scopes: ['web-feeds:read'], range: 'klaviyo.Web_Feeds.get_web_feeds()', at: '4:1' }],
  },
  {
    name: 'Custom_Objects group',
    files: `${CLIENT}klaviyo.Custom_Objects.get_data_sources()\n`,
    expect: [{ operation: 'get_data_sources', range: 'klaviyo.Custom_Objects.get_data_sources()', at: '4:1' }],
  },
  {
    name: 'group kept in a variable',
    files: `${CLIENT}profiles = klaviyo.Profiles\nprofiles.get_profiles()\nprofiles.update_profile("p", {})\n`,
    expect: [
      { operation: 'get_profiles', range: 'profiles.get_profiles()', nameText: 'get_profiles', at: '5:1' },
      { operation: 'update_profile', scopes: ['profiles:write'], range: 'profiles.update_profile("p", {})', at: '6:1' },
    ],
  },
  {
    name: 'group kept on self',
    files: `${CLIENT}class Lists:\n    def __init__(self):\n        self.api = klaviyo.Lists\n    def add(self, lid, body):\n        self.api.add_profiles_to_list(lid, body)\n`,
    expect: [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], range: 'self.api.add_profiles_to_list(lid, body)', at: '8:9' }],
  },
];

const REFERENCES: Case[] = [
  {
    name: 'bound method passed without a call counts at the reference',
    files: `${IMPORT}class Job:\n    def __init__(self):\n        self.client = KlaviyoAPI(os.environ["K"])\n    def run(self, fetch_all):\n        return fetch_all(self.client.Lists.get_lists)\n`,
    expect: [{ operation: 'get_lists', range: 'self.client.Lists.get_lists', nameText: 'get_lists', at: '7:26' }],
  },
  {
    name: 'dict of bound methods called later: each reference counts once',
    files: `${CLIENT}HANDLERS = {\n    "lists": klaviyo.Lists.get_lists,\n    "segments": klaviyo.Segments.get_segments,\n}\nfor name, fetch in HANDLERS.items():\n    fetch()\n`,
    expect: [
      { operation: 'get_lists', range: 'klaviyo.Lists.get_lists', at: '5:14' },
      { operation: 'get_segments', range: 'klaviyo.Segments.get_segments', at: '6:17' },
    ],
  },
  {
    name: 'method reference stored then called: reported at the reference only',
    files: `${CLIENT}get = klaviyo.Profiles.get_profile\nget("p1")\n`,
    expect: [{ operation: 'get_profile', range: 'klaviyo.Profiles.get_profile', at: '4:7' }],
  },
];

const NAMES: Case[] = [
  {
    name: '_with_http_info suffix',
    files: `${CLIENT}klaviyo.Profiles.get_profiles_with_http_info()\n`,
    expect: [{ operation: 'get_profiles', alias: null, range: 'klaviyo.Profiles.get_profiles_with_http_info()', nameText: 'get_profiles_with_http_info', at: '4:1' }],
  },
  {
    name: '_without_preload_content suffix',
    files: `${CLIENT}klaviyo.Lists.get_lists_without_preload_content()\n`,
    expect: [{ operation: 'get_lists', range: 'klaviyo.Lists.get_lists_without_preload_content()', at: '4:1' }],
  },
  {
    name: 'alias (former operation id) resolves to today\'s operation',
    files: `${CLIENT}klaviyo.Profiles.get_profile_lists("p")\n`,
    expect: [{ operation: 'get_lists_for_profile', scopes: ['lists:read', 'profiles:read'], alias: { used: 'get_profile_lists', current: 'get_lists_for_profile' }, range: 'klaviyo.Profiles.get_profile_lists("p")', at: '4:1' }],
  },
  {
    name: 'renamed send job: create_campaign_send_job → send_campaign',
    files: `${CLIENT}klaviyo.Campaigns.create_campaign_send_job({})\n`,
    expect: [{ operation: 'send_campaign', scopes: ['campaigns:write'], range: 'klaviyo.Campaigns.create_campaign_send_job({})', at: '4:1' }],
  },
  {
    name: '/client/ operation: no private-key scope',
    files: `${CLIENT}klaviyo.Client.create_client_subscription({}, company_id="ABC")\n`,
    expect: [{ operation: 'create_client_subscription', kind: 'client', scopes: [], range: 'klaviyo.Client.create_client_subscription({}, company_id="ABC")', at: '4:1' }],
  },
];

const INCLUDE: Case[] = [
  {
    name: 'include=[...] adds the included resources\' read scopes',
    files: `${CLIENT}klaviyo.Profiles.get_profile("p", include=["lists", "segments"])\n`,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read', 'segments:read'], includeScopes: ['lists:read', 'segments:read'], range: 'klaviyo.Profiles.get_profile("p", include=["lists", "segments"])', at: '4:1' }],
  },
  {
    name: "include='lists,tags' as one string",
    files: `${CLIENT}klaviyo.Lists.get_list("L", include='flow-triggers,tags')\n`,
    expect: [{ operation: 'get_list', scopes: ['flows:read', 'lists:read', 'tags:read'], includeScopes: ['flows:read', 'tags:read'], range: "klaviyo.Lists.get_list(\"L\", include='flow-triggers,tags')", at: '4:1' }],
  },
  {
    name: 'include from a module constant',
    files: `${CLIENT}INCLUDE = ["tags"]\nklaviyo.Campaigns.get_campaigns("equals(messages.channel,'email')", include=INCLUDE)\n`,
    expect: [{ operation: 'get_campaigns', scopes: ['campaigns:read', 'tags:read'], includeScopes: ['tags:read'], range: `klaviyo.Campaigns.get_campaigns("equals(messages.channel,'email')", include=INCLUDE)`, at: '5:1' }],
  },
  {
    name: 'include value the operation does not take adds nothing',
    files: `${CLIENT}klaviyo.Profiles.get_profiles(include=["lists"])\n`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], includeScopes: [], range: 'klaviyo.Profiles.get_profiles(include=["lists"])', at: '4:1' }],
  },
];

// create_list_relationships(list_id, related_resource, body) was generic in 1.x (revision
// 2022-10-17): without a literal related resource it is unresolved there, and today it is an
// alias of add_profiles_to_list. The version decides which.
const GENERIC = `${CLIENT}def add(list_id, resource, body):\n    klaviyo.Lists.create_list_relationships(list_id, resource, body)\n`;
const GENERIC_CALL = 'klaviyo.Lists.create_list_relationships(list_id, resource, body)';
const OLD = { operation: null, confidence: 'unresolved' as const, candidatesInclude: ['add_profiles_to_list'], range: GENERIC_CALL, at: '5:5' };
const NEW = { operation: 'add_profiles_to_list', confidence: 'certain' as const, scopes: ['lists:write', 'profiles:write'], range: GENERIC_CALL, at: '5:5' };

const VERSIONS: Case[] = [
  { name: 'no manifest: today\'s meaning (alias of add_profiles_to_list)', files: GENERIC, expect: [NEW] },
  { name: 'requirements.txt pins 1.0.0 (revision 2022-10-17): the generic method, unresolved', files: { 'requirements.txt': 'requests>=2\nklaviyo-api==1.0.0\n', [FILE]: GENERIC }, expect: [{ ...OLD, file: FILE }] },
  { name: 'requirements.txt range within 5.x', files: { 'requirements.txt': 'klaviyo_api>=5.0,<6  # pinned below 6\n', [FILE]: GENERIC }, expect: [{ ...NEW, file: FILE }] },
  { name: 'requirements.txt -r include', files: { 'requirements.txt': '-r requirements/base.txt\n', 'requirements/base.txt': 'Klaviyo_API==1.1.0\n', [FILE]: GENERIC }, expect: [{ ...OLD, file: FILE }] },
  { name: 'pyproject (Poetry tilde ~1.1 → 1.1.0) in a parent directory applies', files: { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.11"\nklaviyo-api = { version = "~1.1", optional = true }\n', 'app/jobs/sync.py': GENERIC }, expect: [{ ...OLD, file: 'app/jobs/sync.py' }] },
  { name: 'pyproject PEP 621 dependencies', files: { 'pyproject.toml': '[project]\nname = "shop"\ndependencies = [\n  "requests",\n  "klaviyo-api==1.1.0",\n]\n', [FILE]: GENERIC }, expect: [{ ...OLD, file: FILE }] },
  { name: 'poetry.lock pins the version over the open pyproject range', files: { 'pyproject.toml': '[tool.poetry.dependencies]\nklaviyo-api = ">=1"\n', 'poetry.lock': '[[package]]\nname = "klaviyo-api"\nversion = "1.1.0"\ndescription = ""\n', [FILE]: GENERIC }, expect: [{ ...OLD, file: FILE }] },
  { name: 'Poetry caret ^1.0 installs the newest 1.x (1.3.1, revision 2023-02-22): already the profiles alias', files: { 'pyproject.toml': '[tool.poetry.dependencies]\nklaviyo-api = "^1.0"\n', [FILE]: GENERIC }, expect: [{ ...NEW, file: FILE }] },
  { name: 'open range without a lockfile: the newest version, today\'s names', files: { 'pyproject.toml': '[tool.poetry.dependencies]\nklaviyo-api = ">=1"\n', [FILE]: GENERIC }, expect: [{ ...NEW, file: FILE }] },
  { name: 'Pipfile.lock exact version', files: { 'Pipfile.lock': JSON.stringify({ default: { 'klaviyo-api': { version: '==1.0.0' } } }), [FILE]: GENERIC }, expect: [{ ...OLD, file: FILE }] },
  { name: 'Pipfile version', files: { Pipfile: '[packages]\nrequests = "*"\nklaviyo-api = "==12.0.0"\n', [FILE]: GENERIC }, expect: [{ ...NEW, file: FILE }] },
  { name: 'the nearest manifest wins over the root one', files: { 'requirements.txt': 'klaviyo-api==1.0.0\n', 'app/requirements.txt': 'klaviyo-api==24.0.0\n', [FILE]: GENERIC }, expect: [{ ...NEW, file: FILE }] },
  {
    name: 'literal related resource resolves even in 1.x',
    files: { 'requirements.txt': 'klaviyo-api==1.0.0\n', [FILE]: `${CLIENT}klaviyo.Lists.get_list_relationships("L", "tags")\n` },
    expect: [{ operation: 'get_tag_ids_for_list', scopes: ['lists:read', 'tags:read'], range: 'klaviyo.Lists.get_list_relationships("L", "tags")', at: '4:1', file: FILE }],
  },
];

// Look-alikes: never reported.
const NEGATIVE: Case[] = [
  { name: 'get_profiles() on an unrelated object', files: 'class Repo:\n    def get_profiles(self):\n        return []\nrepo = Repo()\nrepo.get_profiles()\n', expect: [] },
  { name: 'attribute chain that only looks like the SDK', files: 'import os\nklaviyo = object()\nklaviyo.Profiles.get_profiles()\n', expect: [] },
  { name: 'client of another vendor named Klaviyo (fern-generated klaviyo.client)', files: 'from klaviyo.client import Klaviyo\nk = Klaviyo(api_key="x")\nk.profiles.get_profiles()\n', expect: [] },
  { name: 'strings and comments that mention the SDK', files: '# klaviyo.Profiles.get_profiles()\ns = "klaviyo.Profiles.get_profiles()"\n"""\nKlaviyoAPI(key).Lists.get_lists()\n"""\n', expect: [] },
  { name: 'KlaviyoAPI name not from klaviyo_api', files: 'from mylib import KlaviyoAPI\napi = KlaviyoAPI("x")\napi.Profiles.get_profiles()\n', expect: [] },
  { name: 'a method the SDK does not have', files: `${CLIENT}klaviyo.Profiles.do_something_else()\n`, expect: [] },
  { name: 'a group the SDK does not have', files: `${CLIENT}klaviyo.Nope.get_profiles()\n`, expect: [] },
  { name: 'SDK internals: api_client, configuration', files: `${CLIENT}klaviyo.api_client.close()\nklaviyo.configuration.host\n`, expect: [] },
  { name: 'a local variable shadows the module client', files: `${CLIENT}def f():\n    klaviyo = FakeClient()\n    klaviyo.Profiles.get_profiles()\n`, expect: [] },
  { name: 'parameter typed with an unrelated class', files: 'class Repo:\n    pass\ndef f(klaviyo: Repo):\n    klaviyo.Profiles.get_profiles()\n', expect: [] },
  { name: 'untyped parameter named klaviyo', files: 'def f(klaviyo):\n    klaviyo.Profiles.get_profiles()\n', expect: [] },
  { name: 'private attribute of a group', files: `${CLIENT}klaviyo.Profiles._get_profiles_serialize()\n`, expect: [] },
];

// Look-alikes are checked against every Python detector (unless a row names its own): none may report them.
const ALL = [
  ...[...CLIENTS, ...GROUPS, ...REFERENCES, ...NAMES, ...INCLUDE, ...VERSIONS].map((c) => ({ ...c, detectors: c.detectors ?? D })),
  ...NEGATIVE.map((c) => ({ ...c, detectors: c.detectors ?? ['py-sdk-call', 'py-http-request', 'py-request-helper', 'py-legacy-sdk'] })),
];
runTreeTable('py-sdk-call', ALL, FILE);
export const counts = countCases(ALL.filter((c) => !c.skip));
