import { legacySdkReplacement } from '../legacy';
import { spanOf, type RbDetector } from '../ruby/context';
import { SEND } from '../ruby/eval-call';
import { callParts } from '../ruby/nodes';

/**
 * Methods of the retired `klaviyo` gem (v1/v2 API) that the shared table does not name, with the
 * operation that replaces each today (from the gem's README and the v1/v2 → current mapping).
 */
const GEM_ONLY: Readonly<Record<string, string | null>> = {
  add_to_list: 'add_profiles_to_list',
  remove_from_list: 'remove_profiles_from_list',
  check_list_subscriptions: 'get_profiles_for_list',
  check_list_memberships: 'get_profiles_for_list',
  get_list_exclusions: 'get_profiles',
  get_group_members: null,
  get_profile_id_by_email: 'get_profiles',
  get_person_metric_timeline: 'get_events',
  get_campaign_details: 'get_campaign',
  cancel_campaign: 'cancel_campaign_send',
  create_template: 'create_template',
  update_template: 'update_template',
  delete_template: 'delete_template',
  clone_template: 'clone_template',
  send_template: null,
};

/** Names of the gem's request methods not in either table: reported without a replacement. */
const REQUEST_NAME = /^(get|create|update|delete|add|remove|check|send|cancel|clone|render|request|unsubscribe|subscribe|track|identify)(_|$)/;

/**
 * The retired `klaviyo` gem: `Klaviyo::Public.track(...)`, `Klaviyo::Lists.add_subscribers_to_list`,
 * `Klaviyo::Metrics.get_metric_export`, `Klaviyo::Client.new(token).track`. Only where the project
 * does not define the constant, and either the gem is in use (required by the file or in the
 * Gemfile) or the method is one the gem has (an app that vendors or forgot to declare it).
 */
export const rbLegacySdk: RbDetector = {
  id: 'rb-legacy-sdk',
  languages: ['ruby'],
  title: 'The retired klaviyo gem',
  docs: 'ruby-legacy',
  visit(node, ctx) {
    const parts = callParts(node);
    if (!parts || !parts.receiver) return undefined;
    const m = ctx.ev.callee(node);
    if (m.kind !== 'sdk' || m.what !== 'method' || !m.legacy || !m.name) return undefined;
    const shared = legacySdkReplacement(m.name);
    const own = Object.prototype.hasOwnProperty.call(GEM_ONLY, m.name);
    // A request-shaped name counts only where the gem is in use; elsewhere only a method the gem has.
    if (!shared.known && !own && (!REQUEST_NAME.test(m.name) || !ctx.ev.facts.legacyGem)) return undefined;
    const replacement = shared.known ? shared.replacement : own ? GEM_ONLY[m.name] : null;
    const nameNode = SEND.has(parts.name) ? parts.args[0] : parts.nameNode;
    return [{
      detector: rbLegacySdk.id, range: spanOf(node), nameRange: spanOf(nameNode),
      kind: 'legacy', operation: null, method: null, path: null, scopes: [], includeScopes: [], includes: [],
      confidence: 'certain', candidates: [], keyEnv: null, alias: null, replacement, beta: false,
      note: `Klaviyo::${m.group ?? ''}.${m.name} belongs to the retired klaviyo gem (Klaviyo's v1/v2 API)` + (replacement ? `; use ${replacement} instead.` : '.'),
    }];
  },
};
