// The retired Python SDKs: PyPI `klaviyo` (python-klaviyo 2.x/3.x) and `klaviyo-sdk`
// (klaviyo_sdk.Client), each call reported as legacy with today's replacement; and the names
// they share with today's SDK or with project modules, which must not be mistaken for them.

import { countCases } from './harness';
import { runTreeTable, type Case } from './tree-harness';

const D = ['py-legacy-sdk'];
const FILE = 'app/main.py';
const OLD = 'import os\nimport klaviyo\nclient = klaviyo.Klaviyo(public_token="PUB", private_token=os.environ["KLAVIYO_PRIVATE_KEY"])\n';
const SDK = 'from klaviyo_sdk import Client\nclient = Client("pk_live", max_delay=60, max_retries=3)\n';

const PYPI_KLAVIYO: Case[] = [
  {
    name: 'client.Public.track → create_event',
    files: `${OLD}client.Public.track("Placed Order", email="a@b.co", properties={})\n`,
    expect: [{ operation: null, kind: 'legacy', confidence: 'certain', replacement: 'create_event', keyEnv: 'KLAVIYO_PRIVATE_KEY', scopes: [], note: 'retired klaviyo package', range: 'client.Public.track("Placed Order", email="a@b.co", properties={})', nameText: 'track', at: '4:1' }],
  },
  {
    name: 'client.Public.identify → create_or_update_profile',
    files: `${OLD}client.Public.identify(email="a@b.co", properties={"$first_name": "A"})\n`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_or_update_profile', range: 'client.Public.identify(email="a@b.co", properties={"$first_name": "A"})', at: '4:1' }],
  },
  {
    name: 'Lists methods',
    files: `${OLD}client.Lists.add_subscribers_to_list("L", [])\nclient.Lists.get_lists()\nclient.Lists.remove_members_from_list("L", [])\nclient.Lists.get_members_from_list("L", [])\n`,
    expect: [
      { operation: null, kind: 'legacy', replacement: 'bulk_subscribe_profiles', range: 'client.Lists.add_subscribers_to_list("L", [])', at: '4:1' },
      { operation: null, kind: 'legacy', replacement: 'get_lists', range: 'client.Lists.get_lists()', at: '5:1' },
      { operation: null, kind: 'legacy', replacement: 'remove_profiles_from_list', range: 'client.Lists.remove_members_from_list("L", [])', at: '6:1' },
      { operation: null, kind: 'legacy', replacement: 'get_profiles_for_list', range: 'client.Lists.get_members_from_list("L", [])', at: '7:1' },
    ],
  },
  {
    name: 'Metrics, Profiles, DataPrivacy, Campaigns',
    files: `${OLD}client.Metrics.get_metric_export("M", unit="day")\nclient.Profiles.get_profile_id_by_email("a@b.co")\nclient.DataPrivacy.request_profile_deletion("a@b.co")\nclient.Campaigns.get_campaign_recipients("C")\n`,
    expect: [
      { operation: null, kind: 'legacy', replacement: 'query_metric_aggregates', range: 'client.Metrics.get_metric_export("M", unit="day")', at: '4:1' },
      { operation: null, kind: 'legacy', replacement: 'get_profiles', range: 'client.Profiles.get_profile_id_by_email("a@b.co")', at: '5:1' },
      { operation: null, kind: 'legacy', replacement: 'request_profile_deletion', range: 'client.DataPrivacy.request_profile_deletion("a@b.co")', at: '6:1' },
      { operation: null, kind: 'legacy', replacement: null, note: 'retired klaviyo package', range: 'client.Campaigns.get_campaign_recipients("C")', at: '7:1' },
    ],
  },
  {
    name: 'python-klaviyo 2.x: methods on the client itself',
    files: 'import klaviyo\nclient = klaviyo.Klaviyo(public_token="PUB")\nclient.track("Viewed", email="a@b.co")\nclient.identify(email="a@b.co")\n',
    expect: [
      { operation: null, kind: 'legacy', replacement: 'create_event', range: 'client.track("Viewed", email="a@b.co")', at: '3:1' },
      { operation: null, kind: 'legacy', replacement: 'create_or_update_profile', range: 'client.identify(email="a@b.co")', at: '4:1' },
    ],
  },
  {
    name: 'from klaviyo import Klaviyo; client on self',
    files: 'from klaviyo import Klaviyo\nclass Tracker:\n    def __init__(self):\n        self.k = Klaviyo(public_token="PUB")\n    def order(self, email):\n        self.k.Public.track("Placed Order", email=email)\n',
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_event', range: 'self.k.Public.track("Placed Order", email=email)', at: '6:9' }],
  },
  {
    name: 'legacy method referenced without a call',
    files: `${OLD}handlers = {"track": client.Public.track}\n`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_event', range: 'client.Public.track', at: '4:22' }],
  },
];

const KLAVIYO_SDK: Case[] = [
  {
    name: 'TrackIdentify.track_post / identify_post',
    files: `${SDK}client.TrackIdentify.track_post(data={"event": "x"})\nclient.TrackIdentify.identify_post(data={})\n`,
    expect: [
      { operation: null, kind: 'legacy', replacement: 'create_event', note: 'retired klaviyo-sdk package', range: 'client.TrackIdentify.track_post(data={"event": "x"})', at: '3:1' },
      { operation: null, kind: 'legacy', replacement: 'create_or_update_profile', range: 'client.TrackIdentify.identify_post(data={})', at: '4:1' },
    ],
  },
  {
    name: 'ListsSegments, Metrics, Profiles, Templates',
    files: `${SDK}client.ListsSegments.add_members("L", body={})\nclient.Metrics.metric_export("M")\nclient.Profiles.get_profile("P")\nclient.Templates.render_template("T", context={})\n`,
    expect: [
      { operation: null, kind: 'legacy', replacement: 'add_profiles_to_list', range: 'client.ListsSegments.add_members("L", body={})', at: '3:1' },
      { operation: null, kind: 'legacy', replacement: 'query_metric_aggregates', range: 'client.Metrics.metric_export("M")', at: '4:1' },
      { operation: null, kind: 'legacy', replacement: 'get_profile', range: 'client.Profiles.get_profile("P")', at: '5:1' },
      { operation: null, kind: 'legacy', replacement: 'render_template', range: 'client.Templates.render_template("T", context={})', at: '6:1' },
    ],
  },
  {
    name: 'group with the Api suffix, client from a factory',
    files: 'import klaviyo_sdk\ndef make():\n    return klaviyo_sdk.Client("pk")\nmake().ListsSegmentsApi.get_lists()\n',
    expect: [{ operation: null, kind: 'legacy', replacement: 'get_lists', range: 'make().ListsSegmentsApi.get_lists()', at: '4:1' }],
  },
  {
    name: 'client imported from another module',
    files: {
      'app/klaviyo_client.py': SDK,
      [FILE]: 'from app.klaviyo_client import client\nclient.DataPrivacy.request_deletion(body={})\n',
    },
    expect: [{ operation: null, kind: 'legacy', replacement: 'request_profile_deletion', range: 'client.DataPrivacy.request_deletion(body={})', at: '2:1', file: FILE }],
  },
];

const NEGATIVE: Case[] = [
  { name: 'today\'s SDK held in a variable named klaviyo (not legacy)', detectors: D, files: 'from klaviyo_api import KlaviyoAPI\nklaviyo = KlaviyoAPI("pk")\nklaviyo.Profiles.get_profiles()\nklaviyo.Lists.get_lists()\n', expect: [] },
  { name: 'a project module named klaviyo.py is not the retired package', files: { 'app/klaviyo.py': 'class Klaviyo:\n    def __init__(self, public_token=None):\n        self.Public = self\n    def track(self, *a, **k):\n        pass\n', [FILE]: 'import klaviyo\nclient = klaviyo.Klaviyo(public_token="x")\nclient.Public.track("x")\n' }, expect: [] },
  { name: 'klaviyo.client (another vendor package) is not python-klaviyo', files: 'from klaviyo.client import Klaviyo\nk = Klaviyo(api_key="x")\nk.profiles.get_profile("p")\n', expect: [] },
  { name: 'client 2.x methods the retired SDK never had', files: 'import klaviyo\nclient = klaviyo.Klaviyo(public_token="x")\nclient.close()\nclient.session\n', expect: [] },
  { name: 'Client from another package', files: 'from mylib import Client\nc = Client("x")\nc.TrackIdentify.track_post(data={})\n', expect: [] },
  { name: 'legacy module imported but unused', files: 'import klaviyo\nimport klaviyo_sdk\nprint(klaviyo.__version__)\n', expect: [] },
];

// Look-alikes are checked against every Python detector (unless a row names its own): none may report them.
const ALL = [
  ...[...PYPI_KLAVIYO, ...KLAVIYO_SDK].map((c) => ({ ...c, detectors: c.detectors ?? D })),
  ...NEGATIVE.map((c) => ({ ...c, detectors: c.detectors ?? ['py-sdk-call', 'py-http-request', 'py-request-helper', 'py-legacy-sdk'] })),
];
runTreeTable('py-legacy-sdk', ALL, FILE);
export const counts = countCases(ALL.filter((c) => !c.skip));
