// v6–v23 classes: import styles, sessions and keyEnv, call shapes, groups.
import type { Case } from '../harness';
import { API, IMPORT, pkg } from './shared';

// ---- v6–v23 classes: import styles and sessions -------------------------------------------
export const CLASSES: Case[] = [
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
