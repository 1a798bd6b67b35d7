// Raw HTTP from Ruby to https://a.klaviyo.com/api: Net::HTTP (request objects, sessions, module
// helpers), HTTParty (module and `include HTTParty` classes), Faraday, RestClient, Typhoeus,
// http.rb, Excon; URLs from literals, interpolation, concatenation, constants, URI.join and
// File.join; include values, beta revisions and the key's env var; look-alikes.

import type { Case } from './tree-harness';
import { runTreeTable } from './tree-harness';

const F = 'lib/klaviyo/client.rb';
const D = ['rb-http-request'];
const A = 'https://a.klaviyo.com';
const BASE = `BASE = '${A}/api'.freeze`;

const NET_HTTP: Case[] = [
  {
    name: 'Net::HTTP::Post.new(uri) with headers set on the request object afterwards',
    files: `require 'net/http'
${BASE}
uri = URI("#{BASE}/profiles")
req = Net::HTTP::Post.new(uri)
req['revision'] = '2024-10-15'
req['Authorization'] = "Klaviyo-API-Key #{ENV['KLAVIYO_API_KEY']}"
req.body = payload.to_json
Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }`,
    detectors: D,
    expect: [{ operation: 'create_profile', scopes: ['profiles:write'], kind: 'http', confidence: 'certain', keyEnv: 'KLAVIYO_API_KEY', beta: false, method: 'POST', range: 'Net::HTTP::Post.new(uri)', nameText: 'new', at: '4:7' }],
  },
  {
    name: 'Net::HTTP::Get.new with ?include= in the URL and headers as a hash argument',
    files: `req = Net::HTTP::Get.new(URI('${A}/api/lists?include=tags'), 'Authorization' => "Klaviyo-API-Key #{ENV['LISTS_KEY']}")`,
    detectors: D,
    expect: [{ operation: 'get_lists', scopes: ['lists:read', 'tags:read'], includeScopes: ['tags:read'], keyEnv: 'LISTS_KEY', range: `Net::HTTP::Get.new(URI('${A}/api/lists?include=tags'), 'Authorization' => "Klaviyo-API-Key #{ENV['LISTS_KEY']}")`, at: '1:7' }],
  },
  {
    name: 'Net::HTTP.get(URI(...))',
    files: `body = Net::HTTP.get(URI('${A}/api/accounts'))`,
    detectors: D,
    expect: [{ operation: 'get_accounts', scopes: ['accounts:read'], range: `Net::HTTP.get(URI('${A}/api/accounts'))`, nameText: 'get', at: '1:8' }],
  },
  {
    name: 'Net::HTTP.post(uri, data, headers)',
    files: `${BASE}
Net::HTTP.post(URI("#{BASE}/events"), event.to_json, 'Content-Type' => 'application/json', 'Authorization' => "Klaviyo-API-Key #{ENV['EVENTS_KEY']}")`,
    detectors: D,
    expect: [{ operation: 'create_event', scopes: ['events:write'], keyEnv: 'EVENTS_KEY', range: `Net::HTTP.post(URI("#{BASE}/events"), event.to_json, 'Content-Type' => 'application/json', 'Authorization' => "Klaviyo-API-Key #{ENV['EVENTS_KEY']}")`, at: '2:1' }],
  },
  {
    name: 'session from Net::HTTP.start(host) block: http.get(path)',
    files: `Net::HTTP.start('a.klaviyo.com', 443, use_ssl: true) do |http|
  http.get('/api/tags', 'revision' => '2024-10-15')
end`,
    detectors: D,
    expect: [{ operation: 'get_tags', scopes: ['tags:read'], range: "http.get('/api/tags', 'revision' => '2024-10-15')", at: '2:3' }],
  },
  {
    name: 'session in a local from Net::HTTP.new: delete with an id',
    files: `http = Net::HTTP.new('a.klaviyo.com', 443)
http.use_ssl = true
http.delete("/api/lists/#{list_id}")`,
    detectors: D,
    expect: [{ operation: 'delete_list', scopes: ['lists:write'], range: 'http.delete("/api/lists/#{list_id}")', at: '3:1' }],
  },
  {
    name: 'relative request object sent through a session: reported at http.request(req)',
    files: `# klaviyo
http = Net::HTTP.new('a.klaviyo.com', 443)
req = Net::HTTP::Patch.new("/api/profiles/#{id}")
req['Authorization'] = "Klaviyo-API-Key #{ENV['PROFILES_KEY']}"
http.request(req)`,
    detectors: D,
    expect: [{ operation: 'update_profile', scopes: ['profiles:write'], keyEnv: 'PROFILES_KEY', range: 'http.request(req)', at: '5:1' }],
  },
  {
    name: 'absolute request object sent through a session is reported once, where it is built',
    files: `uri = URI('${A}/api/segments')
Net::HTTP.start(uri.host, uri.port, use_ssl: true) do |http|
  http.request(Net::HTTP::Get.new(uri))
end`,
    detectors: D,
    expect: [{ operation: 'get_segments', range: 'Net::HTTP::Get.new(uri)', at: '3:16' }],
  },
  {
    name: 'session on uri.host, request object on uri.request_uri, headers from a method',
    files: `class Svc
  ${BASE}
  def headers = { 'Authorization' => "Klaviyo-API-Key #{ENV['SVC_KEY']}" }
  def create(body)
    uri = URI("#{BASE}/profiles")
    http = Net::HTTP.new(uri.host, uri.port)
    req = Net::HTTP::Post.new(uri.request_uri, headers)
    http.request(req)
  end
end`,
    detectors: D,
    expect: [{ operation: 'create_profile', keyEnv: 'SVC_KEY', range: 'http.request(req)', at: '8:5' }],
  },
  {
    name: 'http.post(uri.path, body, headers) on a session',
    files: `uri = URI('${A}/api/lists')
http = Net::HTTP.new(uri.host, uri.port)
http.post(uri.path, '{}', 'Content-Type' => 'application/json')`,
    detectors: D,
    expect: [{ operation: 'create_list', range: "http.post(uri.path, '{}', 'Content-Type' => 'application/json')", at: '3:1' }],
  },
  {
    name: 'beta: revision ending in .pre selects the beta operation',
    files: `uri = URI('${A}/api/campaigns')
req = Net::HTTP::Get.new(uri)
req['revision'] = '2026-07-15.pre'`,
    detectors: D,
    expect: [{ operation: 'get_campaigns_beta', beta: true, scopes: ['campaigns:read'], range: 'Net::HTTP::Get.new(uri)', at: '2:7' }],
  },
  {
    name: 'uri.query = URI.encode_www_form(include: …)',
    files: `uri = URI('${A}/api/flows')
uri.query = URI.encode_www_form(include: 'tags')
Net::HTTP.get_response(uri)`,
    detectors: D,
    expect: [{ operation: 'get_flows', scopes: ['flows:read', 'tags:read'], includeScopes: ['tags:read'], range: 'Net::HTTP.get_response(uri)', at: '3:1' }],
  },
  {
    name: 'URI.join(base, relative)',
    files: `uri = URI.join('${A}/api/', 'metrics')
Net::HTTP.get(uri)`,
    detectors: D,
    expect: [{ operation: 'get_metrics', range: 'Net::HTTP.get(uri)', at: '2:1' }],
  },
  {
    name: 'File.join(BASE, path) and a constant in the class',
    files: `class Sync
  ${BASE}
  def run
    Net::HTTP.get(URI(File.join(BASE, 'webhooks')))
  end
end`,
    detectors: D,
    expect: [{ operation: 'get_webhooks', scopes: ['webhooks:read'], range: "Net::HTTP.get(URI(File.join(BASE, 'webhooks')))", at: '4:5' }],
  },
  {
    name: 'ENV override with the Klaviyo URL as the default',
    files: `API = ENV['KLAVIYO_API_URL'] || '${A}/api'
Net::HTTP::Post.new(URI("#{API}/lists"))`,
    detectors: D,
    expect: [{ operation: 'create_list', scopes: ['lists:write'], range: 'Net::HTTP::Post.new(URI("#{API}/lists"))', at: '2:1' }],
  },
  {
    name: "ENV.fetch('…', default URL)",
    files: `API = ENV.fetch('KLAVIYO_API_URL', '${A}/api')
HTTParty.get("#{API}/data-sources")`,
    detectors: D,
    expect: [{ operation: 'get_data_sources', range: 'HTTParty.get("#{API}/data-sources")', at: '2:1' }],
  },
  {
    name: 'Klaviyo::BASE constant from the project’s own module (not the retired gem)',
    files: `module Klaviyo
  BASE = '${A}/api'
end
Net::HTTP.get(URI("#{Klaviyo::BASE}/images/#{image_id}"))`,
    detectors: D,
    expect: [{ operation: 'get_image', scopes: ['images:read'], range: 'Net::HTTP.get(URI("#{Klaviyo::BASE}/images/#{image_id}"))', at: '4:1' }],
  },
  {
    name: 'constant from a require_relative file; concatenation with +',
    files: {
      'lib/klaviyo/config.rb': `module KlaviyoConfig\n  BASE_URL = '${A}/api/'\nend\n`,
      [F]: `require_relative 'config'
Net::HTTP::Get.new(URI(KlaviyoConfig::BASE_URL + 'profiles/' + id))`,
    },
    detectors: D,
    expect: [{ operation: 'get_profile', file: F, range: "Net::HTTP::Get.new(URI(KlaviyoConfig::BASE_URL + 'profiles/' + id))", at: '2:1' }],
  },
  {
    name: 'url += "?include=…"',
    files: `url = "${A}/api/events"
url += '?include=metric,profile'
Net::HTTP.get(URI(url))`,
    detectors: D,
    expect: [{ operation: 'get_events', scopes: ['events:read', 'metrics:read', 'profiles:read'], includeScopes: ['metrics:read', 'profiles:read'], range: 'Net::HTTP.get(URI(url))', at: '3:1' }],
  },
];

const HTTPARTY: Case[] = [
  {
    name: 'HTTParty.get with query: { include: } and an Authorization header from ENV',
    files: `${BASE}
HTTParty.get("#{BASE}/lists", query: { include: 'tags' }, headers: { 'Authorization' => "Klaviyo-API-Key #{ENV['HTTPARTY_KEY']}" })`,
    detectors: D,
    expect: [{ operation: 'get_lists', scopes: ['lists:read', 'tags:read'], includeScopes: ['tags:read'], keyEnv: 'HTTPARTY_KEY', range: `HTTParty.get("#{BASE}/lists", query: { include: 'tags' }, headers: { 'Authorization' => "Klaviyo-API-Key #{ENV['HTTPARTY_KEY']}" })`, at: '2:1' }],
  },
  {
    name: 'HTTParty.post with symbol header keys',
    files: `HTTParty.post('${A}/api/profile-import', body: body.to_json, headers: { Authorization: "Klaviyo-API-Key #{ENV.fetch('IMPORT_KEY')}", revision: '2024-10-15' })`,
    detectors: D,
    expect: [{ operation: 'create_or_update_profile', keyEnv: 'IMPORT_KEY', range: `HTTParty.post('${A}/api/profile-import', body: body.to_json, headers: { Authorization: "Klaviyo-API-Key #{ENV.fetch('IMPORT_KEY')}", revision: '2024-10-15' })`, at: '1:1' }],
  },
  {
    name: 'class with include HTTParty, base_uri and headers: bare get in a class method',
    files: `class KlaviyoApi
  include HTTParty
  base_uri '${A}/api'
  headers 'Authorization' => "Klaviyo-API-Key #{ENV['CLASS_KEY']}", 'revision' => '2024-10-15'

  def self.lists
    get('/lists', query: { include: 'tags' })
  end
end`,
    detectors: D,
    expect: [{ operation: 'get_lists', scopes: ['lists:read', 'tags:read'], keyEnv: 'CLASS_KEY', range: "get('/lists', query: { include: 'tags' })", nameText: 'get', at: '7:5' }],
  },
  {
    name: 'self.class.post in an instance method',
    files: `class Events
  include HTTParty
  base_uri 'a.klaviyo.com/api'

  def track(body)
    self.class.post('/events', body: body.to_json)
  end
end`,
    detectors: D,
    expect: [{ operation: 'create_event', scopes: ['events:write'], range: "self.class.post('/events', body: body.to_json)", at: '6:5' }],
  },
  {
    name: 'HTTParty class used from outside',
    files: `class Kv
  include HTTParty
  base_uri '${A}/api'
end
Kv.get('/metrics')`,
    detectors: D,
    expect: [{ operation: 'get_metrics', range: "Kv.get('/metrics')", at: '5:1' }],
  },
  {
    name: 'HTTParty subclass inherits base_uri',
    files: `class KlaviyoBase
  include HTTParty
  base_uri '${A}/api'
end
class Templates < KlaviyoBase
  def self.remove(id) = delete("/templates/#{id}")
end`,
    detectors: D,
    expect: [{ operation: 'delete_template', scopes: ['templates:write'], range: 'delete("/templates/#{id}")', at: '6:25' }],
  },
];

const FARADAY: Case[] = [
  {
    name: 'Faraday.new(url:, headers:) then conn.post(relative)',
    files: `conn = Faraday.new(url: '${A}/api', headers: { 'Authorization' => "Klaviyo-API-Key #{ENV['FARADAY_KEY']}" })
conn.post('profiles', body.to_json)`,
    detectors: D,
    expect: [{ operation: 'create_profile', keyEnv: 'FARADAY_KEY', range: "conn.post('profiles', body.to_json)", nameText: 'post', at: '2:1' }],
  },
  {
    name: 'conn.get(path, params) with include',
    files: `conn = Faraday.new('${A}/api/')
conn.get('segments', include: 'tags')`,
    detectors: D,
    expect: [{ operation: 'get_segments', scopes: ['segments:read', 'tags:read'], range: "conn.get('segments', include: 'tags')", at: '2:1' }],
  },
  {
    name: 'request block sets params and headers',
    files: `conn = Faraday.new(url: '${A}')
conn.get('/api/campaigns') do |req|
  req.params['include'] = 'tags'
  req.headers['revision'] = '2024-10-15'
end`,
    detectors: D,
    expect: [{ operation: 'get_campaigns', scopes: ['campaigns:read', 'tags:read'], includeScopes: ['tags:read'], range: "conn.get('/api/campaigns') do |req|\n  req.params['include'] = 'tags'\n  req.headers['revision'] = '2024-10-15'\nend", at: '2:1' }],
  },
  {
    name: 'builder block sets the Authorization header; delete with an id',
    files: `conn = Faraday.new('${A}/api') do |f|
  f.request :json
  f.headers['Authorization'] = "Klaviyo-API-Key #{ENV['BUILDER_KEY']}"
end
conn.delete("tags/#{tag_id}")`,
    detectors: D,
    expect: [{ operation: 'delete_tag', keyEnv: 'BUILDER_KEY', range: 'conn.delete("tags/#{tag_id}")', at: '5:1' }],
  },
  {
    name: 'headers assigned on the connection after it is built',
    files: `conn = Faraday.new(url: '${A}/api/')
conn.headers['Authorization'] = "Klaviyo-API-Key #{ENV['LATE_KEY']}"
conn.get('coupons')`,
    detectors: D,
    expect: [{ operation: 'get_coupons', keyEnv: 'LATE_KEY', range: "conn.get('coupons')", at: '3:1' }],
  },
  {
    name: 'Faraday.get(absolute URL)',
    files: `Faraday.get('${A}/api/forms')`,
    detectors: D,
    expect: [{ operation: 'get_forms', range: `Faraday.get('${A}/api/forms')`, at: '1:1' }],
  },
  {
    name: 'public_send with a literal verb',
    files: `conn = Faraday.new(url: '${A}/api/')
conn.public_send(:patch, "profiles/#{id}", body)`,
    detectors: D,
    expect: [{ operation: 'update_profile', range: 'conn.public_send(:patch, "profiles/#{id}", body)', at: '2:1' }],
  },
  {
    name: "builder block with Faraday's auth middleware (f.request :authorization, …)",
    files: `class Api
  def conn
    @conn ||= Faraday.new(url: '${A}/api/') do |f|
      f.request :authorization, 'Klaviyo-API-Key', ENV['MIDDLEWARE_KEY']
    end
  end
  def tags = conn.get('tags')
end`,
    detectors: D,
    expect: [{ operation: 'get_tags', keyEnv: 'MIDDLEWARE_KEY', range: "conn.get('tags')", at: '7:14' }],
  },
  {
    name: 'connection in an instance variable built in initialize',
    files: `class Api
  def initialize
    @http = Faraday.new(url: '${A}/api/', headers: { revision: '2024-10-15' })
  end
  def images = @http.get('images')
end`,
    detectors: D,
    expect: [{ operation: 'get_images', range: "@http.get('images')", at: '5:16' }],
  },
];

const OTHERS: Case[] = [
  {
    name: 'RestClient.get with params: inside the headers hash',
    files: `RestClient.get('${A}/api/metrics', { Authorization: "Klaviyo-API-Key #{ENV['RC_KEY']}", params: { include: 'flow-triggers' } })`,
    detectors: D,
    expect: [{ operation: 'get_metrics', scopes: ['flows:read', 'metrics:read'], includeScopes: ['flows:read'], keyEnv: 'RC_KEY', range: `RestClient.get('${A}/api/metrics', { Authorization: "Klaviyo-API-Key #{ENV['RC_KEY']}", params: { include: 'flow-triggers' } })`, at: '1:1' }],
  },
  {
    name: 'RestClient.post(url, payload, headers)',
    files: `RestClient.post("${A}/api/catalog-items", item.to_json, content_type: :json)`,
    detectors: D,
    expect: [{ operation: 'create_catalog_item', scopes: ['catalogs:write'], range: `RestClient.post("${A}/api/catalog-items", item.to_json, content_type: :json)`, at: '1:1' }],
  },
  {
    name: 'RestClient::Request.execute(method:, url:)',
    files: `RestClient::Request.execute(method: :delete, url: "${A}/api/webhooks/#{id}")`,
    detectors: D,
    expect: [{ operation: 'delete_webhook', range: `RestClient::Request.execute(method: :delete, url: "${A}/api/webhooks/#{id}")`, at: '1:1' }],
  },
  {
    name: 'RestClient::Resource with a sub-path',
    files: `api = RestClient::Resource.new('${A}/api', headers: { Authorization: "Klaviyo-API-Key #{ENV['RES_KEY']}" })
api['reviews'].get`,
    detectors: D,
    expect: [{ operation: 'get_reviews', keyEnv: 'RES_KEY', range: "api['reviews'].get", at: '2:1' }],
  },
  {
    name: 'Typhoeus.get with params',
    files: `Typhoeus.get('${A}/api/flows', params: { include: 'tags' })`,
    detectors: D,
    expect: [{ operation: 'get_flows', scopes: ['flows:read', 'tags:read'], range: `Typhoeus.get('${A}/api/flows', params: { include: 'tags' })`, at: '1:1' }],
  },
  {
    name: 'Typhoeus::Request.new(url, method: :post) is reported where it is built',
    files: `Typhoeus::Request.new('${A}/api/events', method: :post, body: payload).run`,
    detectors: D,
    expect: [{ operation: 'create_event', range: `Typhoeus::Request.new('${A}/api/events', method: :post, body: payload)`, at: '1:1' }],
  },
  {
    name: 'http.rb: HTTP.auth(key).post',
    files: `HTTP.auth("Klaviyo-API-Key #{ENV['HTTPRB_KEY']}").post('${A}/api/lists', json: body)`,
    detectors: D,
    expect: [{ operation: 'create_list', keyEnv: 'HTTPRB_KEY', range: `HTTP.auth("Klaviyo-API-Key #{ENV['HTTPRB_KEY']}").post('${A}/api/lists', json: body)`, at: '1:1' }],
  },
  {
    name: 'http.rb: HTTP.headers(revision: …pre).get selects beta',
    files: `HTTP.headers(revision: '2026-07-15.pre').get("${A}/api/campaigns/#{id}")`,
    detectors: D,
    expect: [{ operation: 'get_campaign_beta', beta: true, range: `HTTP.headers(revision: '2026-07-15.pre').get("${A}/api/campaigns/#{id}")`, at: '1:1' }],
  },
  {
    name: 'Excon.get with query',
    files: `Excon.get('${A}/api/catalog-items', query: { include: 'variants' })`,
    detectors: D,
    expect: [{ operation: 'get_catalog_items', scopes: ['catalogs:read'], range: `Excon.get('${A}/api/catalog-items', query: { include: 'variants' })`, at: '1:1' }],
  },
];

const OUTCOMES: Case[] = [
  {
    name: 'no such endpoint: POST /api/profile',
    files: `HTTParty.post('${A}/api/profile', body: '{}')`,
    detectors: D,
    expect: [{ operation: null, confidence: 'certain', note: 'has no POST /api/profile', range: `HTTParty.post('${A}/api/profile', body: '{}')`, at: '1:1' }],
  },
  {
    name: 'wrong method: PUT /api/profiles/{id}',
    files: `HTTParty.put("${A}/api/profiles/#{id}", body: '{}')`,
    detectors: D,
    expect: [{ operation: null, note: 'no PUT', candidatesInclude: ['update_profile'], range: `HTTParty.put("${A}/api/profiles/#{id}", body: '{}')`, at: '1:1' }],
  },
  {
    name: 'resource not known at top level → unresolved with candidates',
    files: `resource = ARGV[0]
Net::HTTP.get(URI("${A}/api/#{resource}"))`,
    detectors: D,
    expect: [{ operation: null, confidence: 'unresolved', candidatesInclude: ['get_lists', 'get_profiles'], range: 'Net::HTTP.get(URI("https://a.klaviyo.com/api/#{resource}"))', at: '2:1' }],
  },
  {
    name: 'method not known (send with a variable) on a literal path → unresolved',
    files: `verb = ARGV[0]
HTTParty.send(verb, '${A}/api/lists')`,
    detectors: D,
    expect: [{ operation: null, confidence: 'unresolved', candidates: ['get_lists', 'create_list'], range: `HTTParty.send(verb, '${A}/api/lists')`, at: '2:1' }],
  },
  {
    name: '/client/ endpoint: kind client, no private-key scope',
    files: `HTTParty.post('${A}/client/subscriptions?company_id=PUBLIC', body: body.to_json)`,
    detectors: D,
    expect: [{ operation: 'create_client_subscription', kind: 'client', scopes: [], range: `HTTParty.post('${A}/client/subscriptions?company_id=PUBLIC', body: body.to_json)`, at: '1:1' }],
  },
];

// Senders the engine does not know: the URL argument plainly goes to Klaviyo's API.
const SENDERS: Case[] = [
  {
    name: 'an injected client',
    files: `def fetch(client)
  client.get('${A}/api/lists')
end`,
    detectors: D,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], range: `client.get('${A}/api/lists')`, at: '2:3' }],
  },
  {
    name: "a gem base class's post with a base constant",
    files: `class Tracker < Vendor::ApiBase
  BASE = 'https://a.klaviyo.com/api'
  def track(body)
    post_json("#{BASE}/events", body)
  end
end`,
    detectors: D,
    expect: [{ operation: 'create_event', scopes: ['events:write'], range: 'post_json("#{BASE}/events", body)', at: '4:5' }],
  },
  {
    name: 'code in a Klaviyo module: relative /api paths on a connection handed in by keyword',
    files: {
      'lib/crm/lists_ops.rb': `module Klaviyo
  module ListsOps
    def all(client:)
      client.conn.get('/api/v1/lists', api_key: client.api_key)
    end
    def tag(client:, id:)
      client.conn.post("/api/tags/#{id}/relationships/lists/", {})
    end
  end
end`,
    },
    detectors: D,
    expect: [
      { operation: null, kind: 'legacy', confidence: 'likely', replacement: 'get_lists', range: "client.conn.get('/api/v1/lists', api_key: client.api_key)", at: '4:7', file: 'lib/crm/lists_ops.rb' },
      { operation: 'tag_lists', scopes: ['lists:write', 'tags:write'], confidence: 'likely', range: 'client.conn.post("/api/tags/#{id}/relationships/lists/", {})', at: '7:7', file: 'lib/crm/lists_ops.rb' },
    ],
  },
  {
    name: 'relative /api paths outside code named for Klaviyo are the app\'s own',
    files: { 'app/services/orders_sync.rb': `module Shop\n  def pull(client)\n    client.get('/api/lists')\n  end\nend` },
    detectors: D,
    expect: [],
  },
  {
    name: 'in a Klaviyo module, a relative path through a callee that does not say it sends',
    files: { 'lib/crm/cache.rb': `module Klaviyo\n  def warm(store)\n    store.fetch('/api/lists')\n  end\nend` },
    detectors: D,
    expect: [],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'URLs in strings, logs and comments',
    files: `puts "See ${A}/api/profiles"
logger.info("GET ${A}/api/lists failed")
# Net::HTTP.get(URI('${A}/api/lists'))
DOCS_URL = '${A}/api/events'`,
    detectors: D,
    expect: [],
  },
  {
    name: 'heredoc with the JS snippet (as an ERB partial would hold)',
    files: `SNIPPET = <<~HTML
  <script>fetch('${A}/client/subscriptions?company_id=X', { method: 'POST' })</script>
HTML`,
    detectors: D,
    expect: [],
  },
  {
    name: 'ERB templates are not scanned',
    files: { 'app/views/layouts/klaviyo.html.erb': `<% Net::HTTP.get(URI('${A}/api/lists')) %>\n<script>fetch('${A}/api/profiles')</script>` },
    detectors: D,
    expect: [],
  },
  {
    name: 'other hosts, and a look-alike host',
    files: `# klaviyo
HTTParty.get('https://example.com/api/profiles')
Net::HTTP.get(URI('https://a.klaviyo.com.evil.example/api/lists'))
Faraday.get('https://static.klaviyo.com/onsite/js/klaviyo.js')`,
    detectors: D,
    expect: [],
  },
  {
    name: 'a.klaviyo.com outside /api and /client',
    files: `Net::HTTP.get(URI('${A}/media/logo.png'))`,
    detectors: D,
    expect: [],
  },
  {
    name: 'a cache keyed by a Klaviyo URL',
    files: `cache.get('${A}/api/profiles')
@cache.fetch('${A}/api/lists') { 1 }`,
    detectors: D,
    expect: [],
  },
  {
    name: 'a class method named get without HTTParty',
    files: `class Memo
  def self.get(key) = store[key]
end
Memo.get('${A}/api/lists')`,
    detectors: D,
    expect: [],
  },
  {
    name: 'relative Net::HTTP request object never sent through a known session',
    files: `# klaviyo
req = Net::HTTP::Get.new('/api/lists')
other_http.request(req)`,
    detectors: D,
    expect: [],
  },
  {
    name: 'Faraday: a leading slash resolves against the host root, leaving /api',
    files: `conn = Faraday.new(url: '${A}/api')
conn.get('/lists')`,
    detectors: D,
    expect: [],
  },
];

runTreeTable('rb-http-request: Net::HTTP', NET_HTTP, F);
runTreeTable('rb-http-request: HTTParty', HTTPARTY, F);
runTreeTable('rb-http-request: Faraday', FARADAY, F);
runTreeTable('rb-http-request: RestClient, Typhoeus, http.rb, Excon', OTHERS, F);
runTreeTable('rb-http-request: outcomes', OUTCOMES, F);
runTreeTable('rb-http-request: senders the engine does not know', SENDERS, F);
runTreeTable('rb-http-request: negative', NEGATIVE, F);
