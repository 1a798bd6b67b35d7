// Klaviyo's retired v1/v2 API from Ruby: the `klaviyo` gem (rb-legacy-sdk) and raw requests to
// /api/v1, /api/v2, /api/track, /api/identify (rb-http-request, kind 'legacy'). Each names
// today's replacement; the project's own `Klaviyo` module is never taken for the gem.

import type { Case } from './tree-harness';
import { runTreeTable } from './tree-harness';

const F = 'app/models/concerns/klaviyo_tracking.rb';
const A = 'https://a.klaviyo.com';
const D = ['rb-legacy-sdk'];

const GEM: Case[] = [
  {
    name: 'the gem\'s own methods on Klaviyo::Profiles, which nothing in the project defines, with no gem declared',
    files: {
      Gemfile: "source 'https://rubygems.org'\ngem 'rails'\n",
      [F]: `module Klaviyo
  module Base
    def fetch_profile(id) = Klaviyo::Profiles.get_person_attributes(id)
    def track(e) = Klaviyo::Public.track('x', email: e)
  end
end`,
    },
    detectors: D,
    expect: [
      { operation: null, kind: 'legacy', range: 'Klaviyo::Profiles.get_person_attributes(id)', nameText: 'get_person_attributes', at: '3:29' },
      { operation: null, kind: 'legacy', replacement: 'create_event', range: "Klaviyo::Public.track('x', email: e)", at: '4:20' },
    ],
  },
  {
    name: "Klaviyo::Public.track (require 'klaviyo') → create_event",
    files: `require 'klaviyo'
Klaviyo::Public.track('Placed Order', email: user.email, properties: { total: 10 })`,
    detectors: D,
    expect: [{
      operation: null, kind: 'legacy', scopes: [], confidence: 'certain', replacement: 'create_event', note: 'retired klaviyo gem',
      range: "Klaviyo::Public.track('Placed Order', email: user.email, properties: { total: 10 })", nameText: 'track', at: '2:1',
    }],
  },
  {
    name: 'Klaviyo::Public.identify → create_or_update_profile',
    files: `require 'klaviyo'
Klaviyo::Public.identify(email: 'a@example.com', properties: { plan: 'pro' })`,
    detectors: D,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_or_update_profile', range: "Klaviyo::Public.identify(email: 'a@example.com', properties: { plan: 'pro' })", at: '2:1' }],
  },
  {
    name: 'Klaviyo::Lists.add_subscribers_to_list (gem in the Gemfile, no require) → bulk_subscribe_profiles',
    files: {
      Gemfile: "source 'https://rubygems.org'\ngem 'rails'\ngem 'klaviyo', '~> 2.4'\n",
      [F]: `Klaviyo::Lists.add_subscribers_to_list(list_id, profiles: [{ email: email }])`,
    },
    detectors: D,
    expect: [{ operation: null, kind: 'legacy', replacement: 'bulk_subscribe_profiles', range: 'Klaviyo::Lists.add_subscribers_to_list(list_id, profiles: [{ email: email }])', at: '1:1' }],
  },
  {
    name: 'Klaviyo::Metrics.get_metric_export → query_metric_aggregates',
    files: `require 'klaviyo'
Klaviyo::Metrics.get_metric_export('METRIC_ID', start_date: d)`,
    detectors: D,
    expect: [{ operation: null, kind: 'legacy', replacement: 'query_metric_aggregates', range: "Klaviyo::Metrics.get_metric_export('METRIC_ID', start_date: d)", at: '2:1' }],
  },
  {
    name: 'Klaviyo::Client.new(token).track (gem 1.x client)',
    files: `require 'klaviyo'
client = Klaviyo::Client.new(ENV['KLAVIYO_PUBLIC_KEY'])
client.track('Signed Up', email: email)`,
    detectors: D,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_event', range: "client.track('Signed Up', email: email)", at: '3:1' }],
  },
  {
    name: 'gem-only names use the Ruby table (add_to_list → add_profiles_to_list)',
    files: `require 'klaviyo'
Klaviyo::Lists.add_to_list('LIST', profiles: [])`,
    detectors: D,
    expect: [{ operation: null, kind: 'legacy', replacement: 'add_profiles_to_list', range: "Klaviyo::Lists.add_to_list('LIST', profiles: [])", at: '2:1' }],
  },
  {
    name: 'a gem request method with no replacement today',
    files: `require 'klaviyo'
Klaviyo::EmailTemplates.send_template('T', from_email: 'x@y.z', subject: 's', to: to)`,
    detectors: D,
    expect: [{ operation: null, kind: 'legacy', replacement: null, range: "Klaviyo::EmailTemplates.send_template('T', from_email: 'x@y.z', subject: 's', to: to)", at: '2:1' }],
  },
  {
    name: 'Klaviyo::Profiles.get_person_attributes inside a Rails concern',
    files: `require 'klaviyo'
module KlaviyoTracking
  extend ActiveSupport::Concern
  def klaviyo_profile = Klaviyo::Profiles.get_person_attributes(klaviyo_id)
end`,
    detectors: D,
    expect: [{ operation: null, kind: 'legacy', replacement: 'get_profile', range: 'Klaviyo::Profiles.get_person_attributes(klaviyo_id)', at: '4:25' }],
  },
];

const RAW: Case[] = [
  {
    name: 'HTTParty.post to /api/v2/list/{id}/members → add_profiles_to_list',
    files: `HTTParty.post("${A}/api/v2/list/#{list_id}/members", body: { api_key: ENV['KLAVIYO_PRIVATE_KEY'], profiles: [] }.to_json)`,
    detectors: ['rb-http-request'],
    expect: [{ operation: null, kind: 'legacy', replacement: 'add_profiles_to_list', note: 'retired v1/v2 API', range: `HTTParty.post("${A}/api/v2/list/#{list_id}/members", body: { api_key: ENV['KLAVIYO_PRIVATE_KEY'], profiles: [] }.to_json)`, at: '1:1' }],
  },
  {
    name: 'Net::HTTP.post_form to /api/track → create_event',
    files: `Net::HTTP.post_form(URI('${A}/api/track'), data: Base64.strict_encode64(payload.to_json))`,
    detectors: ['rb-http-request'],
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_event', range: `Net::HTTP.post_form(URI('${A}/api/track'), data: Base64.strict_encode64(payload.to_json))`, at: '1:1' }],
  },
  {
    name: 'GET /api/v1/metrics through Faraday → get_metrics',
    files: `conn = Faraday.new(url: '${A}/api/v1/')
conn.get('metrics', api_key: ENV['KLAVIYO_PRIVATE_KEY'])`,
    detectors: ['rb-http-request'],
    expect: [{ operation: null, kind: 'legacy', replacement: 'get_metrics', range: "conn.get('metrics', api_key: ENV['KLAVIYO_PRIVATE_KEY'])", at: '2:1' }],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'the project’s own Klaviyo module (no gem): not legacy',
    files: `module Klaviyo
  module Lists
    def self.get_lists = KlaviyoAPI::Lists.get_lists
  end
end
Klaviyo::Lists.get_lists`,
    detectors: D,
    expect: [],
  },
  {
    name: 'a request-shaped method the gem does not have, on Klaviyo::Lists, with the gem neither required nor in the Gemfile',
    files: {
      Gemfile: "gem 'klaviyo-api-sdk', '~> 14.0'\n",
      [F]: `Klaviyo::Lists.get_everything('x')`,
    },
    detectors: D,
    expect: [],
  },
  {
    name: 'gem settings and non-request methods',
    files: `require 'klaviyo'
Klaviyo.public_api_key = ENV['PUBLIC_KEY']
Klaviyo.private_api_key = ENV['PRIVATE_KEY']
Klaviyo::Public.respond_to?(:track)
Klaviyo::KlaviyoError.new('x')`,
    detectors: D,
    expect: [],
  },
  {
    name: 'the project defines Klaviyo::Public itself even though the gem is present',
    files: `require 'klaviyo'
module Klaviyo
  class Public
    def self.track(*) = nil
  end
end
Klaviyo::Public.track('x')`,
    detectors: D,
    expect: [],
  },
];

runTreeTable('rb-legacy-sdk: the klaviyo gem', GEM, F);
runTreeTable('rb-legacy-sdk: raw v1/v2 requests', RAW, F);
runTreeTable('rb-legacy-sdk: negative', NEGATIVE, F);
