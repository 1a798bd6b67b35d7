// PHP request helpers: methods and functions whose request URL or method comes from their
// parameters, reported at each call site with the operation its arguments select (defaults,
// named arguments, nested helpers, traits, static helpers in a PSR-4 class, curl and WordPress
// helpers); a helper nobody calls is reported unresolved at its request.

import { countCases, type Case } from './harness';
import { runPhpTable } from './php-cases';

const D = ['php-request-helper', 'php-http-request'];
const CLASS = `<?php
use GuzzleHttp\\Client;
class KlaviyoService {
    private const BASE = 'https://a.klaviyo.com/api/';
    private Client $http;
    public function __construct() {
        $this->http = new Client(['headers' => ['Authorization' => 'Klaviyo-API-Key ' . getenv('SVC_KEY')]]);
    }
    private function callApi(string $method, string $path, array $body = []) {
        return $this->http->request($method, self::BASE . $path, ['json' => $body]);
    }
`;

const CASES: Case[] = [
  {
    name: 'a WordPress client whose helper adds the payload with add_query_arg to the base and the endpoint it is given',
    files: `<?php
class Klaviyo {
    protected $api_url = 'https://a.klaviyo.com/api/';
    public function identify(array $p) { return $this->send('identify', $p); }
    protected function send(string $endpoint, array $data) {
        $url = add_query_arg('data', urlencode(base64_encode(json_encode($data))), $this->api_url . $endpoint);
        return wp_remote_get($url);
    }
}`,
    expect: [{ operation: null, kind: 'legacy', method: 'GET', path: '/api/identify', detector: 'php-request-helper', range: "$this->send('identify', $p)", at: '4:49' }],
  },
  {
    name: '$this->callApi(method, path) at each call site',
    files: `${CLASS}    public function lists() { return $this->callApi('GET', 'lists'); }\n    public function newList($b) { return $this->callApi('POST', 'lists', $b); }\n}`,
    expect: [
      { operation: 'get_lists', scopes: ['lists:read'], kind: 'http', confidence: 'certain', keyEnv: 'SVC_KEY', detector: 'php-request-helper', range: "$this->callApi('GET', 'lists')", nameText: 'callApi', at: '12:38' },
      { operation: 'create_list', scopes: ['lists:write'], keyEnv: 'SVC_KEY', range: "$this->callApi('POST', 'lists', $b)", at: '13:42' },
    ],
  },
  {
    name: 'paging helper taking a path or a full next link: str_starts_with picks the branch',
    files: `<?php
class Pager {
    private const BASE = 'https://a.klaviyo.com/api';
    private function page(string $pathOrLink) {
        $url = str_starts_with($pathOrLink, 'http') ? $pathOrLink : self::BASE . $pathOrLink;
        return (new \\GuzzleHttp\\Client())->get($url);
    }
    public function flows() { return $this->page('/flows/'); }
    public function next() { return $this->page('https://a.klaviyo.com/api/tags/'); }
}`,
    expect: [
      { operation: 'get_flows', scopes: ['flows:read'], range: "$this->page('/flows/')", at: '8:38' },
      { operation: 'get_tags', scopes: ['tags:read'], range: "$this->page('https://a.klaviyo.com/api/tags/')", at: '9:37' },
    ],
  },
  {
    name: 'alternatives: a path chosen by a flag the call cannot decide gives one finding per operation, likely',
    files: `${CLASS}    public function consent(bool $on) { return $this->callApi('POST', $on ? 'profile-subscription-bulk-create-jobs' : 'profile-subscription-bulk-delete-jobs'); }\n}`,
    expect: [
      { operation: 'bulk_subscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], confidence: 'likely', range: "$this->callApi('POST', $on ? 'profile-subscription-bulk-create-jobs' : 'profile-subscription-bulk-delete-jobs')", at: '12:48' },
      { operation: 'bulk_unsubscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], confidence: 'likely', range: "$this->callApi('POST', $on ? 'profile-subscription-bulk-create-jobs' : 'profile-subscription-bulk-delete-jobs')", at: '12:48' },
    ],
  },
  {
    name: 'named arguments in any order',
    files: `${CLASS}    public function run() { $this->callApi(path: "profiles/{$this->id}", method: 'PATCH'); }\n}`,
    expect: [{ operation: 'update_profile', scopes: ['profiles:write'], range: `$this->callApi(path: "profiles/{$this->id}", method: 'PATCH')`, at: '12:29' }],
  },
  {
    name: 'default method parameter',
    files: `<?php\nclass K {\n    private function get(string $path, string $method = 'GET') {\n        return (new \\GuzzleHttp\\Client())->request($method, 'https://a.klaviyo.com/api/' . $path);\n    }\n    public function a() { $this->get('metrics'); }\n    public function b() { $this->get('metric-aggregates', 'POST'); }\n}`,
    expect: [
      { operation: 'get_metrics', scopes: ['metrics:read'], range: "$this->get('metrics')", at: '6:27' },
      { operation: 'query_metric_aggregates', scopes: ['metrics:read'], range: "$this->get('metric-aggregates', 'POST')", at: '7:27' },
    ],
  },
  {
    name: 'include passed through a query parameter of the helper',
    files: `${CLASS}    private function fetch(string $path, array $query = []) { return $this->http->get(self::BASE . $path, ['query' => $query]); }\n    public function p($id) { return $this->fetch("profiles/$id", ['include' => 'lists']); }\n}`,
    expect: [
      // callApi has no call site in this file: its own request is reported, unresolved.
      { operation: null, confidence: 'unresolved', detector: 'php-http-request', range: "$this->http->request($method, self::BASE . $path, ['json' => $body])", at: '10:16' },
      { operation: 'get_profile', includeScopes: ['lists:read'], scopes: ['lists:read', 'profiles:read'], range: `$this->fetch("profiles/$id", ['include' => 'lists'])`, at: '13:37' },
    ],
  },
  {
    name: 'nested helpers: get() calls callApi()',
    files: `${CLASS}    private function get(string $path) { return $this->callApi('GET', $path); }\n    public function flows() { return $this->get('flows'); }\n}`,
    expect: [{ operation: 'get_flows', scopes: ['flows:read'], detector: 'php-request-helper', range: "$this->get('flows')", at: '13:38' }],
  },
  {
    name: 'curl helper function called with method and path',
    files: `<?php\nfunction klaviyo_request(string $method, string $path, ?array $body = null) {\n    $ch = curl_init('https://a.klaviyo.com/api/' . ltrim($path, '/'));\n    curl_setopt($ch, CURLOPT_CUSTOMREQUEST, $method);\n    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Klaviyo-API-Key ' . getenv('CURL_HELPER_KEY')]);\n    return curl_exec($ch);\n}\nklaviyo_request('POST', '/events', $event);\nklaviyo_request('DELETE', "/catalog-items/$itemId");`,
    expect: [
      { operation: 'create_event', scopes: ['events:write'], keyEnv: 'CURL_HELPER_KEY', range: "klaviyo_request('POST', '/events', $event)", nameText: 'klaviyo_request', at: '8:1' },
      { operation: 'delete_catalog_item', scopes: ['catalogs:write'], range: `klaviyo_request('DELETE', "/catalog-items/$itemId")`, at: '9:1' },
    ],
  },
  {
    name: 'WordPress helper with a constant base',
    files: `<?php\ndefine('KL_API', 'https://a.klaviyo.com/api/');\nfunction kl_get($path) { return wp_remote_get(KL_API . $path, ['headers' => ['revision' => '2024-10-15']]); }\n$lists = kl_get('lists');\n$tags = kl_get('tags');`,
    expect: [
      { operation: 'get_lists', scopes: ['lists:read'], range: "kl_get('lists')", at: '4:10' },
      { operation: 'get_tags', scopes: ['tags:read'], range: "kl_get('tags')", at: '5:9' },
    ],
  },
  {
    name: 'helper defined in a trait',
    files: `<?php\ntrait CallsKlaviyo {\n    protected function klaviyo(string $method, string $uri) {\n        return \\Illuminate\\Support\\Facades\\Http::withToken(env('TRAIT_KEY'), 'Klaviyo-API-Key')->send($method, 'https://a.klaviyo.com/api/' . $uri);\n    }\n}\nclass Job { use CallsKlaviyo; public function handle() { $this->klaviyo('GET', 'segments'); } }`,
    expect: [{ operation: 'get_segments', scopes: ['segments:read'], keyEnv: 'TRAIT_KEY', range: "$this->klaviyo('GET', 'segments')", at: '7:58' }],
  },
  {
    name: 'static helper of a PSR-4 class in another file',
    files: {
      'composer.json': JSON.stringify({ autoload: { 'psr-4': { 'App\\': 'src/' } } }),
      'src/Klaviyo/Api.php': `<?php\nnamespace App\\Klaviyo;\nclass Api {\n    public static function send(string $method, string $path) {\n        return (new \\GuzzleHttp\\Client(['base_uri' => 'https://a.klaviyo.com/api/']))->request($method, $path);\n    }\n}`,
      'src/app.php': `<?php\nuse App\\Klaviyo\\Api;\nApi::send('POST', 'profile-import');`,
    },
    expect: [{ operation: 'create_or_update_profile', scopes: ['profiles:write'], file: 'src/app.php', range: "Api::send('POST', 'profile-import')", at: '3:1' }],
  },
  {
    name: 'conditional argument: one finding per branch, each likely',
    files: `<?php\nclass Track {\n    private function server(string $path, array $q) {\n        return (new \\GuzzleHttp\\Client())->request('GET', "https://a.klaviyo.com/api/{$path}", ['query' => $q]);\n    }\n    public function send($once, $q) { return $this->server($once ? 'track-once' : 'track', $q); }\n}`,
    expect: [
      { operation: null, kind: 'legacy', confidence: 'likely', replacement: 'create_event', path: '/api/track-once', range: "$this->server($once ? 'track-once' : 'track', $q)" },
      { operation: null, kind: 'legacy', confidence: 'likely', replacement: 'create_event', path: '/api/track', range: "$this->server($once ? 'track-once' : 'track', $q)" },
    ],
  },
  {
    name: 'helper upper-cases its method parameter',
    files: `<?php\nfunction klaviyo_call($method, $path) {\n    return wp_remote_request('https://a.klaviyo.com/api/' . $path, ['method' => strtoupper($method)]);\n}\nklaviyo_call('delete', 'lists/L1');`,
    expect: [{ operation: 'delete_list', scopes: ['lists:write'], range: "klaviyo_call('delete', 'lists/L1')" }],
  },
  {
    name: 'closure and arrow-function helpers held in variables',
    files: `<?php\n$base = 'https://a.klaviyo.com/api/';\n$get = fn(string $path) => wp_remote_get($base . $path);\n$post = function (string $path, array $body) use ($base) { return wp_remote_post($base . $path, ['body' => $body]); };\n$get('metrics');\n$post('events', $e);`,
    expect: [
      { operation: 'get_metrics', scopes: ['metrics:read'], range: "$get('metrics')" },
      { operation: 'create_event', scopes: ['events:write'], range: "$post('events', $e)" },
    ],
  },
  {
    name: 'call site whose arguments cannot be read: unresolved there',
    files: `${CLASS}    public function any() { return $this->callApi($this->method, 'lists'); }\n}`,
    expect: [{ operation: null, confidence: 'unresolved', candidates: ['get_lists', 'create_list'], range: "$this->callApi($this->method, 'lists')", at: '12:36' }],
  },
  {
    name: 'helper with no call sites: its request is reported unresolved',
    files: `${CLASS}}`,
    expect: [{ operation: null, confidence: 'unresolved', detector: 'php-http-request', note: 'candidate operations', candidatesInclude: ['get_accounts', 'create_event'], range: "$this->http->request($method, self::BASE . $path, ['json' => $body])", at: '10:16' }],
  },
  {
    name: 'helper called from another file only: the call site counts, not the helper',
    files: {
      'src/Klaviyo.php': `<?php\nfunction kl($path) { return wp_remote_get('https://a.klaviyo.com/api/' . $path); }`,
      'src/app.php': `<?php\nrequire __DIR__ . '/Klaviyo.php';\nkl('accounts');`,
    },
    expect: [{ operation: 'get_accounts', scopes: ['accounts:read'], file: 'src/app.php', range: "kl('accounts')", at: '3:1' }],
  },
  {
    // Neither caller names Klaviyo: the prefilter follows the require and the class it uses.
    name: 'required helper and PSR-4 class, used by files that never name Klaviyo',
    files: {
      'composer.json': JSON.stringify({ autoload: { 'psr-4': { 'App\\': 'src/' } } }),
      'src/Mail/Api.php': `<?php\nnamespace App\\Mail;\nclass Api {\n    public static function send(string $method, string $path) {\n        return (new \\GuzzleHttp\\Client(['base_uri' => 'https://a.klaviyo.com/api/']))->request($method, $path);\n    }\n}`,
      'src/http.php': `<?php\nfunction kl($path) { return wp_remote_get('https://a.klaviyo.com/api/' . $path); }`,
      'src/app.php': `<?php\nrequire_once __DIR__ . '/http.php';\nkl('accounts');`,
      'src/jobs.php': `<?php\nuse App\\Mail\\Api;\nApi::send('POST', 'profile-import');`,
    },
    expect: [
      { operation: 'get_accounts', scopes: ['accounts:read'], file: 'src/app.php', range: "kl('accounts')", at: '3:1' },
      { operation: 'create_or_update_profile', scopes: ['profiles:write'], file: 'src/jobs.php', range: "Api::send('POST', 'profile-import')", at: '3:1' },
    ],
  },
  {
    // WordPress plugins: the main file requires every include, and each include calls helpers
    // another include defines, with no require between them (PHP functions are global).
    name: 'a global helper defined in a sibling include, loaded by the plugin file, not by the caller',
    files: {
      'plugin.php': `<?php\nrequire_once PLUGIN_DIR . 'includes/api.php';\nrequire_once PLUGIN_DIR . 'includes/lists.php';`,
      'includes/api.php': `<?php\nif ( ! function_exists( 'shop_klaviyo_request' ) ) {\n    function shop_klaviyo_request( $method, $path ) {\n        return wp_remote_request( 'https://a.klaviyo.com' . $path, array( 'method' => $method ) );\n    }\n}`,
      'includes/lists.php': `<?php\n// Klaviyo lists for the settings page\nfunction shop_lists() {\n    $next = '/api/lists/?page[size]=10';\n    while ( $next ) {\n        $resp = shop_klaviyo_request( 'GET', $next );\n        $next = $resp['links']['next'] ?? '';\n    }\n}`,
    },
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], file: 'includes/lists.php', range: "shop_klaviyo_request( 'GET', $next )", at: '6:17' }],
  },
  {
    // Real wrapper libraries take the Guzzle client in their constructor; its base_uri is set by whoever builds it.
    name: 'relative Klaviyo path on a handed-in Guzzle client, and a PSR-7 request passed to a send helper',
    files: {
      'Api.php': `<?php\nnamespace Klaviyo;\nuse GuzzleHttp\\Client;\nuse Psr\\Http\\Message\\RequestInterface;\nclass Api {\n    public function __construct(private Client $http) {}\n    public function send(RequestInterface $request) { return $this->http->send($request); }\n    public function lists() { return $this->http->get('/api/v2/lists'); }\n}`,
      'Metrics.php': `<?php\nnamespace Klaviyo;\nuse GuzzleHttp\\Psr7\\Request;\nclass Metrics {\n    protected $version = 'v1';\n    public function __construct(private Api $api) {}\n    public function all() { return $this->api->send(new Request('GET', "api/{$this->version}/metrics")); }\n}`,
    },
    expect: [
      { operation: null, kind: 'legacy', confidence: 'likely', file: 'Api.php', range: "$this->http->get('/api/v2/lists')", replacement: 'get_lists', note: 'not visible here', detector: 'php-http-request' },
      { operation: null, kind: 'legacy', confidence: 'likely', file: 'Metrics.php', range: `$this->api->send(new Request('GET', "api/{$this->version}/metrics"))`, replacement: 'get_metrics' },
    ],
  },
  {
    name: "a project's own Klaviyo\\Klaviyo class is code, not the retired SDK; a reassigned path parameter; a query added on one branch",
    files: `<?php\nnamespace Klaviyo;\nclass Klaviyo {\n    const BASE = 'https://a.klaviyo.com/api/';\n    public function v2($path, $q = []) {\n        $path = 'v2/' . ltrim($path, '/');\n        $url = self::BASE . $path;\n        if ($q) { $url = $url . '?' . http_build_query($q); }\n        return (new \\GuzzleHttp\\Client())->get($url);\n    }\n}\nclass Lists {\n    public function __construct(private Klaviyo $k) {}\n    public function all() { return $this->k->v2('/lists'); }\n}`,
    expect: [{ operation: null, kind: 'legacy', range: "$this->k->v2('/lists')", replacement: 'get_lists' }],
  },

];

const NEGATIVE: Case[] = [
  { name: 'a relative path of another API through a handed-in client', files: `<?php\n// klaviyo sync\nclass Shop {\n    public function __construct(private \\GuzzleHttp\\Client $http) {}\n    public function users() { return $this->http->get('/api/v1/users'); }\n}`, expect: [] },
  { name: 'a relative Klaviyo-like path on a client whose visible base is another host', files: `<?php\n// klaviyo proxy\n$c = new GuzzleHttp\\Client(['base_uri' => 'https://internal.example.com']);\n$c->get('/api/profiles');`, expect: [] },
  { name: 'a helper-like function that does not send', files: `<?php\n// klaviyo\nfunction path($p) { return 'https://a.klaviyo.com/api/' . $p; }\n$u = path('lists');`, expect: [] },
  { name: 'helper to another API', files: `<?php\n// klaviyo-free\nfunction call($m, $p) { return (new GuzzleHttp\\Client())->request($m, 'https://api.example.com/' . $p); }\ncall('GET', 'profiles');`, expect: [] },
];

const ALL = runPhpTable('php-request-helper', [...CASES, ...NEGATIVE], D, { kind: 'http', confidence: 'certain' });
export const counts = countCases(ALL);
