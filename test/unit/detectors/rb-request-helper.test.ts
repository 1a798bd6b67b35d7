// Ruby request helpers: methods whose request URL or method comes from their parameters are
// followed into, and each call site gets the operation its arguments (symbols for methods,
// keyword arguments, defaults) select; `case`/`if` on the method keep only the branch taken.

import type { Case } from './tree-harness';
import { runTreeTable } from './tree-harness';

const F = 'app/lib/klaviyo_http.rb';
const A = 'https://a.klaviyo.com';

const NET_HTTP_HELPER = `BASE = '${A}/api'
def request(method, path, body = nil)
  uri = URI("#{BASE}#{path}")
  req = Net::HTTP.const_get(method.to_s.capitalize).new(uri)
  req['Authorization'] = "Klaviyo-API-Key #{ENV['KLAVIYO_KEY']}"
  req.body = body.to_json if body
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }
end`;

const CASES: Case[] = [
  {
    name: 'request(:post, "/profiles", body) through Net::HTTP.const_get(method.to_s.capitalize)',
    files: `${NET_HTTP_HELPER}
request(:post, '/profiles', { data: {} })
request(:get, "/lists/#{list_id}")`,
    expect: [
      { operation: 'create_profile', scopes: ['profiles:write'], kind: 'http', confidence: 'certain', keyEnv: 'KLAVIYO_KEY', detector: 'rb-request-helper', range: "request(:post, '/profiles', { data: {} })", nameText: 'request', at: '9:1' },
      { operation: 'get_list', scopes: ['lists:read'], detector: 'rb-request-helper', range: 'request(:get, "/lists/#{list_id}")', at: '10:1' },
    ],
  },
  {
    name: 'alternatives: a path chosen by a flag the call cannot decide gives one finding per operation, likely',
    files: `${NET_HTTP_HELPER}
def consent(on)
  path = on ? '/profile-subscription-bulk-create-jobs' : '/profile-subscription-bulk-delete-jobs'
  request(:post, path, {})
end`,
    expect: [
      { operation: 'bulk_subscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], confidence: 'likely', range: 'request(:post, path, {})', at: '11:3' },
      { operation: 'bulk_unsubscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], confidence: 'likely', range: 'request(:post, path, {})', at: '11:3' },
    ],
  },
  {
    name: 'paging helper taking a path or a full next link: start_with? picks the branch',
    files: `BASE = '${A}/api'
def get_page(path_or_link)
  url = path_or_link.start_with?('http') ? path_or_link : "#{BASE}#{path_or_link}"
  HTTParty.get(url, headers: { 'revision' => '2026-07-15' })
end
get_page('/campaigns/')
get_page('${A}/api/segments/')`,
    expect: [
      { operation: 'get_campaigns', scopes: ['campaigns:read'], range: "get_page('/campaigns/')", at: '6:1' },
      { operation: 'get_segments', scopes: ['segments:read'], range: `get_page('${A}/api/segments/')`, at: '7:1' },
    ],
  },
  {
    name: 'case method when :get / :post … keeps only the branch the call takes',
    files: `def call_klaviyo(method, path)
  uri = URI("${A}/api#{path}")
  req = case method
        when :get then Net::HTTP::Get.new(uri)
        when :post then Net::HTTP::Post.new(uri)
        when :delete then Net::HTTP::Delete.new(uri)
        end
  Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
end
call_klaviyo(:post, '/events')
call_klaviyo(:delete, "/webhooks/#{id}")`,
    expect: [
      { operation: 'create_event', range: "call_klaviyo(:post, '/events')", at: '10:1' },
      { operation: 'delete_webhook', range: 'call_klaviyo(:delete, "/webhooks/#{id}")', at: '11:1' },
    ],
  },
  {
    name: 'HTTParty.send(method, url) in a module function',
    files: `module KlaviyoHttp
  module_function

  def call(method, path, **opts)
    HTTParty.send(method, "${A}/api#{path}", **opts)
  end
end
KlaviyoHttp.call(:delete, "/lists/#{id}")`,
    expect: [{ operation: 'delete_list', scopes: ['lists:write'], range: 'KlaviyoHttp.call(:delete, "/lists/#{id}")', nameText: 'call', at: '8:1' }],
  },
  {
    name: 'Faraday public_send(method, path) in an instance method, called on an instance',
    files: `class KlaviyoClient
  def initialize
    @conn = Faraday.new(url: '${A}/api/', headers: { 'Authorization' => "Klaviyo-API-Key #{ENV['CLIENT_KEY']}" })
  end

  def request(method, path, body = nil)
    @conn.public_send(method, path, body&.to_json)
  end
end
client = KlaviyoClient.new
client.request(:patch, "profiles/#{id}", attrs)`,
    expect: [{ operation: 'update_profile', keyEnv: 'CLIENT_KEY', range: 'client.request(:patch, "profiles/#{id}", attrs)', at: '11:1' }],
  },
  {
    name: 'if method == :post … else …',
    files: `def send_req(method, url)
  uri = URI(url)
  req = if method == :post
          Net::HTTP::Post.new(uri)
        else
          Net::HTTP::Get.new(uri)
        end
  Net::HTTP.start(uri.host, 443) { |h| h.request(req) }
end
send_req(:get, '${A}/api/tags')
send_req(:post, '${A}/api/tags')`,
    expect: [
      { operation: 'get_tags', range: `send_req(:get, '${A}/api/tags')`, at: '10:1' },
      { operation: 'create_tag', range: `send_req(:post, '${A}/api/tags')`, at: '11:1' },
    ],
  },
  {
    name: 'keyword parameters with a default method',
    files: `def klaviyo(path:, method: :get, body: nil)
  HTTParty.public_send(method, "${A}/api#{path}", body: body)
end
klaviyo(path: '/segments')
klaviyo(path: '/segments', method: :post, body: payload)`,
    expect: [
      { operation: 'get_segments', range: "klaviyo(path: '/segments')", at: '4:1' },
      { operation: 'create_segment', range: "klaviyo(path: '/segments', method: :post, body: payload)", at: '5:1' },
    ],
  },
  {
    name: 'helper in another file loaded with require_relative: reported in the caller',
    files: {
      'app/lib/klaviyo_base.rb': `module KlaviyoBase\n  def self.get(path)\n    HTTParty.get("${A}/api#{path}")\n  end\nend\n`,
      [F]: `require_relative 'klaviyo_base'
KlaviyoBase.get('/metrics')`,
    },
    expect: [{ operation: 'get_metrics', file: F, range: "KlaviyoBase.get('/metrics')", at: '2:1' }],
  },
  {
    name: 'Rails autoload: a client class in app/clients used from a model (no require)',
    files: {
      'app/clients/shop_klaviyo/klaviyo/client.rb': `module ShopKlaviyo
  module Klaviyo
    class Client
      KLAVIYO_API_URL = "${A}/api/".freeze
      def initialize(private_api_key:) = @private_api_key = private_api_key
      def get_request(endpoint)
        request = Net::HTTP::Get.new(url(endpoint))
        request["Authorization"] = "Klaviyo-API-Key #{@private_api_key}"
        http.request(request)
      end
      def post_request(endpoint, body)
        request = Net::HTTP::Post.new(url(endpoint))
        request.body = body.to_json
        http.request(request)
      end
      private
      def url(endpoint = "") = URI.join(KLAVIYO_API_URL, endpoint)
      def http = Net::HTTP.new(url.host, url.port).tap { |h| h.use_ssl = true }
    end
  end
end
`,
      'app/models/shop/integrations/klaviyo.rb': `module Shop
  class KlaviyoIntegration
    def can_connect? = client.get_request("lists/#{list_id}")
    def subscribe(payload) = client.post_request('profile-subscription-bulk-create-jobs/', payload)
    private
    def client = ::ShopKlaviyo::Klaviyo::Client.new(private_api_key: key)
  end
end
`,
    },
    expect: [
      { operation: 'get_list', file: 'app/models/shop/integrations/klaviyo.rb', range: 'client.get_request("lists/#{list_id}")', at: '3:24' },
      { operation: 'bulk_subscribe_profiles', file: 'app/models/shop/integrations/klaviyo.rb', range: "client.post_request('profile-subscription-bulk-create-jobs/', payload)", at: '4:30' },
    ],
  },
  {
    name: 'helpers calling helpers: get(path) → request(:get, path)',
    files: `${NET_HTTP_HELPER}
def get(path) = request(:get, path)
get('/tags')`,
    expect: [{ operation: 'get_tags', range: "get('/tags')", at: '10:1' }],
  },
  {
    name: 'include through a params argument bound to HTTParty query:',
    files: `def kget(path, params = {})
  HTTParty.get("${A}/api#{path}", query: params)
end
kget('/lists', include: 'tags')`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read', 'tags:read'], includeScopes: ['tags:read'], range: "kget('/lists', include: 'tags')", at: '4:1' }],
  },
  {
    name: 'a helper nobody calls: its request is reported unresolved where it is made',
    files: `def kpost(path, body)
  HTTParty.post("${A}/api#{path}", body: body)
end`,
    expect: [{ operation: null, confidence: 'unresolved', detector: 'rb-http-request', candidatesInclude: ['create_event', 'create_list'], range: 'HTTParty.post("https://a.klaviyo.com/api#{path}", body: body)', at: '2:3' }],
  },
  {
    name: 'call site with a method not known here → unresolved at the call site',
    files: `${NET_HTTP_HELPER}
request(ARGV[0].to_sym, '/lists')`,
    expect: [{ operation: null, confidence: 'unresolved', candidates: ['get_lists', 'create_list'], range: "request(ARGV[0].to_sym, '/lists')", at: '9:1' }],
  },
  {
    name: 'helper used through self in a class method, path built with a symbol',
    files: `class Sync
  def self.fetch(kind) = HTTParty.get("${A}/api/#{kind}")
  def self.all = [fetch(:flows), fetch(:forms)]
end`,
    expect: [
      { operation: 'get_flows', range: 'fetch(:flows)', at: '3:19' },
      { operation: 'get_forms', range: 'fetch(:forms)', at: '3:34' },
    ],
  },
  {
    // The caller names neither Klaviyo nor the helper's file: the prefilter follows require_relative.
    name: 'helper loaded with require_relative by a file that never names Klaviyo',
    files: {
      'app/lib/crm.rb': `module Crm\n  def self.get(path)\n    HTTParty.get("${A}/api#{path}")\n  end\nend\n`,
      'app/jobs/sync.rb': `require_relative '../lib/crm'\nCrm.get('/metrics')`,
    },
    expect: [{ operation: 'get_metrics', file: 'app/jobs/sync.rb', range: "Crm.get('/metrics')", at: '2:1' }],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'a parametric helper to another host: its callers are not reported',
    files: `# klaviyo sync uses this for Slack
def post_to(path, body) = HTTParty.post("https://hooks.slack.com#{path}", body: body)
post_to('/services/x', '{}')`,
    expect: [],
  },
  {
    name: 'a request method on an unrelated class called with symbols',
    files: `# klaviyo
class Queue
  def request(method, path) = jobs << [method, path]
end
Queue.new.request(:post, '/profiles')`,
    expect: [],
  },
  {
    name: 'helper taking a full URL called with a non-Klaviyo URL',
    files: `def fetch_json(url) = JSON.parse(Net::HTTP.get(URI(url)))
fetch_json('https://api.example.com/klaviyo/lists')`,
    expect: [],
  },
];

runTreeTable('rb-request-helper', CASES, F);
runTreeTable('rb-request-helper: negative', NEGATIVE, F);
