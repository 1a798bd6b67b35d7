// Java rows for ir-request-helper: a service's private request(method, path) method, a base
// class owning the RestTemplate, a generated ApiClient whose buildCall(path, "GET") is called
// by one method per operation, and guarded paging helpers.

import type { Case } from '../tree-harness';
import { none, row } from './rows';

const A = 'https://a.klaviyo.com';

export const JAVA_HELPERS: Case[] = [
  row('a private send(method, path) with a RestTemplate exchange', `package com.acme.klaviyo;

public class KlaviyoClient {
  private static final String BASE = "${A}/api";
  private final RestTemplate rest;

  public KlaviyoClient(RestTemplate rest) { this.rest = rest; }

  private String send(HttpMethod method, String path, Object body) {
    return rest.exchange(BASE + path, method, new HttpEntity<>(body), String.class).getBody();
  }

  public String profiles() { return send(HttpMethod.GET, "/profiles", null); }
  public String profile(String id) { return send(HttpMethod.GET, "/profiles/" + id, null); }
  public String newList(Object b) { return send(HttpMethod.POST, "/lists", b); }
  public String dropList(String id) { return send(HttpMethod.DELETE, "/lists/" + id, null); }
  public String patchProfile(String id, Object b) { return this.send(HttpMethod.PATCH, "/profiles/" + id, b); }
}
`, [
    { operation: 'get_profiles', scopes: ['profiles:read'], kind: 'http', confidence: 'certain', range: 'send(HttpMethod.GET, "/profiles", null)', detector: 'ir-request-helper', nameText: 'send' },
    { operation: 'get_profile', scopes: ['profiles:read'], range: 'send(HttpMethod.GET, "/profiles/" + id, null)' },
    { operation: 'create_list', scopes: ['lists:write'], range: 'send(HttpMethod.POST, "/lists", b)' },
    { operation: 'delete_list', scopes: ['lists:write'], range: 'send(HttpMethod.DELETE, "/lists/" + id, null)' },
    { operation: 'update_profile', scopes: ['profiles:write'], range: 'this.send(HttpMethod.PATCH, "/profiles/" + id, b)' },
  ]),
  row('a method string turned into HttpMethod.valueOf', `package com.acme.klaviyo;

public class KlaviyoApi {
  private final RestTemplate rest = new RestTemplate();

  private String call(String method, String path) {
    return rest.exchange("${A}/api" + path, HttpMethod.valueOf(method), null, String.class).getBody();
  }

  public void a() { call("GET", "/campaigns"); }
  public void b() { call("POST", "/campaign-clone"); }
  public void c(String id) { call("DELETE", "/campaigns/" + id); }
}
`, [
    { operation: 'get_campaigns', scopes: ['campaigns:read'], range: 'call("GET", "/campaigns")' },
    { operation: 'create_campaign_clone', scopes: ['campaigns:write'], range: 'call("POST", "/campaign-clone")' },
    { operation: 'delete_campaign', scopes: ['campaigns:write'], range: 'call("DELETE", "/campaigns/" + id)' },
  ]),
  row('a base class owns the RestTemplate and the helper; the subclass passes endpoints', {
    'src/main/java/com/acme/ApiBase.java': `package com.acme;

public abstract class ApiBase {
  protected final RestTemplate rest = new RestTemplate();
  protected static final String API = "${A}/api";

  protected String get(String path) { return rest.getForObject(API + path, String.class); }
}
`,
    'src/main/java/com/acme/Klaviyo.java': `package com.acme;

public class Klaviyo extends ApiBase {
  public String lists() { return get("/lists"); }
  public String segments() { return get("/segments"); }
  public String metric(String id) { return get("/metrics/" + id); }
}
`,
  }, [
    { operation: 'get_lists', file: 'src/main/java/com/acme/Klaviyo.java', range: 'get("/lists")' },
    { operation: 'get_segments', file: 'src/main/java/com/acme/Klaviyo.java', range: 'get("/segments")' },
    { operation: 'get_metric', file: 'src/main/java/com/acme/Klaviyo.java', scopes: ['metrics:read'], range: 'get("/metrics/" + id)' },
  ]),
  row('a generated ApiClient: buildCall(path, "METHOD") is where each operation is decided', {
    'src/main/java/io/client/ApiClient.java': `package io.client;

public class ApiClient {
  private String basePath = "${A}";
  private OkHttpClient httpClient = new OkHttpClient();

  public void setBasePath(String basePath) { this.basePath = basePath; }

  public String buildUrl(String path, java.util.List<Pair> query) {
    final StringBuilder url = new StringBuilder();
    url.append(basePath).append(path);
    if (query != null && !query.isEmpty()) {
      url.append("?");
      for (Pair p : query) { url.append(p.getName()).append("=").append(p.getValue()); }
    }
    return url.toString();
  }

  public Request buildRequest(String path, String method, java.util.List<Pair> query, RequestBody body) {
    final String url = buildUrl(path, query);
    final Request.Builder reqBuilder = new Request.Builder().url(url);
    Request request = null;
    request = reqBuilder.method(method, body).build();
    return request;
  }

  public Call buildCall(String path, String method, java.util.List<Pair> query, RequestBody body) {
    Request request = buildRequest(path, method, query, body);
    return httpClient.newCall(request);
  }

  public <T> T execute(Call call) throws Exception {
    Response response = call.execute();
    return null;
  }
}
`,
    'src/main/java/io/client/api/ListsApi.java': `package io.client.api;

public class ListsApi {
  private ApiClient apiClient;

  public ListsApi(ApiClient apiClient) { this.apiClient = apiClient; }

  public Call getListCall(String id) throws Exception {
    String localVarPath = "/api/lists/{id}/"
        .replaceAll("\\\\{" + "id" + "\\\\}", apiClient.escapeString(id.toString()));
    java.util.List<Pair> localVarQueryParams = new java.util.ArrayList<Pair>();
    return apiClient.buildCall(localVarPath, "GET", localVarQueryParams, null);
  }

  public Call createListCall(RequestBody body) throws Exception {
    String localVarPath = "/api/lists/";
    return apiClient.buildCall(localVarPath, "POST", null, body);
  }

  public Object getList(String id) throws Exception {
    Call call = getListCall(id);
    return apiClient.execute(call);
  }
}
`,
  }, [
    { operation: 'get_list', file: 'src/main/java/io/client/api/ListsApi.java', scopes: ['lists:read'], range: 'apiClient.buildCall(localVarPath, "GET", localVarQueryParams, null)' },
    { operation: 'create_list', file: 'src/main/java/io/client/api/ListsApi.java', scopes: ['lists:write'], range: 'apiClient.buildCall(localVarPath, "POST", null, body)' },
  ]),
  row('a paging helper takes a next link or a path', `package com.acme.klaviyo;

public class Pager {
  private final RestTemplate rest = new RestTemplate();

  String fetch(String pathOrUrl) {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : "${A}/api" + pathOrUrl;
    return rest.getForObject(url, String.class);
  }

  void events() { fetch("/events"); }
  void flows() { fetch("/flows"); }
}
`, [
    { operation: 'get_events', confidence: 'certain', range: 'fetch("/events")' },
    { operation: 'get_flows', confidence: 'certain', range: 'fetch("/flows")' },
  ]),
  row('a helper building an HttpRequest and sending it, called with an include', `package com.acme.klaviyo;

public class KlaviyoHttp {
  private final HttpClient http = HttpClient.newHttpClient();

  private void get(String path) throws Exception {
    HttpRequest r = HttpRequest.newBuilder(URI.create("${A}/api" + path)).build();
    http.send(r, HttpResponse.BodyHandlers.ofString());
  }

  void listsWithTags() throws Exception { get("/lists?include=tags"); }
  void catalogCategories() throws Exception { get("/catalog-categories"); }
}
`, [
    { operation: 'get_lists', scopes: ['lists:read', 'tags:read'], includeScopes: ['tags:read'], range: 'get("/lists?include=tags")' },
    { operation: 'get_catalog_categories', range: 'get("/catalog-categories")' },
  ]),
  row('an OkHttp helper with the method as a parameter', `package com.acme.klaviyo;

public class KlaviyoOk {
  private final OkHttpClient client = new OkHttpClient();

  private void run(String method, String path, RequestBody body) throws Exception {
    Request req = new Request.Builder().url("${A}/api" + path).method(method, body).build();
    client.newCall(req).execute();
  }

  void bulkDelete(RequestBody b) throws Exception { run("POST", "/data-privacy-deletion-jobs", b); }
  void webhooks() throws Exception { run("GET", "/webhooks", null); }
}
`, [
    { operation: 'request_profile_deletion', scopes: ['data-privacy:write'], range: 'run("POST", "/data-privacy-deletion-jobs", b)' },
    { operation: 'get_webhooks', scopes: ['webhooks:read'], range: 'run("GET", "/webhooks", null)' },
  ]),
  row('a helper with a switch on an event type', `package com.acme.klaviyo;

public class Reports {
  private final RestTemplate rest = new RestTemplate();

  void values(String kind, Object body) {
    String path;
    switch (kind) {
      case "flow": path = "/flow-values-reports"; break;
      default: path = "/campaign-values-reports";
    }
    rest.postForObject("${A}/api" + path, body, String.class);
  }

  void flows(Object b) { values("flow", b); }
}
`, [
    { operation: 'query_flow_values', confidence: 'certain', range: 'values("flow", b)' },
  ]),
  none('a helper whose only callers pass another host', `package com.acme.klaviyo;

public class Fetcher {
  private final RestTemplate rest = new RestTemplate();
  String get(String url) { return rest.getForObject(url, String.class); }
  void ping() { get("https://status.example.com/ping"); }
}
`),
  none('a project method named like an operation that sends nothing', `package com.acme.klaviyo;

public class ProfileService {
  public java.util.List<String> getProfiles() { return java.util.List.of(); }
  void use() { getProfiles(); }
}
`),
  row('a getter at the end of a chain of builders does not count as a level of calls', {
    'src/main/java/com/acme/klaviyo/KlaviyoConfiguration.java': `package com.acme.klaviyo;

public class KlaviyoConfiguration {
  private String url = "${A}/api";
  public String getUrl() { return url; }
}
`,
    'src/main/java/com/acme/klaviyo/KlaviyoService.java': `package com.acme.klaviyo;

public class KlaviyoService {
  private final KlaviyoConfiguration config;
  private final HttpClient client = HttpClient.newHttpClient();

  private URI uri(String path) { return URI.create(config.getUrl().concat(path)); }
  private HttpRequest.Builder builder(String path) { return HttpRequest.newBuilder().uri(uri(path)).GET(); }
  private HttpRequest request(String path) { return builder(path).header("revision", "2024-10-15").build(); }

  public void flows() throws Exception {
    client.send(request("/flows"), HttpResponse.BodyHandlers.ofString());
  }
}
`,
  }, [{ operation: 'get_flows', scopes: ['flows:read'], confidence: 'certain', range: 'client.send(request("/flows"), HttpResponse.BodyHandlers.ofString())' }]),
  none('an interface of a declarative client with no HTTP annotations', `package com.acme.klaviyo;

public interface KlaviyoGateway {
  String getProfiles();
}
`),
];
