// Klaviyo's retired v1/v2 API and the SDKs that wrapped it. These requests no longer work
// with a private key's scopes; each finding names the operation that replaces it today.

export interface LegacyEndpoint {
  method: string | null; // null: any method
  pattern: RegExp; // matched against the path after the origin, without query or trailing slash
  replacement: string | null;
}

const ID = '[^/]+';
const ep = (method: string | null, path: string, replacement: string | null): LegacyEndpoint => ({
  method,
  pattern: new RegExp('^' + path.replace(/\{id\}/g, ID) + '$'),
  replacement,
});

export const LEGACY_ENDPOINTS: readonly LegacyEndpoint[] = [
  ep(null, '/api/track', 'create_event'),
  ep(null, '/api/v1/track', 'create_event'),
  ep(null, '/api/track-once', 'create_event'),
  ep(null, '/api/identify', 'create_or_update_profile'),
  ep(null, '/api/v1/identify', 'create_or_update_profile'),
  ep('POST', '/api/v2/list/{id}/subscribe', 'bulk_subscribe_profiles'),
  ep('GET', '/api/v2/list/{id}/subscribe', 'get_profiles_for_list'),
  ep('DELETE', '/api/v2/list/{id}/subscribe', 'bulk_unsubscribe_profiles'),
  ep('POST', '/api/v2/list/{id}/members', 'add_profiles_to_list'),
  ep('GET', '/api/v2/list/{id}/members', 'get_profiles_for_list'),
  ep('DELETE', '/api/v2/list/{id}/members', 'remove_profiles_from_list'),
  ep('GET', '/api/v2/list/{id}/members/all', 'get_profiles_for_list'),
  ep('GET', '/api/v2/group/{id}/members/all', 'get_profiles_for_segment'),
  ep('GET', '/api/v2/lists', 'get_lists'),
  ep('POST', '/api/v2/lists', 'create_list'),
  ep('GET', '/api/v2/list/{id}', 'get_list'),
  ep('PUT', '/api/v2/list/{id}', 'update_list'),
  ep('DELETE', '/api/v2/list/{id}', 'delete_list'),
  ep('GET', '/api/v1/lists', 'get_lists'),
  ep('GET', '/api/v1/metrics', 'get_metrics'),
  ep('GET', '/api/v1/metrics/timeline', 'get_events'),
  ep('GET', '/api/v1/metric/{id}/timeline', 'get_events'),
  ep('GET', '/api/v1/metric/{id}/export', 'query_metric_aggregates'),
  ep('GET', '/api/v1/person/{id}', 'get_profile'),
  ep('PUT', '/api/v1/person/{id}', 'update_profile'),
  ep('GET', '/api/v1/person/{id}/metrics/timeline', 'get_events'),
  ep('GET', '/api/v1/person/{id}/metric/{id}/timeline', 'get_events'),
  ep('GET', '/api/v2/people/search', 'get_profiles'),
  ep('POST', '/api/v1/people/exclusions', 'bulk_suppress_profiles'),
  ep('GET', '/api/v1/people/exclusions', 'get_profiles'),
  ep('POST', '/api/v2/data-privacy/deletion-request', 'request_profile_deletion'),
  ep('GET', '/api/v1/campaigns', 'get_campaigns'),
  ep('POST', '/api/v1/campaigns', 'create_campaign'),
  ep('GET', '/api/v1/campaign/{id}', 'get_campaign'),
  ep('PUT', '/api/v1/campaign/{id}', 'update_campaign'),
  ep('POST', '/api/v1/campaign/{id}/send', 'send_campaign'),
  ep('POST', '/api/v1/campaign/{id}/cancel', 'cancel_campaign_send'),
  ep('POST', '/api/v1/campaign/{id}/clone', 'create_campaign_clone'),
  ep('GET', '/api/v1/email-templates', 'get_templates'),
  ep('POST', '/api/v1/email-templates', 'create_template'),
  ep('PUT', '/api/v1/email-template/{id}', 'update_template'),
  ep('DELETE', '/api/v1/email-template/{id}', 'delete_template'),
  ep('POST', '/api/v1/email-template/{id}/clone', 'clone_template'),
  ep('POST', '/api/v1/email-template/{id}/render', 'render_template'),
  ep('POST', '/api/v1/email-template/{id}/send', 'render_template'),
];

/** Every v1/v2 path, and the pre-v1 track/identify endpoints, is legacy even when we have no replacement for it. */
export function isLegacyPath(path: string): boolean {
  return /^\/api\/(v1|v2)(\/|$)/.test(path) || /^\/api\/(track|identify|track-once)$/.test(path);
}

export function legacyReplacement(method: string | null, path: string): string | null {
  for (const e of LEGACY_ENDPOINTS) {
    if (e.pattern.test(path) && (e.method === null || method === null || e.method === method)) return e.replacement;
  }
  return null;
}

/**
 * Methods of the retired SDKs (npm klaviyo-sdk / node-klaviyo / klaviyo-node, PyPI klaviyo,
 * Packagist klaviyo/php-sdk, the klaviyo gem) keyed by name without case or underscores.
 */
export const LEGACY_SDK_METHODS: Readonly<Record<string, string | null>> = {
  track: 'create_event',
  trackonce: 'create_event',
  identify: 'create_or_update_profile',
  addsubscriberstolist: 'bulk_subscribe_profiles',
  subscribetolist: 'bulk_subscribe_profiles',
  unsubscribefromlist: 'bulk_unsubscribe_profiles',
  removesubscribersfromlist: 'bulk_unsubscribe_profiles',
  unsubscribe: 'bulk_unsubscribe_profiles',
  addmemberstolist: 'add_profiles_to_list',
  removememberstolist: 'remove_profiles_from_list',
  removemembersfromlist: 'remove_profiles_from_list',
  getlistmembers: 'get_profiles_for_list',
  getlistsubscriptions: 'get_profiles_for_list',
  getallmembers: 'get_profiles_for_list',
  getlists: 'get_lists',
  createlist: 'create_list',
  getlistdetails: 'get_list',
  getlistbyid: 'get_list',
  updatelistdetails: 'update_list',
  updatelistnamebyid: 'update_list',
  deletelist: 'delete_list',
  getmetrics: 'get_metrics',
  getmetricstimeline: 'get_events',
  getmetrictimeline: 'get_events',
  getmetrictimelinebyid: 'get_events',
  getmetricexport: 'query_metric_aggregates',
  getmetricsexport: 'query_metric_aggregates',
  getprofile: 'get_profile',
  getpersonattributes: 'get_profile',
  updateprofile: 'update_profile',
  updatepersonattributes: 'update_profile',
  getprofilemetricstimeline: 'get_events',
  getpersonmetricstimeline: 'get_events',
  getprofileid: 'get_profiles',
  requestprofiledeletion: 'request_profile_deletion',
  requestdeletion: 'request_profile_deletion',
  getcampaigns: 'get_campaigns',
  sendcampaign: 'send_campaign',
  gettemplates: 'get_templates',
  rendertemplate: 'render_template',
};

export function legacySdkReplacement(method: string): { known: boolean; replacement: string | null } {
  const key = method.replace(/_/g, '').toLowerCase();
  return key in LEGACY_SDK_METHODS ? { known: true, replacement: LEGACY_SDK_METHODS[key] } : { known: false, replacement: null };
}
