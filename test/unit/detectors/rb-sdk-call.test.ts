// The official Ruby gem (`klaviyo-api-sdk`): ready-made wrappers (`KlaviyoAPI::Profiles`), `*Api`
// classes and where their instances live, method references and `public_send`, include values,
// the key from `KlaviyoAPI.configure`, version-dependent names, and look-alikes that are not it.

import type { Case } from './tree-harness';
import { runTreeTable } from './tree-harness';

export const RB_FILE = 'app/services/klaviyo_sync.rb';
const D = ['rb-sdk-call'];
const CONFIGURE = `require 'klaviyo-api-sdk'
KlaviyoAPI.configure do |config|
  config.api_key['Klaviyo-API-Key'] = "Klaviyo-API-Key #{ENV['KLAVIYO_PRIVATE_KEY']}"
end`;

const READY_MADE: Case[] = [
  {
    name: 'KlaviyoAPI::Profiles.get_profiles(opts) with include array; key from configure',
    files: `${CONFIGURE}
opts = { include: ['push-tokens'], page_size: 20 }
KlaviyoAPI::Profiles.get_profiles(opts)`,
    detectors: D,
    expect: [{
      operation: 'get_profiles', scopes: ['profiles:read', 'push-tokens:read'], includeScopes: ['push-tokens:read'], kind: 'sdk',
      confidence: 'certain', keyEnv: 'KLAVIYO_PRIVATE_KEY', range: 'KlaviyoAPI::Profiles.get_profiles(opts)', nameText: 'get_profiles', at: '6:1',
    }],
  },
  {
    name: 'ready-made group without arguments (no parentheses)',
    files: `require 'klaviyo-api-sdk'
lists = KlaviyoAPI::Lists.get_lists`,
    detectors: D,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], kind: 'sdk', confidence: 'certain', keyEnv: null, range: 'KlaviyoAPI::Lists.get_lists', at: '2:9' }],
  },
  {
    name: 'include as a comma-separated string in trailing keyword pairs',
    files: `KlaviyoAPI::Profiles.get_profile(profile_id, include: 'lists,segments')`,
    detectors: D,
    expect: [{
      operation: 'get_profile', scopes: ['lists:read', 'profiles:read', 'segments:read'], includeScopes: ['lists:read', 'segments:read'],
      range: "KlaviyoAPI::Profiles.get_profile(profile_id, include: 'lists,segments')", at: '1:1',
    }],
  },
  {
    name: 'include with a hash-rocket symbol key',
    files: `KlaviyoAPI::Lists.get_list(id, { :include => ['tags'] })`,
    detectors: D,
    expect: [{ operation: 'get_list', scopes: ['lists:read', 'tags:read'], includeScopes: ['tags:read'], range: "KlaviyoAPI::Lists.get_list(id, { :include => ['tags'] })", at: '1:1' }],
  },
  {
    name: 'include set on the opts hash after it is built',
    files: `opts = { fields_profile: ['email'] }
opts[:include] = ['lists']
KlaviyoAPI::Profiles.get_profile(id, opts)`,
    detectors: D,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read'], includeScopes: ['lists:read'], range: 'KlaviyoAPI::Profiles.get_profile(id, opts)', at: '3:1' }],
  },
  {
    name: 'DataPrivacy group (CamelCase of DataPrivacyApi)',
    files: `KlaviyoAPI::DataPrivacy.request_profile_deletion(body)`,
    detectors: D,
    expect: [{ operation: 'request_profile_deletion', scopes: ['data-privacy:write'], range: 'KlaviyoAPI::DataPrivacy.request_profile_deletion(body)', at: '1:1' }],
  },
  {
    name: 'TrackingSettings group (two-word group)',
    files: `KlaviyoAPI::TrackingSettings.get_tracking_settings`,
    detectors: D,
    expect: [{ operation: 'get_tracking_settings', scopes: ['tracking-settings:read'], range: 'KlaviyoAPI::TrackingSettings.get_tracking_settings', at: '1:1' }],
  },
  {
    name: 'top-level constant path ::KlaviyoAPI::Events',
    files: `def send_event(body)
  ::KlaviyoAPI::Events.create_event(body)
end`,
    detectors: D,
    expect: [{ operation: 'create_event', scopes: ['events:write'], range: '::KlaviyoAPI::Events.create_event(body)', at: '2:3' }],
  },
  {
    name: 'call inside a block, result chained',
    files: `ids.each do |id|
  KlaviyoAPI::Catalogs.get_catalog_item(id, include: ['variants']).dig('data', 'id')
end`,
    detectors: D,
    expect: [{ operation: 'get_catalog_item', scopes: ['catalogs:read'], range: "KlaviyoAPI::Catalogs.get_catalog_item(id, include: ['variants'])", at: '2:3' }],
  },
  {
    name: 'configure through KlaviyoAPI::Configuration.default (ENV.fetch)',
    files: `KlaviyoAPI::Configuration.default.api_key['Klaviyo-API-Key'] = "Klaviyo-API-Key #{ENV.fetch('KLAVIYO_SEGMENTS_KEY')}"
KlaviyoAPI::Segments.get_segments`,
    detectors: D,
    expect: [{ operation: 'get_segments', keyEnv: 'KLAVIYO_SEGMENTS_KEY', range: 'KlaviyoAPI::Segments.get_segments', at: '2:1' }],
  },
  {
    name: 'configure block in an initializer loaded with require_relative',
    files: {
      'config/klaviyo.rb': CONFIGURE,
      [RB_FILE]: `require_relative '../../config/klaviyo'
KlaviyoAPI::Metrics.get_metrics`,
    },
    detectors: D,
    expect: [{ operation: 'get_metrics', keyEnv: 'KLAVIYO_PRIVATE_KEY', file: RB_FILE, range: 'KlaviyoAPI::Metrics.get_metrics', at: '2:1' }],
  },
];

const INSTANCES: Case[] = [
  {
    name: 'KlaviyoAPI::ProfilesApi.new.get_profiles',
    files: `KlaviyoAPI::ProfilesApi.new.get_profiles`,
    detectors: D,
    expect: [{ operation: 'get_profiles', scopes: ['profiles:read'], kind: 'sdk', range: 'KlaviyoAPI::ProfilesApi.new.get_profiles', nameText: 'get_profiles', at: '1:1' }],
  },
  {
    name: 'instance in a local, with an ApiClient argument',
    files: `api = KlaviyoAPI::ListsApi.new(KlaviyoAPI::ApiClient.default)
api.create_list(body)`,
    detectors: D,
    expect: [{ operation: 'create_list', scopes: ['lists:write'], range: 'api.create_list(body)', at: '2:1' }],
  },
  {
    name: 'instance variable set in initialize, used in another method',
    files: `${CONFIGURE}
class ProfileSync
  def initialize
    @profiles = KlaviyoAPI::ProfilesApi.new
  end

  def run(email)
    @profiles.create_or_update_profile(payload(email))
  end
end`,
    detectors: D,
    expect: [{ operation: 'create_or_update_profile', scopes: ['profiles:write'], keyEnv: 'KLAVIYO_PRIVATE_KEY', range: '@profiles.create_or_update_profile(payload(email))', at: '11:5' }],
  },
  {
    name: 'memoized client method (@x ||= …)',
    files: `class Lists
  def add(list_id, body)
    lists_api.add_profiles_to_list(list_id, body)
  end

  private

  def lists_api
    @lists_api ||= KlaviyoAPI::ListsApi.new
  end
end`,
    detectors: D,
    expect: [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], range: 'lists_api.add_profiles_to_list(list_id, body)', at: '3:5' }],
  },
  {
    name: 'attr_reader over an instance variable',
    files: `class Metrics
  attr_reader :client

  def initialize
    @client = KlaviyoAPI::MetricsApi.new
  end

  def all
    client.get_metrics
  end
end`,
    detectors: D,
    expect: [{ operation: 'get_metrics', scopes: ['metrics:read'], range: 'client.get_metrics', at: '9:5' }],
  },
  {
    name: 'ready-made group kept in a constant',
    files: `EVENTS = KlaviyoAPI::Events
EVENTS.get_events(filter: "equals(metric_id,\\"X\\")", include: ['metric'])`,
    detectors: D,
    expect: [{ operation: 'get_events', scopes: ['events:read', 'metrics:read'], includeScopes: ['metrics:read'], range: `EVENTS.get_events(filter: "equals(metric_id,\\"X\\")", include: ['metric'])`, at: '2:1' }],
  },
  {
    name: 'instance from a class method factory',
    files: `module KlaviyoClients
  def self.flows
    KlaviyoAPI::FlowsApi.new
  end
end
KlaviyoClients.flows.get_flows(include: ['tags'])`,
    detectors: D,
    expect: [{ operation: 'get_flows', scopes: ['flows:read', 'tags:read'], range: "KlaviyoClients.flows.get_flows(include: ['tags'])", at: '6:1' }],
  },
  {
    name: 'KlaviyoAPI returned by a memoizing method, then klaviyo::Events',
    files: `class Tracker
  def track(event)
    klaviyo::Events.create_event({ type: 'event', attributes: event.attributes })
  end

  private

  def klaviyo
    @klaviyo ||= KlaviyoAPI
  end
end`,
    detectors: D,
    expect: [{ operation: 'create_event', scopes: ['events:write'], range: "klaviyo::Events.create_event({ type: 'event', attributes: event.attributes })", at: '3:5' }],
  },
  {
    name: 'client passed through tap',
    files: `KlaviyoAPI::TagsApi.new.tap { |t| t.api_client.config.debugging = true }.get_tags`,
    detectors: D,
    expect: [{ operation: 'get_tags', scopes: ['tags:read'], range: 'KlaviyoAPI::TagsApi.new.tap { |t| t.api_client.config.debugging = true }.get_tags', at: '1:1' }],
  },
  {
    name: 'safe navigation &. on an instance variable',
    files: `class X
  def initialize; @events = KlaviyoAPI::EventsApi.new; end
  def go(body) = @events&.create_event(body)
end`,
    detectors: D,
    expect: [{ operation: 'create_event', range: '@events&.create_event(body)', at: '3:18' }],
  },
  {
    name: 'two groups in one method',
    files: `def sync(list_id)
  KlaviyoAPI::Lists.get_list(list_id)
  KlaviyoAPI::Segments.get_segment(list_id)
end`,
    detectors: D,
    expect: [
      { operation: 'get_list', range: 'KlaviyoAPI::Lists.get_list(list_id)', at: '2:3' },
      { operation: 'get_segment', range: 'KlaviyoAPI::Segments.get_segment(list_id)', at: '3:3' },
    ],
  },
];

const NAMES: Case[] = [
  {
    name: '_with_http_info suffix',
    files: `data, status, headers = KlaviyoAPI::Campaigns.get_campaigns_with_http_info(filter: "equals(messages.channel,'email')")`,
    detectors: D,
    expect: [{ operation: 'get_campaigns', scopes: ['campaigns:read'], range: `KlaviyoAPI::Campaigns.get_campaigns_with_http_info(filter: "equals(messages.channel,'email')")`, nameText: 'get_campaigns_with_http_info', at: '1:25' }],
  },
  {
    name: 'alias (create_profile_import) resolves to today’s operation',
    files: `KlaviyoAPI::Profiles.create_profile_import(body)`,
    detectors: D,
    expect: [{ operation: 'create_or_update_profile', scopes: ['profiles:write'], alias: { used: 'create_profile_import', current: 'create_or_update_profile' }, range: 'KlaviyoAPI::Profiles.create_profile_import(body)', at: '1:1' }],
  },
  {
    name: 'method reference KlaviyoAPI::Lists.method(:get_lists) counts at the reference',
    files: `fetch_lists = KlaviyoAPI::Lists.method(:get_lists)
fetch_lists.call`,
    detectors: D,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], range: 'KlaviyoAPI::Lists.method(:get_lists)', nameText: ':get_lists', at: '1:15' }],
  },
  {
    name: 'public_send with a literal symbol',
    files: `KlaviyoAPI::Templates.public_send(:get_templates, filter: 'x')`,
    detectors: D,
    expect: [{ operation: 'get_templates', scopes: ['templates:read'], range: "KlaviyoAPI::Templates.public_send(:get_templates, filter: 'x')", nameText: ':get_templates', at: '1:1' }],
  },
  {
    name: 'gem 1.x (Gemfile ~> 1.0): generic relationship method with a literal related resource',
    files: {
      Gemfile: "source 'https://rubygems.org'\ngem 'klaviyo-api-sdk', '~> 1.0'\n",
      [RB_FILE]: `KlaviyoAPI::Lists.create_list_relationships(list_id, 'profiles', body)`,
    },
    detectors: D,
    expect: [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], confidence: 'certain', range: "KlaviyoAPI::Lists.create_list_relationships(list_id, 'profiles', body)", at: '1:1' }],
  },
  {
    name: 'gem 1.x: related resource not a literal → unresolved with candidates',
    files: {
      'Gemfile.lock': 'GEM\n  remote: https://rubygems.org/\n  specs:\n    klaviyo-api-sdk (1.0.1)\n      typhoeus (~> 1.0, >= 1.0.1)\n',
      [RB_FILE]: `KlaviyoAPI::Lists.get_list_relationships(list_id, kind)`,
    },
    detectors: D,
    expect: [{ operation: null, confidence: 'unresolved', candidatesInclude: ['get_profile_ids_for_list'], range: 'KlaviyoAPI::Lists.get_list_relationships(list_id, kind)', at: '1:1' }],
  },
  {
    name: 'gem 1.0.x (revision 2022-10-17): delete_list_relationships(id, body) has no literal resource → unresolved',
    files: {
      Gemfile: "gem 'klaviyo-api-sdk', '~> 1.0.0'\n",
      [RB_FILE]: `KlaviyoAPI::Lists.delete_list_relationships(list_id, body)`,
    },
    detectors: D,
    expect: [{ operation: null, confidence: 'unresolved', range: 'KlaviyoAPI::Lists.delete_list_relationships(list_id, body)', at: '1:1' }],
  },
  {
    name: 'gem 5 (Gemfile.lock 5.1.0 over a loose Gemfile): the same call is remove_profiles_from_list',
    files: {
      Gemfile: "gem 'klaviyo-api-sdk', '>= 1.0'\n",
      'Gemfile.lock': 'GEM\n  specs:\n    klaviyo-api-sdk (5.1.0)\n',
      [RB_FILE]: `KlaviyoAPI::Lists.delete_list_relationships(list_id, body)`,
    },
    detectors: D,
    expect: [{ operation: 'remove_profiles_from_list', confidence: 'certain', scopes: ['lists:write', 'profiles:write'], range: 'KlaviyoAPI::Lists.delete_list_relationships(list_id, body)', at: '1:1' }],
  },
  {
    name: 'old name (unsubscribe_profiles) maps to today’s bulk_unsubscribe_profiles',
    files: {
      Gemfile: "gem 'klaviyo-api-sdk', '~> 4.0'\n",
      [RB_FILE]: `KlaviyoAPI::Profiles.unsubscribe_profiles(body)`,
    },
    detectors: D,
    expect: [{ operation: 'bulk_unsubscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], range: 'KlaviyoAPI::Profiles.unsubscribe_profiles(body)', at: '1:1' }],
  },
  {
    name: 'a method Klaviyo never had on a group: not reported',
    files: `KlaviyoAPI::Profiles.get_profiles_by_magic(x)`,
    detectors: D,
    expect: [],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'get_profiles on an unrelated object',
    files: `# Klaviyo-like service of our own
class Directory
  def get_profiles; []; end
end
Directory.new.get_profiles`,
    detectors: D,
    expect: [],
  },
  {
    name: 'get_profiles on an untraced receiver',
    files: `# klaviyo
def sync(api)
  api.get_profiles(include: ['lists'])
end`,
    detectors: D,
    expect: [],
  },
  {
    name: 'another module’s Profiles group',
    files: `# klaviyo
Crm::Profiles.get_profiles
KlaviyoApiWrapper::Profiles.get_profiles`,
    detectors: D,
    expect: [],
  },
  {
    name: 'configuration and plumbing calls are not API methods',
    files: `KlaviyoAPI.configure { |c| c.max_retries = 3 }
KlaviyoAPI::Configuration.default.debugging = true
KlaviyoAPI::ApiClient.default.call_api(:GET, '/api/profiles/')
KlaviyoAPI::Profiles.respond_to?(:get_profiles)`,
    detectors: D,
    expect: [],
  },
  {
    name: 'SDK method names in strings and comments',
    files: `# KlaviyoAPI::Profiles.get_profiles(opts)
puts "call KlaviyoAPI::Lists.get_lists to see lists"
DOC = 'KlaviyoAPI::Events.create_event(body)'`,
    detectors: D,
    expect: [],
  },
  {
    name: 'a class method named like an SDK method on the project’s own Klaviyo wrapper',
    files: `class KlaviyoWrapper
  def self.get_lists; cache.fetch(:lists); end
end
KlaviyoWrapper.get_lists`,
    detectors: D,
    expect: [],
  },
];

runTreeTable('rb-sdk-call: ready-made groups', READY_MADE, RB_FILE);
runTreeTable('rb-sdk-call: instances', INSTANCES, RB_FILE);
runTreeTable('rb-sdk-call: names and versions', NAMES, RB_FILE);
runTreeTable('rb-sdk-call: negative', NEGATIVE, RB_FILE);
