// The official Node SDK (`klaviyo-api`): v6+ classes with sessions, v1–v5 ready-made objects and
// arrow methods, where instances live (fields, exports, factories, typed parameters), method
// references, old names, version-dependent endpoints, include, /client/ endpoints, look-alikes.

import { countCases, runTable, type Case } from './harness';

const D = ['ts-sdk-call'];
const pkg = (version: string): string => JSON.stringify({ name: 'app', dependencies: { 'klaviyo-api': version } });
const IMPORT = "import { ApiKeySession, ProfilesApi } from 'klaviyo-api';";
const API = `${IMPORT}
const api = new ProfilesApi(new ApiKeySession(process.env.KLAVIYO_KEY!));`;

// ---- v6–v23 classes: import styles and sessions -------------------------------------------
const CLASSES: Case[] = [
  {
    name: 'named import, ApiKeySession with process.env → keyEnv',
    files: `${API}
api.getProfiles();`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], kind: 'sdk', confidence: 'certain', keyEnv: 'KLAVIYO_KEY', alias: null, range: 'api.getProfiles()', nameText: 'getProfiles', at: '3:1' }],
  },
  {
    name: 'renamed imports (ProfilesApi as P, ApiKeySession as Key)',
    files: `import { ProfilesApi as P, ApiKeySession as Key } from 'klaviyo-api';
const profiles = new P(new Key(process.env.PRIVATE_KEY as string));
export const load = () => profiles.getProfile('01H');`,
    expect: [{ operation: 'get_profile', scopes: ['profiles:read'], keyEnv: 'PRIVATE_KEY', range: "profiles.getProfile('01H')", at: '3:27' }],
  },
  {
    name: 'import * as Klaviyo, new Klaviyo.ProfilesApi(new Klaviyo.ApiKeySession(...))',
    files: `import * as Klaviyo from 'klaviyo-api';
const api = new Klaviyo.ProfilesApi(new Klaviyo.ApiKeySession(process.env.KLAVIYO_API_KEY!));
api.createProfile({ data: { type: 'profile', attributes: { email: 'a@b.co' } } } as any);`,
    expect: [{ operation: 'create_profile', scopes: ['profiles:write'], keyEnv: 'KLAVIYO_API_KEY', range: "api.createProfile({ data: { type: 'profile', attributes: { email: 'a@b.co' } } } as any)", at: '3:1' }],
  },
  {
    name: 'Klaviyo namespace object: Klaviyo.Auth.ApiKeySession',
    files: `import { Klaviyo } from 'klaviyo-api';
const session = new Klaviyo.Auth.ApiKeySession(process.env.KLAVIYO_KEY!);
const lists = new Klaviyo.ListsApi(session);
lists.getLists();`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], keyEnv: 'KLAVIYO_KEY', range: 'lists.getLists()', at: '4:1' }],
  },
  {
    name: 'namespace import of the module, then .Auth.ApiKeySession',
    files: `import * as sdk from 'klaviyo-api';
const events = new sdk.EventsApi(new sdk.Auth.ApiKeySession(process.env.EVENTS_KEY!));
events.createEvent({} as any);`,
    expect: [{ operation: 'create_event', scopes: ['events:write'], keyEnv: 'EVENTS_KEY', range: 'events.createEvent({} as any)', at: '3:1' }],
  },
  {
    name: 'default import',
    files: `import klaviyo from 'klaviyo-api';
const metrics = new klaviyo.MetricsApi(new klaviyo.ApiKeySession(process.env.KLAVIYO_KEY!));
metrics.getMetrics();`,
    expect: [{ operation: 'get_metrics', scopes: ['metrics:read'], keyEnv: 'KLAVIYO_KEY', range: 'metrics.getMetrics()', at: '3:1' }],
  },
  {
    name: 'require, destructured',
    files: {
      'src/index.js': `const { ApiKeySession, SegmentsApi } = require('klaviyo-api');
const segments = new SegmentsApi(new ApiKeySession(process.env.KLAVIYO_KEY));
segments.getSegments().then((r) => r.body);`,
    },
    expect: [{ operation: 'get_segments', scopes: ['segments:read'], keyEnv: 'KLAVIYO_KEY', range: 'segments.getSegments()', at: '3:1' }],
  },
  {
    name: 'require, whole module',
    files: {
      'src/index.js': `const klaviyo = require('klaviyo-api');
const flows = new klaviyo.FlowsApi(new klaviyo.ApiKeySession(process.env['KLAVIYO_KEY']));
module.exports.run = () => flows.getFlows();`,
    },
    expect: [{ operation: 'get_flows', scopes: ['flows:read'], keyEnv: 'KLAVIYO_KEY', range: 'flows.getFlows()', at: '3:28' }],
  },
  {
    name: 'import = require',
    files: `import klaviyo = require('klaviyo-api');
const tags = new klaviyo.TagsApi(new klaviyo.ApiKeySession(process.env.KLAVIYO_KEY!));
tags.getTags();`,
    expect: [{ operation: 'get_tags', scopes: ['tags:read'], range: 'tags.getTags()', at: '3:1' }],
  },
  {
    name: 'OAuthBasicSession(accessToken from env) → keyEnv',
    files: `import { OAuthBasicSession, ListsApi } from 'klaviyo-api';
const lists = new ListsApi(new OAuthBasicSession(process.env.KLAVIYO_ACCESS_TOKEN!));
lists.createList({} as any);`,
    expect: [{ operation: 'create_list', scopes: ['lists:write'], keyEnv: 'KLAVIYO_ACCESS_TOKEN', range: 'lists.createList({} as any)', at: '3:1' }],
  },
  {
    name: 'OAuthSession(customerIdentifier, oauthApi): the customer id is not a key → keyEnv null',
    files: `import { OAuthApi, OAuthSession, ProfilesApi } from 'klaviyo-api';
declare const storage: any;
const oauthApi = new OAuthApi(process.env.CLIENT_ID!, process.env.CLIENT_SECRET!, storage);
const api = new ProfilesApi(new OAuthSession(process.env.CUSTOMER_ID!, oauthApi));
api.getProfiles();`,
    expect: [{ operation: 'get_profiles', keyEnv: null, range: 'api.getProfiles()', at: '5:1' }],
  },
  {
    name: 'v6+ ConfigWrapper(key) returns an ApiKeySession → keyEnv',
    files: `import { ConfigWrapper, CampaignsApi } from 'klaviyo-api';
const campaigns = new CampaignsApi(ConfigWrapper(process.env.KLAVIYO_KEY!));
campaigns.getCampaigns({ filter: "equals(messages.channel,'email')" } as any);`,
    expect: [{ operation: 'get_campaigns', scopes: ['campaigns:read'], keyEnv: 'KLAVIYO_KEY', range: `campaigns.getCampaigns({ filter: "equals(messages.channel,'email')" } as any)`, at: '3:1' }],
  },
  {
    name: 'session in its own variable, key in a const',
    files: `import { ApiKeySession, CatalogsApi } from 'klaviyo-api';
const KEY = process.env.KLAVIYO_CATALOG_KEY ?? '';
const session = new ApiKeySession(KEY);
new CatalogsApi(session).getCatalogItems();`,
    expect: [{ operation: 'get_catalog_items', scopes: ['catalogs:read'], keyEnv: 'KLAVIYO_CATALOG_KEY', range: 'new CatalogsApi(session).getCatalogItems()', at: '4:1' }],
  },
  {
    name: 'literal key: no keyEnv',
    files: `import { ApiKeySession, AccountsApi } from 'klaviyo-api';
new AccountsApi(new ApiKeySession('pk_live_example')).getAccounts();`,
    expect: [{ operation: 'get_accounts', scopes: ['accounts:read'], keyEnv: null, range: "new AccountsApi(new ApiKeySession('pk_live_example')).getAccounts()", at: '2:1' }],
  },
  {
    name: 'await',
    files: `${API}
export async function count() {
  const res = await api.getProfiles();
  return res.body.data.length;
}`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles()', at: '4:21' }],
  },
  {
    name: '.then(...) chained on the call',
    files: `${API}
api.getProfile('01H').then((r) => console.log(r.body)).catch(() => undefined);`,
    expect: [{ operation: 'get_profile', range: "api.getProfile('01H')", at: '3:1' }],
  },
  {
    name: 'optional chaining on the receiver: api?.getProfiles()',
    files: `${IMPORT}
let api: ProfilesApi | undefined = new ProfilesApi(new ApiKeySession(process.env.KLAVIYO_KEY!));
api?.getProfiles();`,
    expect: [{ operation: 'get_profiles', range: 'api?.getProfiles()', nameText: 'getProfiles', at: '3:1' }],
  },
  {
    name: 'optional call: api.getProfiles?.()',
    files: `${API}
api.getProfiles?.();`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles?.()', at: '3:1' }],
  },
  {
    name: "element access with a literal: api['getProfiles']()",
    files: `${API}
api['getProfiles']();`,
    expect: [{ operation: 'get_profiles', range: "api['getProfiles']()", nameText: "'getProfiles'", at: '3:1' }],
  },
  {
    name: 'let declared first, assigned later',
    files: `${IMPORT}
let api: ProfilesApi;
export function init() {
  api = new ProfilesApi(new ApiKeySession(process.env.KLAVIYO_KEY!));
}
export const list = () => api.getProfiles();`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles()', at: '6:27' }],
  },
  {
    name: 'several methods of one client: read and write scopes',
    files: `${API}
export async function sync(id: string) {
  await api.getProfile(id);
  await api.updateProfile(id, {} as any);
  await api.createOrUpdateProfile({} as any);
}`,
    expect: [
      { operation: 'get_profile', scopes: ['profiles:read'], range: 'api.getProfile(id)', at: '4:9' },
      { operation: 'update_profile', scopes: ['profiles:write'], range: 'api.updateProfile(id, {} as any)', at: '5:9' },
      { operation: 'create_or_update_profile', scopes: ['profiles:write'], range: 'api.createOrUpdateProfile({} as any)', at: '6:9' },
    ],
  },
  {
    name: 'ListsApi.addProfilesToList needs lists:write and profiles:write',
    files: `import { ApiKeySession, ListsApi } from 'klaviyo-api';
const lists = new ListsApi(new ApiKeySession(process.env.KLAVIYO_KEY!));
lists.addProfilesToList('Y6nRLr', { data: [{ type: 'profile', id: '01H' }] } as any);`,
    expect: [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], range: "lists.addProfilesToList('Y6nRLr', { data: [{ type: 'profile', id: '01H' }] } as any)", at: '3:1' }],
  },
  {
    name: 'ProfilesApi.bulkSubscribeProfiles',
    files: `${API}
api.bulkSubscribeProfiles({} as any);`,
    expect: [{ operation: 'bulk_subscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], range: 'api.bulkSubscribeProfiles({} as any)', at: '3:1' }],
  },
  {
    name: 'TemplatesApi.renderTemplate (v13+ name)',
    files: `import { ApiKeySession, TemplatesApi } from 'klaviyo-api';
new TemplatesApi(new ApiKeySession(process.env.KLAVIYO_KEY!)).renderTemplate({} as any);`,
    expect: [{ operation: 'render_template', scopes: ['templates:read'], alias: null, range: 'new TemplatesApi(new ApiKeySession(process.env.KLAVIYO_KEY!)).renderTemplate({} as any)', at: '2:1' }],
  },
  {
    name: 'DataPrivacyApi.requestProfileDeletion',
    files: `import { ApiKeySession, DataPrivacyApi } from 'klaviyo-api';
const privacy = new DataPrivacyApi(new ApiKeySession(process.env.KLAVIYO_KEY!));
privacy.requestProfileDeletion({} as any);`,
    expect: [{ operation: 'request_profile_deletion', scopes: ['data-privacy:write'], range: 'privacy.requestProfileDeletion({} as any)', at: '3:1' }],
  },
  {
    name: 'CouponsApi, ImagesApi, ReportingApi',
    files: `import { ApiKeySession, CouponsApi, ImagesApi, ReportingApi } from 'klaviyo-api';
const s = new ApiKeySession(process.env.KLAVIYO_KEY!);
new CouponsApi(s).getCoupons();
new ImagesApi(s).uploadImageFromUrl({} as any);
new ReportingApi(s).queryCampaignValues({} as any);`,
    expect: [
      { operation: 'get_coupons', scopes: ['coupons:read'], range: 'new CouponsApi(s).getCoupons()', at: '3:1' },
      { operation: 'upload_image_from_url', scopes: ['images:write'], range: 'new ImagesApi(s).uploadImageFromUrl({} as any)', at: '4:1' },
      { operation: 'query_campaign_values', scopes: ['campaigns:read'], range: 'new ReportingApi(s).queryCampaignValues({} as any)', at: '5:1' },
    ],
  },
  {
    name: 'WebhooksApi, FormsApi, ReviewsApi, TrackingSettingsApi, WebFeedsApi, CustomObjectsApi',
    files: `import { ApiKeySession, WebhooksApi, FormsApi, ReviewsApi, TrackingSettingsApi, WebFeedsApi, CustomObjectsApi } from 'klaviyo-api';
const s = new ApiKeySession(process.env.KLAVIYO_KEY!);
new WebhooksApi(s).getWebhooks();
new FormsApi(s).getForms();
new ReviewsApi(s).getReviews();
new TrackingSettingsApi(s).getTrackingSettings();
new WebFeedsApi(s).getWebFeeds();
new CustomObjectsApi(s).getObjectTypes();`,
    expect: [
      { operation: 'get_webhooks', scopes: ['webhooks:read'], range: 'new WebhooksApi(s).getWebhooks()', at: '3:1' },
      { operation: 'get_forms', scopes: ['forms:read'], range: 'new FormsApi(s).getForms()', at: '4:1' },
      { operation: 'get_reviews', scopes: ['reviews:read'], range: 'new ReviewsApi(s).getReviews()', at: '5:1' },
      { operation: 'get_tracking_settings', scopes: ['tracking-settings:read'], range: 'new TrackingSettingsApi(s).getTrackingSettings()', at: '6:1' },
      { operation: 'get_web_feeds', scopes: ['web-feeds:read'], range: 'new WebFeedsApi(s).getWebFeeds()', at: '7:1' },
      { operation: 'get_object_types', scopes: ['custom-objects:read'], range: 'new CustomObjectsApi(s).getObjectTypes()', at: '8:1' },
    ],
  },
  {
    name: 'CampaignsApi.sendCampaign with a package.json at v23',
    files: {
      'package.json': pkg('^23.0.0'),
      'src/index.ts': `import { ApiKeySession, CampaignsApi } from 'klaviyo-api';
const campaigns = new CampaignsApi(new ApiKeySession(process.env.KLAVIYO_KEY!));
campaigns.sendCampaign({} as any);`,
    },
    expect: [{ operation: 'send_campaign', scopes: ['campaigns:write'], alias: null, range: 'campaigns.sendCampaign({} as any)', at: '3:1' }],
  },
  {
    name: 'new expression in parentheses, called at once',
    files: `import { ApiKeySession, FlowsApi } from 'klaviyo-api';
(new FlowsApi(new ApiKeySession(process.env.KLAVIYO_KEY!))).getFlow('XyZ');`,
    expect: [{ operation: 'get_flow', scopes: ['flows:read'], range: "(new FlowsApi(new ApiKeySession(process.env.KLAVIYO_KEY!))).getFlow('XyZ')", at: '2:1' }],
  },
  {
    name: 'non-null assertion and cast on the receiver',
    files: `${IMPORT}
const holder: { api?: ProfilesApi } = { api: new ProfilesApi(new ApiKeySession(process.env.KLAVIYO_KEY!)) };
holder.api!.getProfiles();
(holder.api as ProfilesApi).getProfile('x');`,
    expect: [
      { operation: 'get_profiles', range: 'holder.api!.getProfiles()', at: '3:1' },
      { operation: 'get_profile', range: "(holder.api as ProfilesApi).getProfile('x')", at: '4:1' },
    ],
  },
  {
    name: 'JavaScript file with ESM imports',
    files: {
      'src/job.mjs': `import { ApiKeySession, EventsApi } from 'klaviyo-api';
const events = new EventsApi(new ApiKeySession(process.env.KLAVIYO_KEY));
export const recent = () => events.getEvents();`,
    },
    expect: [{ operation: 'get_events', scopes: ['events:read'], range: 'events.getEvents()', at: '3:29' }],
  },
  {
    name: 'dynamic import, destructured',
    files: `export async function run() {
  const { ApiKeySession, ProfilesApi } = await import('klaviyo-api');
  return new ProfilesApi(new ApiKeySession(process.env.KLAVIYO_KEY!)).getProfiles();
}`,
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'new ProfilesApi(new ApiKeySession(process.env.KLAVIYO_KEY!)).getProfiles()', at: '3:10' }],
  },
  {
    name: 'inline require of a class',
    files: {
      'src/index.js': `const Lists = require('klaviyo-api').ListsApi;
new Lists(require('klaviyo-api').ConfigWrapper(process.env.KLAVIYO_KEY)).getLists();`,
    },
    expect: [{ operation: 'get_lists', keyEnv: 'KLAVIYO_KEY', range: "new Lists(require('klaviyo-api').ConfigWrapper(process.env.KLAVIYO_KEY)).getLists()", at: '2:1' }],
  },
  {
    name: 'Promise.all over several calls',
    files: `${API}
Promise.all([api.getProfiles(), api.getProfile('1')]);`,
    expect: [
      { operation: 'get_profiles', range: 'api.getProfiles()', at: '3:14' },
      { operation: 'get_profile', range: "api.getProfile('1')", at: '3:33' },
    ],
  },
  {
    name: 'TSX component calling the SDK in a handler',
    files: {
      'src/Button.tsx': `import { ApiKeySession, ListsApi } from 'klaviyo-api';
const lists = new ListsApi(new ApiKeySession(process.env.KLAVIYO_KEY!));
export const Button = () => <button onClick={() => lists.getLists()}>Load</button>;`,
    },
    expect: [{ operation: 'get_lists', range: 'lists.getLists()', at: '3:52' }],
  },
];

// ---- ready-made objects and v1–v5 arrow methods --------------------------------------------
const READY_MADE: Case[] = [
  {
    name: 'v2 ready-made object with ConfigWrapper(key) elsewhere',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/setup.ts': `import { ConfigWrapper } from 'klaviyo-api';
ConfigWrapper(process.env.KLAVIYO_KEY!);`,
      'src/index.ts': `import { Profiles } from 'klaviyo-api';
export const all = () => Profiles.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], kind: 'sdk', file: 'src/index.ts', range: 'Profiles.getProfiles()', nameText: 'getProfiles', at: '2:26' }],
  },
  {
    name: 'v6+ ready-made object keyed by new GlobalApiKeySettings(key)',
    files: `import { GlobalApiKeySettings, Lists } from 'klaviyo-api';
new GlobalApiKeySettings(process.env.KLAVIYO_KEY!);
Lists.getLists();`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], range: 'Lists.getLists()', at: '3:1' }],
  },
  {
    name: 'ready-made object through the Klaviyo namespace object',
    files: `import { Klaviyo } from 'klaviyo-api';
Klaviyo.Events.getEvents();`,
    expect: [{ operation: 'get_events', scopes: ['events:read'], range: 'Klaviyo.Events.getEvents()', at: '2:1' }],
  },
  {
    name: 'ready-made object from require',
    files: {
      'src/index.js': `const { ConfigWrapper, Segments } = require('klaviyo-api');
ConfigWrapper(process.env.KLAVIYO_KEY);
Segments.getSegment('abc');`,
    },
    expect: [{ operation: 'get_segment', scopes: ['segments:read'], range: "Segments.getSegment('abc')", at: '3:1' }],
  },
  {
    name: 'ready-made object, v5 package, Accounts group',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.ts': `import { Accounts, ConfigWrapper } from 'klaviyo-api';
ConfigWrapper(process.env.KLAVIYO_KEY!);
Accounts.getAccounts();`,
    },
    expect: [{ operation: 'get_accounts', scopes: ['accounts:read'], range: 'Accounts.getAccounts()', at: '3:1' }],
  },
  {
    name: 'v1–v5 destructured arrow method, reported at the call',
    files: {
      'package.json': pkg('^3.0.0'),
      'src/index.ts': `import { Profiles } from 'klaviyo-api';
const { getProfile } = Profiles;
export const one = (id: string) => getProfile(id);`,
    },
    expect: [{ operation: 'get_profile', scopes: ['profiles:read'], range: 'getProfile(id)', nameText: 'getProfile', at: '3:36' }],
  },
  {
    name: 'v1–v5 destructured and renamed arrow method',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
const { getLists: fetchLists, createList } = Lists;
fetchLists();
createList({} as any);`,
    },
    expect: [
      { operation: 'get_lists', range: 'fetchLists()', nameText: 'fetchLists', at: '3:1' },
      { operation: 'create_list', scopes: ['lists:write'], range: 'createList({} as any)', at: '4:1' },
    ],
  },
  {
    name: 'v1–v5 destructured method from a required ready-made object',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.js': `const { Events } = require('klaviyo-api');
const { createEvent } = Events;
createEvent({});`,
    },
    expect: [{ operation: 'create_event', scopes: ['events:write'], range: 'createEvent({})', at: '3:1' }],
  },
  {
    name: 'v1–v5 destructured method passed as a reference (not called)',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.ts': `import { Metrics } from 'klaviyo-api';
const { getMetrics } = Metrics;
declare function retry<T>(fn: () => T): T;
retry(getMetrics);`,
    },
    expect: [{ operation: 'get_metrics', range: 'getMetrics', at: '4:7' }],
  },
  {
    name: 'decision: a method destructured from a v6+ instance is still reported (it throws at run time, but is clearly meant as an API call)',
    files: {
      'package.json': pkg('^10.1.0'),
      'src/index.ts': `${API}
const { getProfiles } = api;
getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'getProfiles()', at: '4:1' }],
  },
  {
    name: 'decision: a method destructured from a v6+ ready-made object is still reported',
    files: `import { Flows } from 'klaviyo-api';
const { getFlows } = Flows;
getFlows();`,
    expect: [{ operation: 'get_flows', range: 'getFlows()', at: '3:1' }],
  },
  {
    name: 'v1–v5 nested destructuring straight from require',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.js': `const { Profiles: { getProfiles } } = require('klaviyo-api');
getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', range: 'getProfiles()', at: '2:1' }],
  },
  {
    name: 'destructured from a ready-made object as a parameter default',
    files: `import { Profiles } from 'klaviyo-api';
export const load = ({ getProfiles } = Profiles) => getProfiles();`,
    expect: [{ operation: 'get_profiles', range: 'getProfiles()', at: '2:53' }],
  },
  {
    name: 'v1 ready-made Templates.createTemplate',
    files: {
      'package.json': pkg('1.0.2'),
      'src/index.ts': `import { ConfigWrapper, Templates } from 'klaviyo-api';
ConfigWrapper(process.env.KLAVIYO_KEY!);
Templates.createTemplate({} as any);`,
    },
    expect: [{ operation: 'create_template', scopes: ['templates:write'], range: 'Templates.createTemplate({} as any)', at: '3:1' }],
  },
  {
    name: 'v1–v5 *Api class constructed with ConfigWrapper(key) → keyEnv',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.ts': `import { ConfigWrapper, ProfilesApi } from 'klaviyo-api';
const api = new ProfilesApi(ConfigWrapper(process.env.KLAVIYO_KEY!));
api.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'api.getProfiles()', at: '3:1' }],
  },
];

// ---- where instances live -----------------------------------------------------------------
const S = 'new ApiKeySession(process.env.KLAVIYO_KEY!)';
const INSTANCES: Case[] = [
  {
    name: 'class field initialised with new',
    files: `${IMPORT}
export class ProfileService {
  private api = new ProfilesApi(${S});
  list() {
    return this.api.getProfiles();
  }
}`,
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'this.api.getProfiles()', at: '5:12' }],
  },
  {
    name: 'typed class field assigned in the constructor',
    files: `import { ApiKeySession, ListsApi } from 'klaviyo-api';
export class ListService {
  private readonly lists: ListsApi;
  constructor() {
    this.lists = new ListsApi(${S});
  }
  all() {
    return this.lists.getLists();
  }
}`,
    expect: [{ operation: 'get_lists', keyEnv: 'KLAVIYO_KEY', range: 'this.lists.getLists()', at: '8:12' }],
  },
  {
    name: 'constructor parameter property (private lists: ListsApi)',
    files: `import { ListsApi } from 'klaviyo-api';
export class Newsletter {
  constructor(private lists: ListsApi) {}
  async subscribers(id: string) {
    return this.lists.getProfilesForList(id);
  }
}`,
    expect: [{ operation: 'get_profiles_for_list', scopes: ['lists:read', 'profiles:read'], range: 'this.lists.getProfilesForList(id)', at: '5:12' }],
  },
  {
    name: 'readonly parameter property, class constructed elsewhere with a session',
    files: `import { ApiKeySession, EventsApi } from 'klaviyo-api';
class Tracker {
  constructor(readonly events: EventsApi) {}
  track() {
    return this.events.createEvent({} as any);
  }
}
new Tracker(new EventsApi(${S})).track();`,
    expect: [{ operation: 'create_event', range: 'this.events.createEvent({} as any)', at: '5:12' }],
  },
  {
    name: 'constructor assigns this.api = new ProfilesApi(s)',
    files: `${IMPORT}
export class Crm {
  api;
  constructor(key: string) {
    this.api = new ProfilesApi(new ApiKeySession(key));
  }
  find(email: string) {
    return this.api.getProfiles({ filter: \`equals(email,"\${email}")\` });
  }
}`,
    expect: [{ operation: 'get_profiles', range: 'this.api.getProfiles({ filter: `equals(email,"${email}")` })', at: '8:12' }],
  },
  {
    name: 'assignment in an init method',
    files: `import { ApiKeySession, SegmentsApi } from 'klaviyo-api';
class Audience {
  private segments?: SegmentsApi;
  init() {
    this.segments = new SegmentsApi(${S});
  }
  load() {
    return this.segments?.getSegments();
  }
}`,
    expect: [{ operation: 'get_segments', range: 'this.segments?.getSegments()', at: '8:12' }],
  },
  {
    name: 'getter returning a new client',
    files: `import { ApiKeySession, TagsApi } from 'klaviyo-api';
class Clients {
  get tags() {
    return new TagsApi(${S});
  }
}
new Clients().tags.getTags();`,
    expect: [{ operation: 'get_tags', range: 'new Clients().tags.getTags()', at: '7:1' }],
  },
  {
    name: 'static class field',
    files: `${IMPORT}
export class Klaviyo {
  static profiles = new ProfilesApi(${S});
}
Klaviyo.profiles.getProfiles();`,
    expect: [{ operation: 'get_profiles', range: 'Klaviyo.profiles.getProfiles()', at: '5:1' }],
  },
  {
    name: 'method of a subclass calling an inherited field',
    files: `${IMPORT}
class Base {
  protected api = new ProfilesApi(${S});
}
class Child extends Base {
  run() {
    return this.api.getProfile('1');
  }
}`,
    expect: [{ operation: 'get_profile', range: "this.api.getProfile('1')", at: '7:12' }],
  },
  {
    name: 'user class extending an SDK class inherits its methods (session passed through)',
    files: `${IMPORT}
class Profiles extends ProfilesApi {
  async byEmail(email: string) {
    return this.getProfiles({ filter: \`equals(email,"\${email}")\` });
  }
}
new Profiles(${S}).getProfile('1');`,
    expect: [
      { operation: 'get_profiles', range: 'this.getProfiles({ filter: `equals(email,"${email}")` })', at: '4:12' },
      { operation: 'get_profile', keyEnv: 'KLAVIYO_KEY', range: `new Profiles(${S}).getProfile('1')`, at: '7:1' },
    ],
  },
  {
    name: 'ES private field #api',
    files: `${IMPORT}
class Sync {
  #api = new ProfilesApi(${S});
  run() {
    return this.#api.getProfiles();
  }
}`,
    expect: [{ operation: 'get_profiles', range: 'this.#api.getProfiles()', at: '5:12' }],
  },
  {
    name: 'constructor parameter property with a default client',
    files: `${IMPORT}
export class Sync {
  constructor(private readonly api = new ProfilesApi(${S})) {}
  run() {
    return this.api.getProfiles();
  }
}`,
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'this.api.getProfiles()', at: '5:12' }],
  },
  {
    name: 'this inside a method of an object literal',
    files: `import { ApiKeySession, ListsApi } from 'klaviyo-api';
export const service = {
  lists: new ListsApi(${S}),
  load() {
    return this.lists.getLists();
  },
};`,
    expect: [{ operation: 'get_lists', range: 'this.lists.getLists()', at: '5:12' }],
  },
  {
    name: 'object literal of clients',
    files: `${IMPORT}
const s = ${S};
const clients = { profiles: new ProfilesApi(s) };
clients.profiles.getProfiles();`,
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'clients.profiles.getProfiles()', at: '4:1' }],
  },
  {
    name: 'nested object literal and shorthand property',
    files: `import { ApiKeySession, ListsApi, ProfilesApi } from 'klaviyo-api';
const s = ${S};
const lists = new ListsApi(s);
const klaviyo = { api: { lists, profiles: new ProfilesApi(s) } };
klaviyo.api.lists.getLists();
klaviyo.api.profiles.getProfiles();`,
    expect: [
      { operation: 'get_lists', range: 'klaviyo.api.lists.getLists()', at: '5:1' },
      { operation: 'get_profiles', range: 'klaviyo.api.profiles.getProfiles()', at: '6:1' },
    ],
  },
  {
    name: 'object literal with a spread of another client map',
    files: `import { ApiKeySession, ListsApi } from 'klaviyo-api';
const base = { lists: new ListsApi(${S}) };
const all = { ...base, name: 'x' };
all.lists.getList('L1');`,
    expect: [{ operation: 'get_list', range: "all.lists.getList('L1')", at: '4:1' }],
  },
  {
    name: 'exported const used from another file',
    files: {
      'src/klaviyo.ts': `${IMPORT}
export const profilesApi = new ProfilesApi(${S});`,
      'src/users.ts': `import { profilesApi } from './klaviyo';
export const load = () => profilesApi.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', file: 'src/users.ts', range: 'profilesApi.getProfiles()', at: '2:27' }],
  },
  {
    name: 'export default instance',
    files: {
      'src/klaviyo.ts': `import { ApiKeySession, ListsApi } from 'klaviyo-api';
export default new ListsApi(${S});`,
      'src/users.ts': `import lists from './klaviyo';
lists.getLists();`,
    },
    expect: [{ operation: 'get_lists', file: 'src/users.ts', range: 'lists.getLists()', at: '2:1' }],
  },
  {
    name: 'export { x as y }',
    files: {
      'src/klaviyo.ts': `${IMPORT}
const api = new ProfilesApi(${S});
export { api as klaviyoProfiles };`,
      'src/users.ts': `import { klaviyoProfiles } from './klaviyo';
klaviyoProfiles.getProfile('x');`,
    },
    expect: [{ operation: 'get_profile', file: 'src/users.ts', range: "klaviyoProfiles.getProfile('x')", at: '2:1' }],
  },
  {
    name: 're-export: export * from ./client',
    files: {
      'src/lib/client.ts': `${IMPORT}
export const api = new ProfilesApi(${S});`,
      'src/lib/index.ts': `export * from './client';`,
      'src/users.ts': `import { api } from './lib';
api.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', file: 'src/users.ts', range: 'api.getProfiles()', at: '2:1' }],
  },
  {
    name: 'named re-export: export { api } from ./client',
    files: {
      'src/client.ts': `${IMPORT}
export const api = new ProfilesApi(${S});`,
      'src/index.ts': `export { api as profiles } from './client';`,
      'src/users.ts': `import { profiles } from './index';
profiles.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', file: 'src/users.ts', range: 'profiles.getProfiles()', at: '2:1' }],
  },
  {
    name: 'import * as ns from a local module',
    files: {
      'src/client.ts': `${IMPORT}
export const api = new ProfilesApi(${S});`,
      'src/users.ts': `import * as clients from './client';
clients.api.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', file: 'src/users.ts', range: 'clients.api.getProfiles()', at: '2:1' }],
  },
  {
    name: 'CommonJS module.exports = { api } and destructured require',
    files: {
      'src/client.js': `const { ApiKeySession, ProfilesApi } = require('klaviyo-api');
const api = new ProfilesApi(new ApiKeySession(process.env.KLAVIYO_KEY));
module.exports = { api };`,
      'src/users.js': `const { api } = require('./client');
api.getProfiles();`,
    },
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', file: 'src/users.js', range: 'api.getProfiles()', at: '2:1' }],
  },
  {
    name: 'CommonJS exports.x = … and whole-module require',
    files: {
      'src/client.js': `const klaviyo = require('klaviyo-api');
exports.lists = new klaviyo.ListsApi(new klaviyo.ApiKeySession(process.env.KLAVIYO_KEY));`,
      'src/users.js': `const client = require('./client');
client.lists.getLists();`,
    },
    expect: [{ operation: 'get_lists', file: 'src/users.js', range: 'client.lists.getLists()', at: '2:1' }],
  },
  {
    name: 'factory function declaration',
    files: `${IMPORT}
function makeApi() {
  return new ProfilesApi(${S});
}
makeApi().getProfiles();
const api = makeApi();
api.getProfile('1');`,
    expect: [
      { operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'makeApi().getProfiles()', at: '5:1' },
      { operation: 'get_profile', range: "api.getProfile('1')", at: '7:1' },
    ],
  },
  {
    name: 'arrow factory taking the key: keyEnv comes from the call site',
    files: `${IMPORT}
const makeApi = (key: string) => new ProfilesApi(new ApiKeySession(key));
makeApi(process.env.KLAVIYO_KEY!).getProfiles();`,
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'makeApi(process.env.KLAVIYO_KEY!).getProfiles()', at: '3:1' }],
  },
  {
    name: 'async factory awaited',
    files: `${IMPORT}
async function client() {
  return new ProfilesApi(${S});
}
export async function run() {
  const api = await client();
  return api.getProfiles();
}`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles()', at: '7:10' }],
  },
  {
    name: 'factory returning an object of clients',
    files: `${IMPORT}
function clients() {
  return { profiles: new ProfilesApi(${S}) };
}
clients().profiles.getProfiles();`,
    expect: [{ operation: 'get_profiles', range: 'clients().profiles.getProfiles()', at: '5:1' }],
  },
  {
    name: 'same client class on both branches of a conditional',
    files: `${IMPORT}
declare const sandbox: boolean;
const api = sandbox ? new ProfilesApi(new ApiKeySession(process.env.SANDBOX_KEY!)) : new ProfilesApi(${S});
api.getProfiles();`,
    expect: [{ operation: 'get_profiles', keyEnv: null, range: 'api.getProfiles()', at: '4:1' }],
  },
  {
    name: 'injected client with a fallback: injected ?? new ProfilesApi(s)',
    files: `${IMPORT}
export function make(injected?: unknown) {
  const api = (injected as undefined) ?? new ProfilesApi(${S});
  return api.getProfiles();
}`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles()', at: '4:10' }],
  },
  {
    name: 'factory in another module',
    files: {
      'src/factory.ts': `import { ApiKeySession, ListsApi } from 'klaviyo-api';
export function listsClient(key = process.env.KLAVIYO_KEY!) {
  return new ListsApi(new ApiKeySession(key));
}`,
      'src/use.ts': `import { listsClient } from './factory';
const lists = listsClient();
lists.getLists();`,
    },
    expect: [{ operation: 'get_lists', file: 'src/use.ts', range: 'lists.getLists()', at: '3:1' }],
  },
  {
    name: 'typed parameter (api: ProfilesApi)',
    files: `import type { ProfilesApi } from 'klaviyo-api';
export function loadAll(api: ProfilesApi) {
  return api.getProfiles();
}`,
    expect: [{ operation: 'get_profiles', keyEnv: null, range: 'api.getProfiles()', at: '3:10' }],
  },
  {
    name: 'typed parameter with the namespace type (api: Klaviyo.ListsApi)',
    files: `import * as Klaviyo from 'klaviyo-api';
export const all = async (api: Klaviyo.ListsApi) => api.getLists();`,
    expect: [{ operation: 'get_lists', range: 'api.getLists()', at: '2:53' }],
  },
  {
    name: 'typed destructured-parameter object is not needed: typed method parameter',
    files: `import { TemplatesApi } from 'klaviyo-api';
class Mailer {
  render(templates: TemplatesApi) {
    return templates.getTemplates();
  }
}`,
    expect: [{ operation: 'get_templates', scopes: ['templates:read'], range: 'templates.getTemplates()', at: '4:12' }],
  },
  {
    name: 'parameter with a default client',
    files: `${IMPORT}
export function load(api = new ProfilesApi(${S})) {
  return api.getProfiles();
}`,
    expect: [{ operation: 'get_profiles', keyEnv: 'KLAVIYO_KEY', range: 'api.getProfiles()', at: '3:10' }],
  },
  {
    name: 'typed const whose initializer cannot be followed (DI container)',
    files: `${IMPORT}
declare const container: { resolve(name: string): unknown };
const api: ProfilesApi = container.resolve('profiles') as never;
api.getProfiles();`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles()', at: '4:1' }],
  },
  {
    name: 'parameter typed with an object type literal, plain and destructured',
    files: `import type { ListsApi } from 'klaviyo-api';
export function a(deps: { lists: ListsApi; name: string }) {
  return deps.lists.getLists();
}
export const b = ({ lists }: { lists: ListsApi }) => lists.getList('L1');`,
    expect: [
      { operation: 'get_lists', range: 'deps.lists.getLists()', at: '3:10' },
      { operation: 'get_list', range: "lists.getList('L1')", at: '5:54' },
    ],
  },
  {
    name: 'typed variable without initializer (declare const)',
    files: `import { MetricsApi } from 'klaviyo-api';
declare const metrics: MetricsApi;
metrics.getMetric('m1');`,
    expect: [{ operation: 'get_metric', range: "metrics.getMetric('m1')", at: '3:1' }],
  },
  {
    name: 'wrapper method named like the SDK one: only the inner SDK call is reported',
    files: `${IMPORT}
class Repo {
  private api = new ProfilesApi(${S});
  getProfiles() {
    return this.api.getProfiles();
  }
}
new Repo().getProfiles();`,
    expect: [{ operation: 'get_profiles', range: 'this.api.getProfiles()', at: '5:12' }],
  },
  {
    name: 'client created inside a function from an imported session',
    files: {
      'src/session.ts': `import { ApiKeySession } from 'klaviyo-api';
export const session = new ApiKeySession(process.env.KLAVIYO_KEY!);`,
      'src/use.ts': `import { CatalogsApi } from 'klaviyo-api';
import { session } from './session';
export function categories() {
  return new CatalogsApi(session).getCatalogCategories();
}`,
    },
    expect: [{ operation: 'get_catalog_categories', keyEnv: 'KLAVIYO_KEY', file: 'src/use.ts', range: 'new CatalogsApi(session).getCatalogCategories()', at: '4:10' }],
  },
];

// ---- method references ---------------------------------------------------------------------
const REFERENCES: Case[] = [
  {
    name: 'method reference passed to a helper',
    files: `${API}
declare function paginate<T>(fn: (...a: any[]) => Promise<T>): Promise<T[]>;
paginate(api.getProfiles);`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles', nameText: 'getProfiles', at: '4:10' }],
  },
  {
    name: 'dispatch table of method references',
    files: `${API}
export const handlers = { create: api.createProfile, update: api.updateProfile };`,
    expect: [
      { operation: 'create_profile', scopes: ['profiles:write'], range: 'api.createProfile', at: '3:35' },
      { operation: 'update_profile', scopes: ['profiles:write'], range: 'api.updateProfile', at: '3:62' },
    ],
  },
  {
    name: '.bind(api) is reported once, at the method',
    files: `${API}
const load = api.getProfiles.bind(api);
load();`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles', at: '3:14' }],
  },
  {
    name: '.call(api, …) is reported once',
    files: `${API}
api.getProfile.call(api, '01H');`,
    expect: [{ operation: 'get_profile', range: 'api.getProfile', at: '3:1' }],
  },
  {
    name: 'reference of a ready-made object method',
    files: `import { Profiles } from 'klaviyo-api';
const fns = [Profiles.getProfiles, Profiles.getProfile];`,
    expect: [
      { operation: 'get_profiles', range: 'Profiles.getProfiles', at: '2:14' },
      { operation: 'get_profile', range: 'Profiles.getProfile', at: '2:36' },
    ],
  },
  {
    name: 'reference stored in a variable then called: reported once, at the reference',
    files: `${API}
const fetchAll = api.getProfiles;
fetchAll();`,
    expect: [{ operation: 'get_profiles', range: 'api.getProfiles', at: '3:18' }],
  },
];

// ---- old names, generic relationships, version-dependent endpoints --------------------------
const NAMES: Case[] = [
  {
    name: 'renamed operation: getListProfiles → get_profiles_for_list with alias',
    files: `import { ApiKeySession, ListsApi } from 'klaviyo-api';
const lists = new ListsApi(${S});
lists.getListProfiles('L1');`,
    expect: [{
      operation: 'get_profiles_for_list', scopes: ['lists:read', 'profiles:read'], confidence: 'certain',
      alias: { used: 'getListProfiles', current: 'getProfilesForList' }, range: "lists.getListProfiles('L1')", at: '3:1',
    }],
  },
  {
    name: 'renamed operation in v5 ready-made object: Profiles.getProfileLists',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.ts': `import { Profiles } from 'klaviyo-api';
Profiles.getProfileLists('01H');`,
    },
    expect: [{ operation: 'get_lists_for_profile', alias: { used: 'getProfileLists', current: 'getListsForProfile' }, range: "Profiles.getProfileLists('01H')", at: '2:1' }],
  },
  {
    name: 'historical operationId of an older revision: getCatalogCategoryItems',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.ts': `import { Catalogs } from 'klaviyo-api';
Catalogs.getCatalogCategoryItems('c1');`,
    },
    expect: [{ operation: 'get_items_for_catalog_category', scopes: ['catalogs:read'], alias: { used: 'getCatalogCategoryItems', current: 'getItemsForCatalogCategory' }, range: "Catalogs.getCatalogCategoryItems('c1')", at: '2:1' }],
  },
  {
    name: 'former operationId: createCampaignSendJob → send_campaign',
    files: `import { ApiKeySession, CampaignsApi } from 'klaviyo-api';
new CampaignsApi(${S}).createCampaignSendJob({} as any);`,
    expect: [{ operation: 'send_campaign', scopes: ['campaigns:write'], alias: { used: 'createCampaignSendJob', current: 'sendCampaign' }, range: `new CampaignsApi(${S}).createCampaignSendJob({} as any)`, at: '2:1' }],
  },
  {
    name: 'v3 split relationship method: getListRelationshipsProfiles',
    files: {
      'package.json': pkg('^3.0.0'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.getListRelationshipsProfiles('L1');`,
    },
    expect: [{ operation: 'get_profile_ids_for_list', scopes: ['lists:read', 'profiles:read'], alias: { used: 'getListRelationshipsProfiles', current: 'getProfileIdsForList' }, range: "Lists.getListRelationshipsProfiles('L1')", at: '2:1' }],
  },
  {
    name: "v1 generic createListRelationships(body, id, 'profiles'): body first, related resource at index 2",
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.createListRelationships({ data: [] }, 'L1', 'profiles');`,
    },
    expect: [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], confidence: 'certain', range: "Lists.createListRelationships({ data: [] }, 'L1', 'profiles')", at: '2:1' }],
  },
  {
    name: 'v1 generic createListRelationships with a non-literal resource: the SDK documents only profiles → likely add_profiles_to_list',
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
export const link = (kind: string) => Lists.createListRelationships({ data: [] }, 'L1', kind);`,
    },
    expect: [{ operation: 'add_profiles_to_list', confidence: 'likely', scopes: ['lists:write', 'profiles:write'], note: 'only takes one value', range: "Lists.createListRelationships({ data: [] }, 'L1', kind)", at: '2:39' }],
  },
  {
    name: 'v3 createListRelationships(body, id) targets profiles (alias of add_profiles_to_list)',
    files: {
      'package.json': pkg('^3.0.0'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.createListRelationships({ data: [] }, 'L1');`,
    },
    expect: [{ operation: 'add_profiles_to_list', confidence: 'certain', alias: { used: 'createListRelationships', current: 'addProfilesToList' }, range: "Lists.createListRelationships({ data: [] }, 'L1')", at: '2:1' }],
  },
  {
    name: 'v14 createListRelationships(id, body) on a ListsApi instance',
    files: {
      'package.json': pkg('^14.0.0'),
      'src/index.ts': `import { ApiKeySession, ListsApi } from 'klaviyo-api';
new ListsApi(${S}).createListRelationships('L1', { data: [] } as any);`,
    },
    expect: [{ operation: 'add_profiles_to_list', alias: { used: 'createListRelationships', current: 'addProfilesToList' }, range: `new ListsApi(${S}).createListRelationships('L1', { data: [] } as any)`, at: '2:1' }],
  },
  {
    name: 'v2 deleteListRelationships (generic in the SDK, revision 2023-02-22) → remove_profiles_from_list',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.deleteListRelationships({ data: [] }, 'L1', 'profiles');`,
    },
    expect: [{ operation: 'remove_profiles_from_list', scopes: ['lists:write', 'profiles:write'], range: "Lists.deleteListRelationships({ data: [] }, 'L1', 'profiles')", at: '2:1' }],
  },
  {
    name: "v2 generic getListRelationships(id, 'tags')",
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.getListRelationships('L1', 'tags');`,
    },
    expect: [{ operation: 'get_tag_ids_for_list', confidence: 'certain', range: "Lists.getListRelationships('L1', 'tags')", at: '2:1' }],
  },
  {
    name: 'v2 generic getListRelationships with a non-literal resource → unresolved with candidates',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Lists } from 'klaviyo-api';
export function related(id: string, what: string) {
  return Lists.getListRelationships(id, what);
}`,
    },
    expect: [{ operation: null, confidence: 'unresolved', candidates: ['get_profile_ids_for_list', 'get_tag_ids_for_list'], range: 'Lists.getListRelationships(id, what)', at: '3:10' }],
  },
  {
    name: 'the related resource is read at its argIndex only (an id that looks like a resource does not count)',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Profiles } from 'klaviyo-api';
export const rel = (r: string) => Profiles.getProfileRelationships('lists', r);`,
    },
    expect: [{ operation: null, confidence: 'unresolved', candidates: ['get_list_ids_for_profile', 'get_segment_ids_for_profile'], range: "Profiles.getProfileRelationships('lists', r)", at: '2:35' }],
  },
  {
    name: 'v2 generic relationship with the resource in a const',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Profiles } from 'klaviyo-api';
const REL = 'segments';
Profiles.getProfileRelationships('01H', REL);`,
    },
    expect: [{ operation: 'get_segment_ids_for_profile', scopes: ['profiles:read', 'segments:read'], range: "Profiles.getProfileRelationships('01H', REL)", at: '3:1' }],
  },
  {
    name: "v2 createTagRelationships(body, id, 'lists'): body-first write method",
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Tags } from 'klaviyo-api';
Tags.createTagRelationships({ data: [{ type: 'list', id: 'L1' }] }, 'tag-1', 'lists');`,
    },
    expect: [{ operation: 'tag_lists', range: "Tags.createTagRelationships({ data: [{ type: 'list', id: 'L1' }] }, 'tag-1', 'lists')", at: '2:1' }],
  },
  {
    name: "v1 createCatalogCategoryRelationships(body, id, 'items')",
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Catalogs } from 'klaviyo-api';
Catalogs.createCatalogCategoryRelationships({ data: [] }, 'cat-1', 'items');`,
    },
    expect: [{ operation: 'add_items_to_catalog_category', scopes: ['catalogs:write'], range: "Catalogs.createCatalogCategoryRelationships({ data: [] }, 'cat-1', 'items')", at: '2:1' }],
  },
  {
    name: 'v1 version from package-lock.json (package.json says a range)',
    files: {
      'package.json': pkg('>=1'),
      'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/klaviyo-api': { version: '1.0.2' } } }),
      'src/index.ts': `import { Flows } from 'klaviyo-api';
Flows.getFlowRelationships('F1', 'flow-actions');`,
    },
    expect: [{ operation: 'get_action_ids_for_flow', range: "Flows.getFlowRelationships('F1', 'flow-actions')", at: '2:1' }],
  },
  {
    name: 'v1 version from yarn.lock',
    files: {
      'package.json': pkg('*'),
      'yarn.lock': 'klaviyo-api@*:\n  version "1.0.2"\n',
      'src/index.ts': `import { Segments } from 'klaviyo-api';
Segments.getSegmentRelationships('S1', 'profiles');`,
    },
    expect: [{ operation: 'get_profile_ids_for_segment', scopes: ['profiles:read', 'segments:read'], range: "Segments.getSegmentRelationships('S1', 'profiles')", at: '2:1' }],
  },
  {
    name: 'nearest package.json decides: a v1 sub-package next to a v23 root',
    files: {
      'package.json': pkg('^23.0.0'),
      'legacy/package.json': pkg('^1.0.2'),
      'legacy/src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.createListRelationships({ data: [] }, 'L1', kind());
declare function kind(): string;`,
      'src/index.ts': `import { Lists } from 'klaviyo-api';
Lists.createListRelationships('L1', { data: [] } as any);`,
    },
    expect: [
      { operation: 'add_profiles_to_list', confidence: 'likely', alias: null, file: 'legacy/src/index.ts', range: "Lists.createListRelationships({ data: [] }, 'L1', kind())", at: '2:1' },
      { operation: 'add_profiles_to_list', confidence: 'certain', alias: { used: 'createListRelationships', current: 'addProfilesToList' }, file: 'src/index.ts', range: "Lists.createListRelationships('L1', { data: [] } as any)", at: '2:1' },
    ],
  },
  {
    name: 'unsubscribeProfiles on v3 (unsubscription bulk-create job) → bulk_unsubscribe_profiles',
    files: {
      'package.json': pkg('^3.0.0'),
      'src/index.ts': `import { Profiles } from 'klaviyo-api';
Profiles.unsubscribeProfiles({} as any);`,
    },
    expect: [{ operation: 'bulk_unsubscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], alias: { used: 'unsubscribeProfiles', current: 'bulkUnsubscribeProfiles' }, range: 'Profiles.unsubscribeProfiles({} as any)', at: '2:1' }],
  },
  {
    name: 'unsubscribeProfiles on v5+ (subscription bulk-delete job) → bulk_unsubscribe_profiles',
    files: {
      'package.json': pkg('^7.2.0'),
      'src/index.ts': `${API}
api.unsubscribeProfiles({} as any);`,
    },
    expect: [{ operation: 'bulk_unsubscribe_profiles', alias: { used: 'unsubscribeProfiles', current: 'bulkUnsubscribeProfiles' }, range: 'api.unsubscribeProfiles({} as any)', at: '3:1' }],
  },
  {
    name: 'createTemplateRender on v1 (POST /templates/{id}/render) → render_template',
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Templates } from 'klaviyo-api';
Templates.createTemplateRender({} as any, 'T1');`,
    },
    expect: [{ operation: 'render_template', scopes: ['templates:read'], alias: { used: 'createTemplateRender', current: 'renderTemplate' }, range: "Templates.createTemplateRender({} as any, 'T1')", at: '2:1' }],
  },
  {
    name: 'createTemplateRender on v2+ (POST /template-render) → render_template',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.ts': `import { Templates } from 'klaviyo-api';
Templates.createTemplateRender({} as any);`,
    },
    expect: [{ operation: 'render_template', alias: { used: 'createTemplateRender', current: 'renderTemplate' }, range: 'Templates.createTemplateRender({} as any)', at: '2:1' }],
  },
  {
    name: 'retired operation with no successor: reported with a note',
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Events } from 'klaviyo-api';
Events.getEventMetrics('E1');`,
    },
    expect: [{ operation: null, confidence: 'certain', note: 'retired', range: "Events.getEventMetrics('E1')", at: '2:1' }],
  },
];

// ---- include ------------------------------------------------------------------------------
const INCLUDE: Case[] = [
  {
    name: "getProfile(id, { include: ['lists', 'segments'] }) adds lists:read and segments:read",
    files: `${API}
api.getProfile('01H', { include: ['lists', 'segments'] });`,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read', 'segments:read'], includeScopes: ['lists:read', 'segments:read'], range: "api.getProfile('01H', { include: ['lists', 'segments'] })", at: '3:1' }],
  },
  {
    name: "getProfiles({ include: ['push-tokens'] })",
    files: `${API}
api.getProfiles({ include: ['push-tokens'] });`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read', 'push-tokens:read'], includeScopes: ['profiles:read', 'push-tokens:read'], range: "api.getProfiles({ include: ['push-tokens'] })", at: '3:1' }],
  },
  {
    name: 'include values get_profiles does not accept (lists, segments) add nothing',
    files: `${API}
api.getProfiles({ include: ["lists", "segments"] } as any);`,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], includeScopes: [], range: 'api.getProfiles({ include: ["lists", "segments"] } as any)', at: '3:1' }],
  },
  {
    name: 'unknown include values are ignored',
    files: `${API}
api.getProfile('01H', { include: ['lists', 'bogus'] } as any);`,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read'], includeScopes: ['lists:read'], range: "api.getProfile('01H', { include: ['lists', 'bogus'] } as any)", at: '3:1' }],
  },
  {
    name: 'include from a const array defined in another module',
    files: {
      'src/constants.ts': `export const PROFILE_INCLUDES = ['segments'] as const;`,
      'src/index.ts': `${API}
import { PROFILE_INCLUDES } from './constants';
api.getProfile('01H', { include: [...PROFILE_INCLUDES] as any });
api.getProfile('01H', { include: PROFILE_INCLUDES as any });`,
    },
    expect: [
      { operation: 'get_profile', file: 'src/index.ts', includeScopes: [], range: "api.getProfile('01H', { include: [...PROFILE_INCLUDES] as any })", at: '4:1' },
      { operation: 'get_profile', file: 'src/index.ts', scopes: ['profiles:read', 'segments:read'], includeScopes: ['segments:read'], range: "api.getProfile('01H', { include: PROFILE_INCLUDES as any })", at: '5:1' },
    ],
  },
  {
    name: 'options object in a variable',
    files: `import { ApiKeySession, ListsApi } from 'klaviyo-api';
const lists = new ListsApi(${S});
const opts = { include: ['tags' as const] };
lists.getLists(opts);`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read', 'tags:read'], includeScopes: ['tags:read'], range: 'lists.getLists(opts)', at: '4:1' }],
  },
  {
    name: 'include on a v5 ready-made object (opts last)',
    files: {
      'package.json': pkg('^5.1.0'),
      'src/index.ts': `import { Events } from 'klaviyo-api';
Events.getEvents({ include: ['metric', 'profile'] });`,
    },
    expect: [{ operation: 'get_events', scopes: ['events:read', 'metrics:read', 'profiles:read'], includeScopes: ['metrics:read', 'profiles:read'], range: "Events.getEvents({ include: ['metric', 'profile'] })", at: '2:1' }],
  },
  {
    name: 'include as a comma-separated string',
    files: `import { ApiKeySession, FlowsApi } from 'klaviyo-api';
new FlowsApi(${S}).getFlows({ include: 'flow-actions,tags' } as any);`,
    expect: [{ operation: 'get_flows', includeScopes: ['flows:read', 'tags:read'], range: `new FlowsApi(${S}).getFlows({ include: 'flow-actions,tags' } as any)`, at: '2:1' }],
  },
  {
    name: 'include on an aliased name',
    files: `import { ApiKeySession, CampaignsApi } from 'klaviyo-api';
const c = new CampaignsApi(${S});
c.getCampaign('C1', { include: ['tags'] });`,
    expect: [{ operation: 'get_campaign', scopes: ['campaigns:read', 'tags:read'], includeScopes: ['tags:read'], range: "c.getCampaign('C1', { include: ['tags'] })", at: '3:1' }],
  },
];

// ---- /client/ endpoints -------------------------------------------------------------------
const CLIENT: Case[] = [
  {
    name: 'v23 Client.getClientIpAllowlist: kind client, no scopes',
    files: {
      'package.json': pkg('^23.0.0'),
      'src/index.ts': `import { Client } from 'klaviyo-api';
Client.getClientIpAllowlist('a1', 'PUBLIC_ID');`,
    },
    expect: [{ operation: 'get_client_ip_allowlist', kind: 'client', scopes: [], includeScopes: [], range: "Client.getClientIpAllowlist('a1', 'PUBLIC_ID')", at: '2:1' }],
  },
  {
    name: 'v23 ClientApi instance',
    files: `import { ApiKeySession, ClientApi } from 'klaviyo-api';
new ClientApi(${S}).getClientIpAllowlist('a1', 'PUBLIC_ID');`,
    expect: [{ operation: 'get_client_ip_allowlist', kind: 'client', scopes: [], range: `new ClientApi(${S}).getClientIpAllowlist('a1', 'PUBLIC_ID')`, at: '2:1' }],
  },
  {
    name: 'v1 Client.createClientEvent: kind client, no scopes',
    files: {
      'package.json': pkg('^1.0.2'),
      'src/index.ts': `import { Client } from 'klaviyo-api';
Client.createClientEvent({ data: {} }, 'PUBLIC_ID');`,
    },
    expect: [{ operation: 'create_client_event', kind: 'client', scopes: [], range: "Client.createClientEvent({ data: {} }, 'PUBLIC_ID')", at: '2:1' }],
  },
  {
    name: 'v2 ClientApi with ConfigWrapper: createClientSubscription',
    files: {
      'package.json': pkg('^2.1.1'),
      'src/index.js': `const { ClientApi, ConfigWrapper } = require('klaviyo-api');
const client = new ClientApi(ConfigWrapper(process.env.KLAVIYO_KEY));
client.createClientSubscription({}, 'PUBLIC_ID');`,
    },
    expect: [{ operation: 'create_client_subscription', kind: 'client', scopes: [], range: "client.createClientSubscription({}, 'PUBLIC_ID')", at: '3:1' }],
  },
];

// ---- negatives ----------------------------------------------------------------------------
const NEGATIVE: Case[] = [
  {
    name: "user's own ProfilesApi class (not from klaviyo-api)",
    files: `// our own klaviyo wrapper
class ProfilesApi {
  getProfiles() {
    return [];
  }
}
new ProfilesApi().getProfiles();`,
    expect: [],
  },
  {
    name: 'ProfilesApi imported from a local module that defines its own class',
    files: {
      'src/klaviyo-api.ts': `export class ProfilesApi { getProfiles() { return []; } }`,
      'src/index.ts': `import { ProfilesApi } from './klaviyo-api';
new ProfilesApi().getProfiles();`,
    },
    expect: [],
  },
  {
    name: 'receiver typed any',
    files: `// klaviyo
export function load(api: any) {
  return api.getProfiles();
}`,
    expect: [],
  },
  {
    name: 'look-alike package klaviyo-api-mock',
    files: `import { ApiKeySession, ProfilesApi } from 'klaviyo-api-mock';
new ProfilesApi(new ApiKeySession('k')).getProfiles();`,
    expect: [],
  },
  {
    name: 'scoped look-alike package @acme/klaviyo-api',
    files: `import { Profiles } from '@acme/klaviyo-api';
Profiles.getProfiles();`,
    expect: [],
  },
  {
    name: 'names in comments and strings',
    files: `import { ApiKeySession, ProfilesApi } from 'klaviyo-api';
// api.getProfiles() is what we call below? no
/* Profiles.getProfiles() */
const doc = 'call api.getProfiles() to list them';
const tpl = \`Profiles.getProfiles(\${doc})\`;
export { ApiKeySession, ProfilesApi, tpl };`,
    expect: [],
  },
  {
    name: 'api.session and api.constructor are not API methods',
    files: `${API}
const s = api.session;
const C = api.constructor;
export { s, C };`,
    expect: [],
  },
  {
    name: 'non-API members of an SDK client (setDefaultAuthentication-like, basePath)',
    files: `${API}
(api as any).basePath;
(api as any).setApiKey('x');
(api as any).defaultHeaders;`,
    expect: [],
  },
  {
    name: 'an unknown method name on an SDK client',
    files: `${API}
(api as any).getProfilesFast();`,
    expect: [],
  },
  {
    name: 'a property named like a method, never on an SDK value',
    files: `// klaviyo cache
const cache = { getProfiles: () => [], getLists() { return []; } };
cache.getProfiles();
cache.getLists();`,
    expect: [],
  },
  {
    name: 'browser snippet: klaviyo.push, _learnq.push, window.klaviyo.track',
    files: {
      'src/browser.js': `window.klaviyo = window.klaviyo || [];
klaviyo.push(['identify', { email: 'a@b.co' }]);
var _learnq = _learnq || [];
_learnq.push(['track', 'Viewed Product', {}]);
window.klaviyo.track('Added to Cart', {});
klaviyo.identify({ email: 'a@b.co' });`,
    },
    expect: [],
  },
  {
    name: 'shadowed variable: untyped parameter with the same name',
    files: `${API}
export function f(api) {
  return api.getProfiles();
}`,
    expect: [],
  },
  {
    name: 'shadowed import: block-scoped const with the same name',
    files: `import { Profiles } from 'klaviyo-api';
export function g() {
  const Profiles = { getProfiles: () => [] };
  return Profiles.getProfiles();
}`,
    expect: [],
  },
  {
    name: 'destructuring from an unrelated object',
    files: `// klaviyo helpers
import * as helpers from './helpers';
const { getProfiles } = helpers as any;
getProfiles();`,
    expect: [],
  },
  {
    name: 'destructuring a method from an unrelated local object',
    files: `// klaviyo
const repo = { getLists() { return []; } };
const { getLists } = repo;
getLists();`,
    expect: [],
  },
  {
    name: 'calling a method on the class instead of an instance',
    files: `import { ProfilesApi } from 'klaviyo-api';
(ProfilesApi as any).getProfiles();
(ProfilesApi as any).prototype.getProfiles;`,
    expect: [],
  },
  {
    name: 'type positions: typeof api.getProfiles and ProfilesApi["getProfiles"]',
    files: `${API}
type Fn = typeof api.getProfiles;
type Ret = ReturnType<ProfilesApi['getProfiles']>;
export type { Fn, Ret };`,
    expect: [],
  },
  {
    name: "'getProfiles' in api: a string operand, not a member access",
    files: `${API}
export const has = 'getProfiles' in api;`,
    expect: [],
  },
  {
    name: 'session object methods are not API calls',
    files: `import { ApiKeySession } from 'klaviyo-api';
const s = new ApiKeySession(process.env.KLAVIYO_KEY!);
s.applyToRequest({});
(s as any).getProfiles();`,
    expect: [],
  },
  {
    name: 'non-group exports of klaviyo-api (models, enums, helpers)',
    files: `import klaviyo, { ProfileEnum, RetryWithExponentialBackoff } from 'klaviyo-api';
(ProfileEnum as any).getProfiles();
new RetryWithExponentialBackoff().getProfiles?.();
(klaviyo as any).track('x');`,
    expect: [],
  },
  {
    name: 'legacy npm SDK methods are not the official SDK',
    files: `import { Klaviyo } from 'node-klaviyo';
const k = new (Klaviyo as any)({ privateToken: 'x' });
k.getProfiles();`,
    expect: [],
  },
  {
    name: 'interface and abstract method declarations named like SDK methods',
    files: `// klaviyo port
interface ProfilesPort { getProfiles(): Promise<unknown>; }
abstract class Port implements ProfilesPort { abstract getProfiles(): Promise<unknown>; }
export type { Port };`,
    expect: [],
  },
  {
    name: 'typed with a user class of the same name as an SDK class',
    files: `// klaviyo
class ListsApi { getLists() { return []; } }
export function h(lists: ListsApi) {
  return lists.getLists();
}`,
    expect: [],
  },
  {
    name: 'conditional between an SDK client and something else is not a client',
    files: `${IMPORT}
declare const test: boolean;
const api = test ? { getProfiles: () => [] } : new ProfilesApi(${S});
api.getProfiles();`,
    expect: [],
  },
  {
    name: 'parameter whose default is not an SDK value',
    files: `// klaviyo
export function load(api = { getProfiles: () => [] }) {
  return api.getProfiles();
}`,
    expect: [],
  },
  {
    name: 'this inside a method of an unrelated object literal',
    files: `// klaviyo
export const repo = {
  items: [] as string[],
  getProfiles() { return this.items; },
  load() { return this.getProfiles(); },
};`,
    expect: [],
  },
  {
    name: 'object type literal naming only plain types',
    files: `// klaviyo
export function f(deps: { api: { getProfiles(): string[] } }) {
  return deps.api.getProfiles();
}`,
    expect: [],
  },
  {
    name: 'class extending a user class, not the SDK',
    files: `// klaviyo
class Base { getLists() { return []; } }
class Child extends Base {}
new Child().getLists();`,
    expect: [],
  },
  {
    name: 'dynamic method name is not guessed',
    files: `${API}
export const call = (name: string) => (api as any)[name]();`,
    expect: [],
  },
];

const ALL = [...CLASSES, ...READY_MADE, ...INSTANCES, ...REFERENCES, ...NAMES, ...INCLUDE, ...CLIENT, ...NEGATIVE];
for (const c of ALL) c.detectors ??= D;
export const SDK_CASE_COUNTS = countCases(ALL);
runTable('ts-sdk-call', ALL);
