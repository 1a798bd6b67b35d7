// Java rows for ir-http-request: java.net.http, OkHttp, Spring RestTemplate / WebClient /
// RestClient, Apache HttpClient, Unirest and HttpURLConnection, with URLs from constants, `+`,
// String.format, URI templates, @Value settings and static imports.

import type { Case } from '../tree-harness';
import { none, row } from './rows';

const A = 'https://a.klaviyo.com';
const cls = (body: string, name = 'KlaviyoService') => `package com.acme.klaviyo;\n\npublic class ${name} {\n${body}\n}\n`;

export const JAVA_HTTP: Case[] = [
  row('java.net.http: HttpRequest builder with URI.create, sent by HttpClient.send', cls(`  private static final String BASE = "${A}/api";
  private final HttpClient client = HttpClient.newHttpClient();

  public void profile(String id) throws Exception {
    HttpRequest req = HttpRequest.newBuilder()
        .uri(URI.create(BASE + "/profiles/" + id))
        .header("revision", "2024-10-15")
        .GET()
        .build();
    client.send(req, HttpResponse.BodyHandlers.ofString());
  }`), [{ operation: 'get_profile', scopes: ['profiles:read'], kind: 'http', confidence: 'certain', range: 'client.send(req, HttpResponse.BodyHandlers.ofString())', detector: 'ir-http-request', nameText: 'send' }]),
  row('HttpRequest POST with a body publisher, sendAsync', cls(`  public void track(HttpClient http, String json) {
    HttpRequest r = HttpRequest.newBuilder(URI.create("${A}/api/events")).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    http.sendAsync(r, HttpResponse.BodyHandlers.discarding());
  }`), [{ operation: 'create_event', scopes: ['events:write'], range: 'http.sendAsync(r, HttpResponse.BodyHandlers.discarding())' }]),
  row('HttpRequest.method("PATCH", …)', cls(`  public void rename(HttpClient http, String id, HttpRequest.BodyPublisher body) throws Exception {
    HttpRequest r = HttpRequest.newBuilder().uri(URI.create("${A}/api/lists/" + id)).method("PATCH", body).build();
    http.send(r, HttpResponse.BodyHandlers.ofString());
  }`), [{ operation: 'update_list', scopes: ['lists:write'], range: 'http.send(r, HttpResponse.BodyHandlers.ofString())' }]),
  row('OkHttp Request.Builder, newCall(…).execute()', cls(`  private final OkHttpClient ok = new OkHttpClient();

  public void subscribe(RequestBody body) throws Exception {
    Request request = new Request.Builder().url("${A}/api/profile-subscription-bulk-create-jobs").post(body).build();
    ok.newCall(request).execute();
  }`), [{ operation: 'bulk_subscribe_profiles', range: 'ok.newCall(request).execute()' }]),
  row('OkHttp delete() with String.format', cls(`  private static final String API = "${A}/api";

  public void remove(OkHttpClient ok, String id) throws Exception {
    Request request = new Request.Builder().url(String.format("%s/segments/%s", API, id)).delete().build();
    ok.newCall(request).enqueue(callback);
  }`), [{ operation: 'delete_segment', scopes: ['segments:write'], range: 'ok.newCall(request).enqueue(callback)' }]),
  row('RestTemplate getForObject with a URI template variable', cls(`  private final RestTemplate rest;

  public KlaviyoService(RestTemplate rest) { this.rest = rest; }

  public String list(String id) {
    return rest.getForObject("${A}/api/lists/{id}", String.class, id);
  }`), [{ operation: 'get_list', scopes: ['lists:read'], range: `rest.getForObject("${A}/api/lists/{id}", String.class, id)` }]),
  row('RestTemplate exchange with HttpMethod.POST', cls(`  @Autowired private RestTemplate restTemplate;

  public void create(HttpEntity<String> entity) {
    restTemplate.exchange("${A}/api/campaigns", HttpMethod.POST, entity, String.class);
  }`), [{ operation: 'create_campaign', scopes: ['campaigns:write'], range: `restTemplate.exchange("${A}/api/campaigns", HttpMethod.POST, entity, String.class)` }]),
  row('RestTemplate postForEntity, patchForObject and delete', cls(`  private final RestTemplate rest = new RestTemplate();
  private static final String BASE = "${A}/api";

  public void all(Object body, String id) {
    rest.postForEntity(BASE + "/tags", body, String.class);
    rest.patchForObject(BASE + "/tags/" + id, body, String.class);
    rest.delete(BASE + "/tags/" + id);
  }`), [
    { operation: 'create_tag', scopes: ['tags:read', 'tags:write'], range: 'rest.postForEntity(BASE + "/tags", body, String.class)' },
    { operation: 'update_tag', scopes: ['tags:read', 'tags:write'], range: 'rest.patchForObject(BASE + "/tags/" + id, body, String.class)' },
    { operation: 'delete_tag', scopes: ['tags:read', 'tags:write'], range: 'rest.delete(BASE + "/tags/" + id)' },
  ]),
  row('WebClient with baseUrl, a verb, a relative uri and retrieve()', cls(`  private final WebClient web = WebClient.builder().baseUrl("${A}/api").build();

  public void profiles() {
    web.get()
        .uri("/profiles")
        .retrieve()
        .bodyToMono(String.class);
  }`), [{ operation: 'get_profiles', scopes: ['profiles:read'], range: 'web.get()\n        .uri("/profiles")\n        .retrieve()' }]),
  row('WebClient.create(base) with a uri template and post()', cls(`  public void addToList(String listId, Object body) {
    WebClient.create("${A}/api").post().uri("/lists/{id}/relationships/profiles", listId).bodyValue(body).retrieve();
  }`), [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], range: `WebClient.create("${A}/api").post().uri("/lists/{id}/relationships/profiles", listId).bodyValue(body).retrieve()` }]),
  row('WebClient uri(builder -> builder.path(…).queryParam(…).build())', cls(`  private final WebClient web = WebClient.builder().baseUrl("${A}/api").build();

  public void lists(Integer size) {
    web.get().uri(b -> b.path("/lists").queryParam("page[size]", size).build()).retrieve();
  }`), [{ operation: 'get_lists', scopes: ['lists:read'], confidence: 'certain', range: 'web.get().uri(b -> b.path("/lists").queryParam("page[size]", size).build()).retrieve()' }]),
  row('UriComponentsBuilder.fromHttpUrl(base).path(…).toUriString() with RestTemplate', cls(`  private final RestTemplate rest = new RestTemplate();

  public String segment(String id) {
    String url = UriComponentsBuilder.fromHttpUrl("${A}/api").path("/segments/").path(id).queryParam("fields[segment]", "name").toUriString();
    return rest.getForObject(url, String.class);
  }`), [{ operation: 'get_segment', scopes: ['segments:read'], confidence: 'certain', range: 'rest.getForObject(url, String.class)' }]),
  row('a request builder chosen by a branch: the send sends either (one likely finding each)', cls(`  private static final String BASE = "${A}/api";
  private final HttpClient client = HttpClient.newHttpClient();

  private HttpRequest.Builder builder(String profileId, String json) {
    if (profileId != null) {
      return HttpRequest.newBuilder().uri(URI.create(BASE + "/profiles/" + profileId)).method("PATCH", HttpRequest.BodyPublishers.ofString(json));
    } else {
      return HttpRequest.newBuilder().uri(URI.create(BASE + "/profiles")).POST(HttpRequest.BodyPublishers.ofString(json));
    }
  }

  public void upsert(String profileId, String json) throws Exception {
    client.send(builder(profileId, json).header("revision", "2024-10-15").build(), HttpResponse.BodyHandlers.ofString());
  }`), [
    { operation: 'update_profile', scopes: ['profiles:write'], confidence: 'likely', range: 'client.send(builder(profileId, json).header("revision", "2024-10-15").build(), HttpResponse.BodyHandlers.ofString())' },
    { operation: 'create_profile', scopes: ['profiles:write'], confidence: 'likely', range: 'client.send(builder(profileId, json).header("revision", "2024-10-15").build(), HttpResponse.BodyHandlers.ofString())' },
  ]),
  row('a WebClient bean from a @Bean method with an @Value base URL', {
    'src/main/java/com/acme/KlaviyoConfig.java': `package com.acme;

@Configuration
public class KlaviyoConfig {
  @Value("\${klaviyo.api.base-url}")
  private String baseUrl;

  @Bean
  public WebClient klaviyoWebClient() {
    return WebClient.builder().baseUrl(baseUrl).build();
  }
}
`,
    'src/main/java/com/acme/KlaviyoService.java': `package com.acme;

@Service
public class KlaviyoService {
  private final WebClient webClient;

  public KlaviyoService(WebClient webClient) { this.webClient = webClient; }

  public void create(Object p) {
    webClient.post().uri("/profiles").bodyValue(p).retrieve();
  }
}
`,
  }, [{ operation: 'create_profile', scopes: ['profiles:write'], confidence: 'likely', range: 'webClient.post().uri("/profiles").bodyValue(p).retrieve()' }]),
  row('@Value with a default base URL', cls(`  @Value("\${klaviyo.url:${A}/api}")
  private String url;
  private final RestTemplate rest = new RestTemplate();

  public void metrics() { rest.getForObject(url + "/metrics", String.class); }`), [{ operation: 'get_metrics', scopes: ['metrics:read'], confidence: 'certain', range: 'rest.getForObject(url + "/metrics", String.class)' }]),
  row('RestClient (Spring 6) builder and retrieve()', cls(`  private final RestClient client = RestClient.builder().baseUrl("${A}/api").build();

  public void flows() { client.get().uri("/flows").retrieve().body(String.class); }`), [{ operation: 'get_flows', scopes: ['flows:read'], range: 'client.get().uri("/flows").retrieve()' }]),
  row('Apache HttpPost sent by CloseableHttpClient.execute', cls(`  public void create(CloseableHttpClient http, String json) throws Exception {
    HttpPost post = new HttpPost("${A}/api/profiles");
    post.setEntity(new StringEntity(json));
    http.execute(post);
  }`), [{ operation: 'create_profile', range: 'http.execute(post)' }]),
  row('Apache HttpGet with a static-imported base constant', {
    'src/main/java/com/acme/Urls.java': `package com.acme;\n\npublic class Urls {\n  public static final String BASE_URL = "${A}/api";\n}\n`,
    'src/main/java/com/acme/KlaviyoSync.java': `package com.acme;

import static com.acme.Urls.BASE_URL;

public class KlaviyoSync {
  public void pull(CloseableHttpClient http) throws Exception {
    String url = BASE_URL + "/catalog-items";
    HttpGet get = new HttpGet(url);
    http.execute(get);
  }
}
`,
  }, [{ operation: 'get_catalog_items', range: 'http.execute(get)' }]),
  row('Unirest get with a fluent chain', cls(`  public void templates() {
    Unirest.get("${A}/api/templates").header("revision", "2024-10-15").asString();
  }`), [{ operation: 'get_templates', range: `Unirest.get("${A}/api/templates").header("revision", "2024-10-15").asString()` }]),
  row('HttpURLConnection with setRequestMethod', cls(`  public void coupon() throws Exception {
    URL url = new URL("${A}/api/coupons");
    HttpURLConnection conn = (HttpURLConnection) url.openConnection();
    conn.setRequestMethod("POST");
    conn.getResponseCode();
  }`), [{ operation: 'create_coupon', scopes: ['coupons:write'], range: 'conn.getResponseCode()' }]),
  row('the retired track API with String.format', cls(`  private static final String TRACK = "${A}/api/track?data=%s";
  private final RestTemplate rest = new RestTemplate();

  public void track(String data) { rest.getForObject(String.format(TRACK, data), String.class); }`), [{ operation: null, kind: 'legacy', range: 'rest.getForObject(String.format(TRACK, data), String.class)' }]),
  row('a lambda passed to a future sends its request', cls(`  private final HttpClient http = HttpClient.newHttpClient();

  public void later() {
    CompletableFuture.runAsync(() -> http.sendAsync(HttpRequest.newBuilder(URI.create("${A}/api/accounts")).build(), HttpResponse.BodyHandlers.ofString()));
  }`), [{ operation: 'get_accounts', scopes: ['accounts:read'], range: `http.sendAsync(HttpRequest.newBuilder(URI.create("${A}/api/accounts")).build(), HttpResponse.BodyHandlers.ofString())` }]),
  row('a ternary between two literal endpoints', cls(`  private final RestTemplate rest = new RestTemplate();

  public void report(boolean flows) {
    rest.postForObject("${A}/api/" + (flows ? "flow-values-reports" : "campaign-values-reports"), null, String.class);
  }`), [
    { operation: 'query_flow_values', confidence: 'likely', range: `rest.postForObject("${A}/api/" + (flows ? "flow-values-reports" : "campaign-values-reports"), null, String.class)` },
    { operation: 'query_campaign_values', confidence: 'likely', range: `rest.postForObject("${A}/api/" + (flows ? "flow-values-reports" : "campaign-values-reports"), null, String.class)` },
  ]),
  row('Unirest post, put and delete with URLs joined inline', cls(`  private static final String API = "${A}/api";

  public void sync(String id, String json) {
    Unirest.post(API + "/lists").body(json).asJson();
    Unirest.put(API + "/v1/person/" + id).asString();
    Unirest.delete(API + "/v2/list/" + id + "/members").asEmpty();
  }`), [
    { operation: 'create_list', scopes: ['lists:write'], range: 'Unirest.post(API + "/lists").body(json).asJson()' },
    { operation: null, kind: 'legacy', range: 'Unirest.put(API + "/v1/person/" + id).asString()' },
    { operation: null, kind: 'legacy', range: 'Unirest.delete(API + "/v2/list/" + id + "/members").asEmpty()' },
  ]),
  row('RestTemplate put, getForEntity and postForLocation', cls(`  private final RestTemplate rest = new RestTemplate();
  private static final String API = "${A}/api";

  public void all(Object body, String id) {
    rest.put(API + "/catalog-items/" + id, body);
    rest.getForEntity(API + "/catalog-items", String.class);
    rest.postForLocation(API + "/catalog-items", body);
  }`), [
    { operation: null, confidence: 'certain', range: 'rest.put(API + "/catalog-items/" + id, body)' },
    { operation: 'get_catalog_items', range: 'rest.getForEntity(API + "/catalog-items", String.class)' },
    { operation: 'create_catalog_item', range: 'rest.postForLocation(API + "/catalog-items", body)' },
  ]),
  row('WebClient put, patch, delete and method(HttpMethod.X)', cls(`  private final WebClient web = WebClient.builder().baseUrl("${A}/api").build();

  public void all(String id, Object b) {
    web.patch().uri("/coupons/" + id).bodyValue(b).retrieve();
    web.delete().uri("/coupons/{id}", id).retrieve();
    web.method(HttpMethod.POST).uri("/coupon-codes").bodyValue(b).retrieve();
    web.put().uri("/coupons/" + id).retrieve();
  }`), [
    { operation: 'update_coupon', scopes: ['coupons:write'], range: 'web.patch().uri("/coupons/" + id).bodyValue(b).retrieve()' },
    { operation: 'delete_coupon', scopes: ['coupons:write'], range: 'web.delete().uri("/coupons/{id}", id).retrieve()' },
    { operation: 'create_coupon_code', range: 'web.method(HttpMethod.POST).uri("/coupon-codes").bodyValue(b).retrieve()' },
    { operation: null, confidence: 'certain', range: 'web.put().uri("/coupons/" + id).retrieve()' },
  ]),
  row('OkHttp patch and put', cls(`  private final OkHttpClient ok = new OkHttpClient();
  private static final String API = "${A}/api";

  public void all(String id, RequestBody b) throws Exception {
    ok.newCall(new Request.Builder().url(API + "/flows/" + id).patch(b).build()).execute();
    ok.newCall(new Request.Builder().url(API + "/templates/" + id).put(b).build()).execute();
  }`), [
    { operation: 'update_flow', scopes: ['flows:write'], range: 'ok.newCall(new Request.Builder().url(API + "/flows/" + id).patch(b).build()).execute()' },
    { operation: null, confidence: 'certain', range: 'ok.newCall(new Request.Builder().url(API + "/templates/" + id).put(b).build()).execute()' },
  ]),
  row('Apache HttpPatch, HttpDelete and HttpPut', cls(`  private static final String API = "${A}/api";

  public void all(CloseableHttpClient http, String id) throws Exception {
    http.execute(new HttpPatch(API + "/webhooks/" + id));
    http.execute(new HttpDelete(API + "/webhooks/" + id));
    http.execute(new HttpPut(API + "/webhooks/" + id));
  }`), [
    { operation: 'update_webhook', scopes: ['webhooks:write'], range: 'http.execute(new HttpPatch(API + "/webhooks/" + id))' },
    { operation: 'delete_webhook', scopes: ['webhooks:write'], range: 'http.execute(new HttpDelete(API + "/webhooks/" + id))' },
    { operation: null, confidence: 'certain', range: 'http.execute(new HttpPut(API + "/webhooks/" + id))' },
  ]),
  row('HttpRequest DELETE() and PUT', cls(`  private final HttpClient http = HttpClient.newHttpClient();

  public void all(String id, HttpRequest.BodyPublisher b) throws Exception {
    http.send(HttpRequest.newBuilder(URI.create("${A}/api/tags/" + id)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    http.send(HttpRequest.newBuilder(URI.create("${A}/api/tag-groups")).POST(b).build(), HttpResponse.BodyHandlers.discarding());
  }`), [
    { operation: 'delete_tag', range: `http.send(HttpRequest.newBuilder(URI.create("${A}/api/tags/" + id)).DELETE().build(), HttpResponse.BodyHandlers.discarding())` },
    { operation: 'create_tag_group', range: `http.send(HttpRequest.newBuilder(URI.create("${A}/api/tag-groups")).POST(b).build(), HttpResponse.BodyHandlers.discarding())` },
  ]),
  row('Maven test sources are not the project\'s calls', { 'src/test/java/com/acme/KlaviyoServiceTest.java': cls(`  void t(RestTemplate rest) { rest.getForObject("${A}/api/lists", String.class); }`, 'KlaviyoServiceTest') }, []),
  none('another host', cls(`  void x(RestTemplate rest) { rest.getForObject("https://api.example.com/api/lists", String.class); }`)),
  none('a controller route under /api/klaviyo', cls(`  @GetMapping("/api/klaviyo/profiles")
  public String profiles() { return "ok"; }`)),
  none('the URL in a comment and a Javadoc', cls(`  /** Calls ${A}/api/profiles. */
  // rest.getForObject("${A}/api/profiles", String.class);
  void x() {}`)),
  none('a URL built and returned, never sent', cls(`  String link(String id) { return "${A}/api/profiles/" + id; }`)),
  none('a request built and never sent', cls(`  HttpRequest build() { return HttpRequest.newBuilder(URI.create("https://example.com/x")).build(); }`)),
  none('a method named getProfiles on a repository', cls(`  private final ProfileRepository repo;
  java.util.List<String> getProfiles() { return repo.getProfiles(); }`)),
  none('a WebClient to another base URL', cls(`  private final WebClient web = WebClient.create("https://api.example.com");
  void x() { web.get().uri("/profiles").retrieve(); }`)),
  none('an injected RestTemplate with a path that is not Klaviyo\'s', cls(`  private final RestTemplate rest;
  KlaviyoService(RestTemplate rest) { this.rest = rest; }
  void x() { rest.getForObject("/health", String.class); }`)),
  none('a log line naming Klaviyo', cls(`  private static final Logger log = LoggerFactory.getLogger("klaviyo");
  void x() { log.info("sent to klaviyo"); }`)),
  none('a string constant with the host only', cls(`  static final String HOST = "a.klaviyo.com";`)),
  none('Unirest to another host', cls(`  void x() { Unirest.get("https://status.example.com").asString(); }`)),
  none('an OkHttp request to another host', cls(`  void x(OkHttpClient ok) throws Exception { ok.newCall(new Request.Builder().url("https://example.com").build()).execute(); }`)),
  none('a webhook payload class', cls(`  private String type;
  private String profileId;`, 'KlaviyoWebhookPayload')),
  none('HttpURLConnection to another host', cls(`  void x() throws Exception { ((HttpURLConnection) new URL("https://example.com").openConnection()).getResponseCode(); }`)),
  none('a RestTemplate call with a variable URL nobody sets', cls(`  void x(RestTemplate rest, String u) { rest.getForObject(u, String.class); }`)),
];
