import { legacySdkReplacement } from '../legacy';

// The retired Python SDKs for Klaviyo's v1/v2 API, which share names with today's SDK:
// - PyPI `klaviyo` (python-klaviyo): `klaviyo.Klaviyo(public_token=…, private_token=…)`, groups
//   Public, Lists, Metrics, Profiles, DataPrivacy, Campaigns (3.x); 2.x methods on the client.
// - PyPI `klaviyo-sdk` (module klaviyo_sdk): `Client(api_key)`, groups named after its swagger
//   tags (TrackIdentify, ListsSegments, …), each also reachable with an `Api` suffix.
// Every method of these groups calls the retired API, so each call is legacy; the replacement
// comes from the shared table (legacy.ts), with the names only these two SDKs use added here.

export type LegacyPySdk = 'klaviyo' | 'klaviyo_sdk';

/** The client class each retired module exports. */
export const LEGACY_PY_CLIENTS: Readonly<Record<LegacyPySdk, string>> = { klaviyo: 'Klaviyo', klaviyo_sdk: 'Client' };

const GROUPS: Readonly<Record<LegacyPySdk, readonly string[]>> = {
  klaviyo: ['Public', 'Lists', 'Metrics', 'Profiles', 'DataPrivacy', 'Campaigns'],
  klaviyo_sdk: ['Campaigns', 'DataPrivacy', 'ListsSegments', 'Metrics', 'Profiles', 'Templates', 'TrackIdentify'],
};

export function isLegacyGroup(sdk: LegacyPySdk, name: string): boolean {
  return GROUPS[sdk].includes(name) || (sdk === 'klaviyo_sdk' && name.endsWith('Api') && GROUPS[sdk].includes(name.slice(0, -3)));
}

/** Python-only names (key: lower case, no underscores) → today's operation; null: no single successor. */
const PY_ONLY: Readonly<Record<string, string | null>> = {
  // klaviyo_sdk (swagger names of the v1/v2 reference)
  trackpost: 'create_event',
  trackget: 'create_event',
  identifypost: 'create_or_update_profile',
  identifyget: 'create_or_update_profile',
  metricexport: 'query_metric_aggregates',
  metricstimeline: 'get_events',
  metrictimeline: 'get_events',
  profilemetricstimeline: 'get_events',
  profilemetrictimeline: 'get_events',
  addmembers: 'add_profiles_to_list',
  removemembers: 'remove_profiles_from_list',
  subscribe: 'bulk_subscribe_profiles',
  getlistinfo: 'get_list',
  updatelistname: 'update_list',
  getmembers: 'get_profiles_for_list',
  getsegmentmembers: 'get_profiles_for_segment',
  excludeglobally: 'bulk_suppress_profiles',
  getglobalexclusions: 'get_profiles',
  getlistexclusions: 'get_profiles',
  exchange: 'get_profiles',
  getcampaigninfo: 'get_campaign',
  createcampaign: 'create_campaign',
  updatecampaign: 'update_campaign',
  clonecampaign: 'create_campaign_clone',
  cancelcampaign: 'cancel_campaign_send',
  schedulecampaign: 'send_campaign',
  getcampaignrecipients: null,
  createtemplate: 'create_template',
  updatetemplate: 'update_template',
  deletetemplate: 'delete_template',
  clonetemplate: 'clone_template',
  sendtemplate: 'render_template',
  // python-klaviyo 3.x
  getsubscribersfromlist: 'get_profiles_for_list',
  deletesubscribersfromlist: 'bulk_unsubscribe_profiles',
  getmembersfromlist: 'get_profiles_for_list',
  getmembersfromsegment: 'get_profiles_for_segment',
  getprofilemetricstimelinebyid: 'get_events',
  getprofileidbyemail: 'get_profiles',
  unsetprofileproperties: 'update_profile',
};

/** Today's operation replacing a retired Python SDK method (null when there is no single one). */
export function legacyPyReplacement(method: string): string | null {
  const shared = legacySdkReplacement(method);
  if (shared.known) return shared.replacement;
  const key = method.replace(/_/g, '').toLowerCase();
  return Object.prototype.hasOwnProperty.call(PY_ONLY, key) ? PY_ONLY[key] : null;
}

/** A method name one of the retired SDKs (or the shared table) knows. */
export function isKnownLegacyPyMethod(method: string): boolean {
  return legacySdkReplacement(method).known || Object.prototype.hasOwnProperty.call(PY_ONLY, method.replace(/_/g, '').toLowerCase());
}
