// Raw HTTP from PHP: Guzzle (base_uri resolution, verbs, async, PSR-7 requests), Laravel's Http
// client, Symfony HttpClient, WordPress, file_get_contents, curl; URLs from literals,
// interpolation, concatenation, sprintf, class and global constants (also from a required
// file); include, beta and key env from options and headers; legacy and wrong requests; look-alikes.

import { countCases, type Case } from './harness';
import { runPhpTable } from './php-cases';

const D = ['php-http-request'];
const GUZZLE = `<?php
use GuzzleHttp\\Client;
$client = new Client([
    'base_uri' => 'https://a.klaviyo.com/api/',
    'headers' => ['Authorization' => 'Klaviyo-API-Key ' . getenv('KLAVIYO_KEY'), 'revision' => '2024-10-15'],
]);
`;

const GUZZLE_CASES: Case[] = [
  {
    name: 'Guzzle client with base_uri and headers: request(POST, relative path)',
    files: `${GUZZLE}$client->request('POST', 'profiles', ['json' => $payload]);`,
    expect: [{ operation: 'create_profile', scopes: ['profiles:write'], kind: 'http', confidence: 'certain', keyEnv: 'KLAVIYO_KEY', beta: false, range: "$client->request('POST', 'profiles', ['json' => $payload])", nameText: 'request', at: '7:1' }],
  },
  {
    name: 'Guzzle get() with query include',
    files: `${GUZZLE}$res = $client->get('lists', ['query' => ['include' => 'tags']]);`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read', 'tags:read'], includeScopes: ['tags:read'], range: "$client->get('lists', ['query' => ['include' => 'tags']])", at: '7:8' }],
  },
  {
    name: 'Guzzle getAsync with an interpolated id',
    files: `${GUZZLE}$promise = $client->getAsync("profiles/{$id}");`,
    expect: [{ operation: 'get_profile', scopes: ['profiles:read'], range: '$client->getAsync("profiles/{$id}")', nameText: 'getAsync', at: '7:12' }],
  },
  {
    name: 'Guzzle without base_uri: absolute URL, fully-qualified class',
    files: `<?php\n$http = new \\GuzzleHttp\\Client();\n$http->post('https://a.klaviyo.com/api/events/', ['json' => $e, 'headers' => ['Authorization' => "Klaviyo-API-Key {$_ENV['EVENTS_KEY']}"]]);`,
    expect: [{ operation: 'create_event', scopes: ['events:write'], keyEnv: 'EVENTS_KEY', range: `$http->post('https://a.klaviyo.com/api/events/', ['json' => $e, 'headers' => ['Authorization' => "Klaviyo-API-Key {$_ENV['EVENTS_KEY']}"]])`, at: '3:1' }],
  },
  {
    name: 'base_uri without trailing slash + absolute path (RFC 3986)',
    files: `<?php\n$c = new GuzzleHttp\\Client(['base_uri' => 'https://a.klaviyo.com']);\n$c->request('GET', '/api/segments');`,
    expect: [{ operation: 'get_segments', scopes: ['segments:read'], range: "$c->request('GET', '/api/segments')", at: '3:1' }],
  },
  {
    name: 'PSR-7 Request sent through send() and sendRequest()',
    files: `<?php\nuse GuzzleHttp\\Psr7\\Request;\n$client = new GuzzleHttp\\Client();\n$request = new Request('DELETE', 'https://a.klaviyo.com/api/lists/' . $listId, ['Authorization' => 'Klaviyo-API-Key ' . getenv('K')]);\n$client->send($request);\n$client->sendRequest(new Request('GET', 'https://a.klaviyo.com/api/flows'));`,
    expect: [
      { operation: 'delete_list', scopes: ['lists:write'], keyEnv: 'K', range: '$client->send($request)', nameText: 'send', at: '5:1' },
      { operation: 'get_flows', scopes: ['flows:read'], range: "$client->sendRequest(new Request('GET', 'https://a.klaviyo.com/api/flows'))", at: '6:1' },
    ],
  },
  {
    name: 'revision header ending in .pre selects the beta operation',
    files: `<?php\n$c = new GuzzleHttp\\Client(['base_uri' => 'https://a.klaviyo.com/api/', 'headers' => ['revision' => '2026-07-15.pre']]);\n$c->get('campaigns');`,
    expect: [{ operation: 'get_campaigns_beta', scopes: ['campaigns:read'], beta: true, range: "$c->get('campaigns')", at: '3:1' }],
  },
  {
    name: 'include in the URL query string and as a query string option',
    files: `${GUZZLE}$client->get('profiles/' . $id . '?include=lists,segments');\n$client->request('GET', 'events', ['query' => 'include=metric']);`,
    expect: [
      { operation: 'get_profile', scopes: ['lists:read', 'profiles:read', 'segments:read'], includeScopes: ['lists:read', 'segments:read'], range: "$client->get('profiles/' . $id . '?include=lists,segments')", at: '7:1' },
      { operation: 'get_events', scopes: ['events:read', 'metrics:read'], includeScopes: ['metrics:read'], range: "$client->request('GET', 'events', ['query' => 'include=metric'])", at: '8:1' },
    ],
  },
  {
    name: 'typed property assigned in the constructor, class constant URL',
    files: `<?php\nuse GuzzleHttp\\Client;\nclass Api {\n    const BASE = 'https://a.klaviyo.com/api';\n    private Client $http;\n    public function __construct() { $this->http = new Client(['timeout' => 5]); }\n    public function flows() { return $this->http->get(self::BASE . '/flows'); }\n    public function metrics() { return $this->http->get(static::BASE . '/metrics'); }\n}`,
    expect: [
      { operation: 'get_flows', scopes: ['flows:read'], range: "$this->http->get(self::BASE . '/flows')", at: '7:38' },
      { operation: 'get_metrics', scopes: ['metrics:read'], range: "$this->http->get(static::BASE . '/metrics')", at: '8:40' },
    ],
  },
  {
    name: 'promoted ClientInterface property, constant of another class',
    files: `<?php\nuse GuzzleHttp\\ClientInterface;\nfinal class Urls { public const API = 'https://a.klaviyo.com/api/'; }\nclass Sync {\n    public function __construct(private ClientInterface $http) {}\n    public function run() { $this->http->request('PUT', Urls::API . 'catalog-items/' . $id); }\n}`,
    expect: [{ operation: null, confidence: 'certain', note: 'no PUT', candidates: ['get_catalog_item', 'update_catalog_item', 'delete_catalog_item'], range: "$this->http->request('PUT', Urls::API . 'catalog-items/' . $id)", at: '6:29' }],
  },
];

const URLS: Case[] = [
  {
    name: 'sprintf with a literal format',
    files: `<?php\n$http = new GuzzleHttp\\Client();\n$http->request('PATCH', sprintf('%s/lists/%s', 'https://a.klaviyo.com/api', $listId));`,
    expect: [{ operation: 'update_list', scopes: ['lists:write'], range: "$http->request('PATCH', sprintf('%s/lists/%s', 'https://a.klaviyo.com/api', $listId))", at: '3:1' }],
  },
  {
    name: 'define() constant and a const declaration',
    files: `<?php\ndefine('KLAVIYO_API', 'https://a.klaviyo.com/api');\nconst LISTS = '/lists';\n$http = new GuzzleHttp\\Client();\n$http->get(KLAVIYO_API . LISTS);`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], range: '$http->get(KLAVIYO_API . LISTS)', at: '5:1' }],
  },
  {
    name: 'constant from a required config file',
    files: {
      'src/config.php': `<?php\nconst KLAVIYO_BASE = 'https://a.klaviyo.com/api/';`,
      'src/app.php': `<?php\nrequire_once __DIR__ . '/config.php';\n$http = new GuzzleHttp\\Client();\n$http->get(KLAVIYO_BASE . 'templates');`,
    },
    expect: [{ operation: 'get_templates', scopes: ['templates:read'], file: 'src/app.php', range: "$http->get(KLAVIYO_BASE . 'templates')", at: '4:1' }],
  },
  {
    name: 'class constant from a class file beside this one',
    files: {
      'src/Endpoints.php': `<?php\nfinal class Endpoints {\n    const HOST = 'https://a.klaviyo.com';\n    const EVENTS = self::HOST . '/api/events';\n}`,
      'src/app.php': `<?php\n// klaviyo\n(new GuzzleHttp\\Client())->post(Endpoints::EVENTS, ['json' => $e]);`,
    },
    expect: [{ operation: 'create_event', scopes: ['events:write'], file: 'src/app.php', range: "(new GuzzleHttp\\Client())->post(Endpoints::EVENTS, ['json' => $e])" }],
  },
  {
    name: 'namespaced constant imported with use const from a required file',
    files: {
      'src/config.php': `<?php\nnamespace App\\Config;\nconst KLAVIYO_API = 'https://a.klaviyo.com/api';`,
      'src/app.php': `<?php\nnamespace App;\nuse const App\\Config\\KLAVIYO_API;\nrequire_once __DIR__ . '/config.php';\nwp_remote_get(KLAVIYO_API . '/accounts', ['headers' => ['Authorization' => 'Klaviyo-API-Key ' . getenv('K')]]);`,
    },
    expect: [{ operation: 'get_accounts', scopes: ['accounts:read'], keyEnv: 'K', file: 'src/app.php', range: "wp_remote_get(KLAVIYO_API . '/accounts', ['headers' => ['Authorization' => 'Klaviyo-API-Key ' . getenv('K')]])" }],
  },
  {
    name: 'Laravel base URL and key from config()',
    files: {
      'config/klaviyo.php': `<?php\nreturn ['url' => 'https://a.klaviyo.com/api/', 'key' => env('KLAVIYO_KEY', '')];`,
      'app/Services/Klaviyo.php': `<?php\nnamespace App\\Services;\nuse Illuminate\\Support\\Facades\\Http;\nclass Klaviyo {\n    public function flows() {\n        return Http::baseUrl(config('klaviyo.url'))->withHeaders(['Authorization' => 'Klaviyo-API-Key ' . config('klaviyo.key')])->get('flows');\n    }\n}`,
    },
    expect: [{ operation: 'get_flows', scopes: ['flows:read'], keyEnv: 'KLAVIYO_KEY', file: 'app/Services/Klaviyo.php', range: "Http::baseUrl(config('klaviyo.url'))->withHeaders(['Authorization' => 'Klaviyo-API-Key ' . config('klaviyo.key')])->get('flows')" }],
  },
  {
    name: 'URL built with .= and simple interpolation',
    files: `<?php\n$url = 'https://a.klaviyo.com/api';\n$url .= "/lists/$listId/relationships/profiles";\n$http = new GuzzleHttp\\Client();\n$http->post($url, ['json' => $members]);`,
    expect: [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], range: "$http->post($url, ['json' => $members])", at: '5:1' }],
  },
  {
    name: 'http_build_query for the include parameter',
    files: `<?php\n$http = new GuzzleHttp\\Client();\n$http->get('https://a.klaviyo.com/api/events?' . http_build_query(['include' => 'metric,profile']));`,
    expect: [{ operation: 'get_events', scopes: ['events:read', 'metrics:read', 'profiles:read'], includeScopes: ['metrics:read', 'profiles:read'], range: "$http->get('https://a.klaviyo.com/api/events?' . http_build_query(['include' => 'metric,profile']))" }],
  },
  {
    name: 'heredoc URL',
    files: `<?php\n$u = <<<URL\nhttps://a.klaviyo.com/api/coupons\nURL;\n(new GuzzleHttp\\Client())->get($u);`,
    expect: [{ operation: 'get_coupons', scopes: ['coupons:read'], range: '(new GuzzleHttp\\Client())->get($u)', at: '5:1' }],
  },
  {
    name: 'unknown resource: unresolved with candidates',
    files: `<?php\n$http = new GuzzleHttp\\Client();\n$http->get("https://a.klaviyo.com/api/$resource");`,
    expect: [{ operation: null, confidence: 'unresolved', candidatesInclude: ['get_lists', 'get_profiles'], range: '$http->get("https://a.klaviyo.com/api/$resource")' }],
  },
  {
    name: 'wrong method for the path',
    files: `<?php\n$http = new GuzzleHttp\\Client();\n$http->delete('https://a.klaviyo.com/api/profiles');`,
    expect: [{ operation: null, kind: 'http', note: 'no DELETE /api/profiles', range: "$http->delete('https://a.klaviyo.com/api/profiles')" }],
  },
  {
    name: 'v2 list members endpoint is legacy, with its replacement',
    files: `<?php\n$http = new GuzzleHttp\\Client();\n$http->post("https://a.klaviyo.com/api/v2/list/{$listId}/members", ['json' => ['api_key' => $k]]);`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'add_profiles_to_list', range: `$http->post("https://a.klaviyo.com/api/v2/list/{$listId}/members", ['json' => ['api_key' => $k]])` }],
  },
  {
    name: '/client/ endpoint: no private-key scope',
    files: `<?php\n$http = new GuzzleHttp\\Client();\n$http->post('https://a.klaviyo.com/client/subscriptions/?company_id=ABC', ['json' => $s]);`,
    expect: [{ operation: 'create_client_subscription', kind: 'client', scopes: [], range: "$http->post('https://a.klaviyo.com/client/subscriptions/?company_id=ABC', ['json' => $s])" }],
  },
];

const OTHER_CLIENTS: Case[] = [
  {
    name: 'Laravel Http::withHeaders()->get() with query include',
    files: `<?php\nuse Illuminate\\Support\\Facades\\Http;\n$r = Http::withHeaders(['Authorization' => 'Klaviyo-API-Key ' . env('KLAVIYO_KEY'), 'revision' => '2025-01-15'])\n    ->get('https://a.klaviyo.com/api/profiles/' . $id, ['include' => 'lists']);`,
    expect: [{ operation: 'get_profile', scopes: ['lists:read', 'profiles:read'], includeScopes: ['lists:read'], keyEnv: 'KLAVIYO_KEY', range: `Http::withHeaders(['Authorization' => 'Klaviyo-API-Key ' . env('KLAVIYO_KEY'), 'revision' => '2025-01-15'])\n    ->get('https://a.klaviyo.com/api/profiles/' . $id, ['include' => 'lists'])`, nameText: 'get', at: '3:6' }],
  },
  {
    name: 'Laravel withToken(…, Klaviyo-API-Key) + baseUrl + post',
    files: `<?php\nuse Illuminate\\Support\\Facades\\Http;\n$http = Http::withToken(config('x') ?? env('KL_KEY'), 'Klaviyo-API-Key')->baseUrl('https://a.klaviyo.com/api')->acceptJson();\n$http->post('events', $data);`,
    expect: [{ operation: 'create_event', scopes: ['events:write'], keyEnv: 'KL_KEY', range: "$http->post('events', $data)", at: '4:1' }],
  },
  {
    name: 'Laravel Http::post() directly',
    files: `<?php\nuse Illuminate\\Support\\Facades\\Http;\nHttp::post('https://a.klaviyo.com/api/profile-import', $body);`,
    expect: [{ operation: 'create_or_update_profile', scopes: ['profiles:write'], range: "Http::post('https://a.klaviyo.com/api/profile-import', $body)", at: '3:1' }],
  },
  {
    name: 'Symfony HttpClient::create with base_uri, request(GET, relative)',
    files: `<?php\nuse Symfony\\Component\\HttpClient\\HttpClient;\n$client = HttpClient::create(['base_uri' => 'https://a.klaviyo.com/api/']);\n$client->request('GET', 'tags', ['query' => ['include' => 'tag-group']]);`,
    expect: [{ operation: 'get_tags', includeScopes: [], scopes: ['tags:read'], range: "$client->request('GET', 'tags', ['query' => ['include' => 'tag-group']])", at: '4:1' }],
  },
  {
    name: 'framework Guzzle factories: Drupal::httpClient(), Craft::createGuzzleClient(), CodeIgniter curlrequest',
    files: `<?php\n\\Drupal::httpClient()->request('GET', 'https://a.klaviyo.com/api/flows');\n$g = Craft::createGuzzleClient(['base_uri' => 'https://a.klaviyo.com/api/']);\n$g->post('events', ['json' => $e]);\n$ci = \\Config\\Services::curlrequest(['baseURI' => 'https://a.klaviyo.com/api/']);\n$ci->request('GET', 'lists');`,
    expect: [
      { operation: 'get_flows', scopes: ['flows:read'], range: "\\Drupal::httpClient()->request('GET', 'https://a.klaviyo.com/api/flows')", at: '2:1' },
      { operation: 'create_event', scopes: ['events:write'], range: "$g->post('events', ['json' => $e])", at: '4:1' },
      { operation: 'get_lists', scopes: ['lists:read'], range: "$ci->request('GET', 'lists')", at: '6:1' },
    ],
  },
  {
    name: 'Magento curl client injected in the constructor',
    files: `<?php\nuse Magento\\Framework\\HTTP\\Client\\Curl;\nclass Sync {\n    public function __construct(private Curl $curl) {}\n    public function push($p) { $this->curl->post('https://a.klaviyo.com/api/profiles/', $p); }\n}`,
    expect: [{ operation: 'create_profile', scopes: ['profiles:write'], range: "$this->curl->post('https://a.klaviyo.com/api/profiles/', $p)" }],
  },
  {
    name: 'WordPress wp_remote_get / wp_remote_post / wp_remote_request',
    files: `<?php\n$args = ['headers' => ['Authorization' => 'Klaviyo-API-Key ' . getenv('WP_KLAVIYO'), 'revision' => '2024-10-15']];\nwp_remote_get('https://a.klaviyo.com/api/lists/', $args);\nwp_remote_post('https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs/', ['body' => $json] + $args);\nwp_remote_request("https://a.klaviyo.com/api/profiles/$id/", ['method' => 'PATCH', 'body' => $json]);`,
    expect: [
      { operation: 'get_lists', scopes: ['lists:read'], keyEnv: 'WP_KLAVIYO', range: "wp_remote_get('https://a.klaviyo.com/api/lists/', $args)", nameText: 'wp_remote_get', at: '3:1' },
      { operation: 'bulk_subscribe_profiles', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], keyEnv: 'WP_KLAVIYO', range: "wp_remote_post('https://a.klaviyo.com/api/profile-subscription-bulk-create-jobs/', ['body' => $json] + $args)", at: '4:1' },
      { operation: 'update_profile', scopes: ['profiles:write'], range: `wp_remote_request("https://a.klaviyo.com/api/profiles/$id/", ['method' => 'PATCH', 'body' => $json])`, at: '5:1' },
    ],
  },
  {
    name: 'file_get_contents with a POST stream context',
    files: `<?php\n$ctx = stream_context_create(['http' => ['method' => 'POST', 'header' => "Authorization: Klaviyo-API-Key {$_ENV['FGC_KEY']}\\r\\nrevision: 2024-10-15", 'content' => $json]]);\n$out = file_get_contents('https://a.klaviyo.com/api/events/', false, $ctx);`,
    expect: [{ operation: 'create_event', scopes: ['events:write'], keyEnv: 'FGC_KEY', range: "file_get_contents('https://a.klaviyo.com/api/events/', false, $ctx)", at: '3:8' }],
  },
];

const CURL: Case[] = [
  {
    name: 'curl_init($url) + CURLOPT_CUSTOMREQUEST, reported at curl_exec',
    files: `<?php\n$ch = curl_init("https://a.klaviyo.com/api/profiles/{$id}/");\ncurl_setopt($ch, CURLOPT_CUSTOMREQUEST, 'PATCH');\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n$res = curl_exec($ch);\ncurl_close($ch);`,
    expect: [{ operation: 'update_profile', scopes: ['profiles:write'], range: 'curl_exec($ch)', nameText: 'curl_exec', at: '5:8' }],
  },
  {
    name: 'curl_setopt CURLOPT_URL + CURLOPT_POST, headers with the key env',
    files: `<?php\n$ch = curl_init();\ncurl_setopt($ch, CURLOPT_URL, 'https://a.klaviyo.com/api/lists');\ncurl_setopt($ch, CURLOPT_POST, 1);\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Klaviyo-API-Key ' . getenv('CURL_KEY'), 'revision: 2024-10-15', 'Content-Type: application/json']);\ncurl_exec($ch);`,
    expect: [{ operation: 'create_list', scopes: ['lists:write'], keyEnv: 'CURL_KEY', range: 'curl_exec($ch)', at: '6:1' }],
  },
  {
    name: 'curl_setopt_array with URL, POSTFIELDS and a beta revision',
    files: `<?php\n$ch = curl_init();\ncurl_setopt_array($ch, [\n    CURLOPT_URL => 'https://a.klaviyo.com/api/campaigns',\n    CURLOPT_POSTFIELDS => json_encode($campaign),\n    CURLOPT_HTTPHEADER => ['revision: 2026-07-15.pre'],\n]);\n$response = curl_exec($ch);`,
    expect: [{ operation: 'create_campaign_beta', scopes: ['campaigns:write'], beta: true, range: 'curl_exec($ch)', at: '8:13' }],
  },
  {
    name: 'one handle, two requests: each curl_exec sees the options before it',
    files: `<?php\n$ch = curl_init('https://a.klaviyo.com/api/metrics');\ncurl_exec($ch);\ncurl_setopt($ch, CURLOPT_URL, 'https://a.klaviyo.com/api/metric-aggregates');\ncurl_setopt($ch, CURLOPT_POST, true);\ncurl_exec($ch);`,
    expect: [
      { operation: 'get_metrics', scopes: ['metrics:read'], range: 'curl_exec($ch)', at: '3:1' },
      { operation: 'query_metric_aggregates', scopes: ['metrics:read'], range: 'curl_exec($ch)', at: '6:1' },
    ],
  },
  {
    name: 'handle sent with curl_multi: reported where the URL is set',
    files: `<?php\n$mh = curl_multi_init();\n$ch = curl_init();\ncurl_setopt($ch, CURLOPT_URL, 'https://a.klaviyo.com/api/segments');\ncurl_multi_add_handle($mh, $ch);\ncurl_multi_exec($mh, $running);`,
    expect: [{ operation: 'get_segments', scopes: ['segments:read'], range: "curl_setopt($ch, CURLOPT_URL, 'https://a.klaviyo.com/api/segments')", nameText: 'curl_setopt', at: '4:1' }],
  },
  {
    name: 'handle returned to the caller: reported at curl_init',
    files: `<?php\nfunction klaviyo_handle() {\n    $ch = curl_init('https://a.klaviyo.com/api/catalog-items');\n    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\n    return $ch;\n}`,
    expect: [{ operation: 'get_catalog_items', scopes: ['catalogs:read'], range: "curl_init('https://a.klaviyo.com/api/catalog-items')", nameText: 'curl_init' }],
  },
];

// Senders the engine does not know: the URL argument plainly goes to Klaviyo's API.
const SENDERS: Case[] = [
  {
    name: 'request() inherited from a vendor base class',
    files: `<?php\nclass Sync extends \\Vendor\\ApiClient {\n    public function lists() {\n        return $this->request('GET', 'https://a.klaviyo.com/api/lists');\n    }\n}`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read'], range: "$this->request('GET', 'https://a.klaviyo.com/api/lists')", at: '4:16' }],
  },
  {
    name: 'an injected client with the method in an options array',
    files: `<?php\nclass Push {\n    public function __construct(private $http) {}\n    public function send(array $e) {\n        $this->http->send('https://a.klaviyo.com/api/events', ['method' => 'POST', 'json' => $e]);\n    }\n}`,
    expect: [{ operation: 'create_event', scopes: ['events:write'], range: "$this->http->send('https://a.klaviyo.com/api/events', ['method' => 'POST', 'json' => $e])", at: '5:9' }],
  },
  {
    name: 'a verb in the method name, URL from a constant',
    files: `<?php\nconst KL = 'https://a.klaviyo.com/api';\n$api->deleteJson(KL . '/lists/' . $id);`,
    expect: [{ operation: 'delete_list', scopes: ['lists:write'], range: "$api->deleteJson(KL . '/lists/' . $id)", at: '3:1' }],
  },
];

const NEGATIVE: Case[] = [
  { name: 'Guzzle request to another host', files: `<?php\n$c = new GuzzleHttp\\Client(['base_uri' => 'https://api.example.com/']);\n$c->get('profiles'); // klaviyo sync`, expect: [] },
  { name: 'a Klaviyo URL only in strings, comments and HTML', files: `<?php\n$docs = 'https://a.klaviyo.com/api/profiles';\n// GET https://a.klaviyo.com/api/lists\necho "<a href='https://a.klaviyo.com/api/profiles'>Klaviyo</a>";\n?>\n<p>https://a.klaviyo.com/api/events</p>`, expect: [] },
  { name: 'get() on a cache with a Klaviyo URL', files: `<?php\n$cache->get('https://a.klaviyo.com/api/profiles');\n$this->cache->get('https://a.klaviyo.com/api/lists');`, expect: [] },
  { name: 'curl and wp_remote_get to other hosts', files: `<?php\n$ch = curl_init('https://hooks.slack.com/x'); curl_exec($ch); // klaviyo alert\nwp_remote_get('https://www.klaviyo.com/blog');`, expect: [] },
  { name: 'file_get_contents of a local file and of the onsite JS', files: `<?php\n$json = file_get_contents(__DIR__ . '/klaviyo.json');\nwp_enqueue_script('klaviyo', 'https://static.klaviyo.com/onsite/js/klaviyo.js');`, expect: [] },
  { name: 'Laravel Http to another API', files: `<?php\nuse Illuminate\\Support\\Facades\\Http;\nHttp::withHeaders(['X' => 'klaviyo'])->get('https://api.example.com/profiles');`, expect: [] },
  { name: 'project method named request that does not send anything', files: `<?php\nclass Klaviyo { public function request($m, $u) { return [$m, $u]; } }\n$k = new Klaviyo();\n$k->request('GET', 'https://a.klaviyo.com/api/profiles');`, expect: [] },
  { name: 'base_uri without a trailing slash drops its last segment (RFC 3986): /profiles is no API path', files: `<?php\n$c = new GuzzleHttp\\Client(['base_uri' => 'https://a.klaviyo.com/api']);\n$c->get('profiles');`, expect: [] },
  { name: 'framework clients to other hosts', files: `<?php\n// klaviyo bridge\n\\Drupal::httpClient()->get('https://example.com/api/profiles');\n(new GuzzleHttp\\Client(['base_uri' => getenv('API_BASE')]))->get('profiles');`, expect: [] },
  { name: 'curl handle that is never given a URL', files: `<?php\n// klaviyo\n$ch = curl_init();\ncurl_setopt($ch, CURLOPT_RETURNTRANSFER, true);\ncurl_exec($ch);`, expect: [] },
];

const ALL = runPhpTable('php-http-request', [...GUZZLE_CASES, ...URLS, ...OTHER_CLIENTS, ...CURL, ...SENDERS, ...NEGATIVE], D, { kind: 'http', confidence: 'certain' });
export const counts = countCases(ALL);
