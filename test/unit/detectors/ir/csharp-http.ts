// C# rows for ir-http-request: HttpClient (BaseAddress, the *Async verbs and *JsonAsync
// extensions, HttpRequestMessage + SendAsync), RestSharp, Flurl, WebClient and Kiota's request
// adapter, with interpolated, verbatim and string.Format URLs, constants and properties.

import type { Case } from '../tree-harness';
import { none, row } from './rows';

const A = 'https://a.klaviyo.com';
const cls = (body: string, name = 'KlaviyoService') => `namespace Acme.Klaviyo;\n\npublic class ${name}\n{\n${body}\n}\n`;

export const CSHARP_HTTP: Case[] = [
  row('HttpClient.GetAsync with an interpolated absolute URL', cls(`    private readonly HttpClient _http;
    public KlaviyoService(HttpClient http) { _http = http; }

    public async Task Profile(string id)
    {
        var res = await _http.GetAsync($"${A}/api/profiles/{id}");
    }`), [{ operation: 'get_profile', scopes: ['profiles:read'], kind: 'http', confidence: 'certain', range: `_http.GetAsync($"${A}/api/profiles/{id}")`, detector: 'ir-http-request', nameText: 'GetAsync' }]),
  row('BaseAddress set in the constructor, relative paths after it', cls(`    private readonly HttpClient _http;
    public KlaviyoService(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("${A}/api/");
    }

    public Task Lists() => _http.GetAsync("lists");
    public Task Create(HttpContent c) => _http.PostAsync("lists", c);`), [
    { operation: 'get_lists', scopes: ['lists:read'], range: '_http.GetAsync("lists")' },
    { operation: 'create_list', scopes: ['lists:write'], range: '_http.PostAsync("lists", c)' },
  ]),
  row('new HttpClient { BaseAddress = … } and PostAsJsonAsync', cls(`    private static readonly HttpClient Client = new HttpClient { BaseAddress = new Uri("${A}/") };

    public Task Track(object e) => Client.PostAsJsonAsync("api/events", e);`), [{ operation: 'create_event', scopes: ['events:write'], range: 'Client.PostAsJsonAsync("api/events", e)' }]),
  row('HttpRequestMessage with HttpMethod.Patch, sent by SendAsync', cls(`    private const string BaseUrl = "${A}/api";
    private readonly HttpClient _client = new HttpClient();

    public async Task Rename(string id, HttpContent body)
    {
        var req = new HttpRequestMessage(HttpMethod.Patch, BaseUrl + "/segments/" + id) { Content = body };
        await _client.SendAsync(req);
    }`), [{ operation: 'update_segment', scopes: ['segments:write'], range: '_client.SendAsync(req)' }]),
  row('HttpRequestMessage initializer with Method and RequestUri', cls(`    public async Task Delete(HttpClient http, string id)
    {
        var msg = new HttpRequestMessage { Method = HttpMethod.Delete, RequestUri = new Uri($"${A}/api/flows/{id}") };
        await http.SendAsync(msg);
    }`), [{ operation: 'delete_flow', scopes: ['flows:write'], range: 'http.SendAsync(msg)' }]),
  row('a typed client\'s relative path with no leading slash and BaseAddress', cls(`    private readonly HttpClient _http;
    public KlaviyoService(HttpClient http) { _http = http; _http.BaseAddress = new Uri("${A}/"); }

    public async Task Add(string listId, HttpContent c)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, $"api/lists/{listId}/relationships/profiles/") { Content = c };
        await _http.SendAsync(req);
    }`), [{ operation: 'add_profiles_to_list', scopes: ['lists:write', 'profiles:write'], range: '_http.SendAsync(req)' }]),
  row('string.Format with {0}', cls(`    public Task Metric(HttpClient http, string id) => http.GetAsync(string.Format("${A}/api/metrics/{0}", id));`), [{ operation: 'get_metric', scopes: ['metrics:read'], range: `http.GetAsync(string.Format("${A}/api/metrics/{0}", id))` }]),
  row('a verbatim string URL and GetStringAsync', cls(`    public Task<string> Tags(HttpClient http) => http.GetStringAsync(@"${A}/api/tags");`), [{ operation: 'get_tags', range: `http.GetStringAsync(@"${A}/api/tags")` }]),
  row('GetFromJsonAsync<T> with an include query', cls(`    public Task Events(HttpClient http) => http.GetFromJsonAsync<EventList>("${A}/api/events?include=metric");`), [{ operation: 'get_events', scopes: ['events:read', 'metrics:read'], includeScopes: ['metrics:read'], range: `http.GetFromJsonAsync<EventList>("${A}/api/events?include=metric")` }]),
  row('DeleteAsync on a constant base', cls(`    private const string Api = "${A}/api";
    public Task Drop(HttpClient http, string id) => http.DeleteAsync($"{Api}/catalog-items/{id}");`), [{ operation: 'delete_catalog_item', range: 'http.DeleteAsync($"{Api}/catalog-items/{id}")' }]),
  row('RestSharp RestClient with a base URL and RestRequest with Method.Post', cls(`    private readonly RestClient _client = new RestClient("${A}/api");

    public async Task Create(object body)
    {
        var request = new RestRequest("profiles", Method.Post);
        request.AddJsonBody(body);
        await _client.ExecuteAsync(request);
    }`), [{ operation: 'create_profile', scopes: ['profiles:write'], range: '_client.ExecuteAsync(request)' }]),
  row('RestSharp resource template with a url segment and AddQueryParameter include', cls(`    private readonly RestClient _client = new RestClient("${A}/api");

    public async Task Get(string id)
    {
        var request = new RestRequest("lists/{id}");
        request.AddUrlSegment("id", id);
        request.AddQueryParameter("include", "tags");
        await _client.ExecuteAsync(request);
    }`), [{ operation: 'get_list', scopes: ['lists:read', 'tags:read'], includeScopes: ['tags:read'], range: '_client.ExecuteAsync(request)' }]),
  row('RestSharp GetAsync<T>(request)', cls(`    public Task Coupons(RestClient client) => client.GetAsync<CouponList>(new RestRequest("${A}/api/coupons"));`), [{ operation: 'get_coupons', range: `client.GetAsync<CouponList>(new RestRequest("${A}/api/coupons"))` }]),
  row('Flurl: AppendPathSegment on a URL string, then GetJsonAsync', cls(`    public Task Segments() => "${A}/api".AppendPathSegment("segments").WithHeader("revision", "2024-10-15").GetJsonAsync<SegmentList>();`), [{ operation: 'get_segments', range: `"${A}/api".AppendPathSegment("segments").WithHeader("revision", "2024-10-15").GetJsonAsync<SegmentList>()` }]),
  row('Flurl PostJsonAsync straight on the URL', cls(`    public Task Image(object body) => "${A}/api/images".PostJsonAsync(body);`), [{ operation: 'upload_image_from_url', range: `"${A}/api/images".PostJsonAsync(body)` }]),
  row('System.Net.WebClient for the retired track API', cls(`    private readonly Uri _base = new Uri("${A}/api/");

    public void Track(string data)
    {
        var wc = new WebClient();
        wc.OpenRead(new Uri(_base, "track?data=" + data));
    }`), [{ operation: null, kind: 'legacy', range: 'wc.OpenRead(new Uri(_base, "track?data=" + data))' }]),
  row('the OAuth token exchange', cls(`    public Task Token(HttpClient http, HttpContent form) => http.PostAsync("${A}/oauth/token", form);`), [{ operation: null, kind: 'oauth', range: `http.PostAsync("${A}/oauth/token", form)` }]),
  row('a property holding the base URL', cls(`    public string BaseUrl { get; set; } = "${A}/api";
    public Task Reviews(HttpClient http) => http.GetAsync(BaseUrl + "/reviews");`), [{ operation: 'get_reviews', range: 'http.GetAsync(BaseUrl + "/reviews")' }]),
  row('Kiota: a request builder whose base constructor takes the URL template', cls(`    public ProfilesRequestBuilder(Dictionary<string, object> pathParameters, IRequestAdapter requestAdapter) : base(requestAdapter, "{+baseurl}/api/profiles{?fields%5Bprofile%5D*,page%5Bcursor%5D}", pathParameters) { }

    public async Task<ProfileList> GetAsync(CancellationToken cancellationToken = default)
    {
        var requestInfo = ToGetRequestInformation();
        return await RequestAdapter.SendAsync<ProfileList>(requestInfo, ProfileList.CreateFromDiscriminatorValue, default, cancellationToken).ConfigureAwait(false);
    }

    public RequestInformation ToGetRequestInformation()
    {
        var requestInfo = new RequestInformation(Method.GET, UrlTemplate, PathParameters);
        return requestInfo;
    }`, 'ProfilesRequestBuilder : BaseRequestBuilder'), [{ operation: 'get_profiles', scopes: ['profiles:read'], confidence: 'likely', range: 'RequestAdapter.SendAsync<ProfileList>(requestInfo, ProfileList.CreateFromDiscriminatorValue, default, cancellationToken)' }]),
  row('a #if/#else pair of signatures around one body', `namespace Acme.Klaviyo;

public class KlaviyoApi
{
    private readonly HttpClient _http = new HttpClient();
#if NET8_0_OR_GREATER
    public async Task<string?> Lists()
    {
#else
    public async Task<string> Lists()
    {
#endif
        return await _http.GetStringAsync("${A}/api/lists");
    }
}
`, [{ operation: 'get_lists', range: `_http.GetStringAsync("${A}/api/lists")` }]),
  row('HttpClient PatchAsync, DeleteAsync, GetStreamAsync and GetByteArrayAsync', cls(`    private const string Api = "${A}/api";
    private readonly HttpClient _http = new HttpClient();

    public async Task All(string id, HttpContent c)
    {
        await _http.PatchAsync($"{Api}/templates/{id}", c);
        await _http.DeleteAsync($"{Api}/templates/{id}");
        await _http.GetStreamAsync($"{Api}/templates");
        await _http.GetByteArrayAsync($"{Api}/images");
        await _http.PutAsync($"{Api}/images/{id}", c);
    }`), [
    { operation: 'update_template', scopes: ['templates:write'], range: '_http.PatchAsync($"{Api}/templates/{id}", c)' },
    { operation: 'delete_template', scopes: ['templates:write'], range: '_http.DeleteAsync($"{Api}/templates/{id}")' },
    { operation: 'get_templates', range: '_http.GetStreamAsync($"{Api}/templates")' },
    { operation: 'get_images', scopes: ['images:read'], range: '_http.GetByteArrayAsync($"{Api}/images")' },
    { operation: null, confidence: 'certain', range: '_http.PutAsync($"{Api}/images/{id}", c)' },
  ]),
  row('PatchAsJsonAsync and PutAsJsonAsync', cls(`    private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("${A}/api/") };

    public async Task All(string id, object b)
    {
        await _http.PatchAsJsonAsync($"campaign-messages/{id}", b);
        await _http.PutAsJsonAsync($"campaign-messages/{id}", b);
    }`), [
    { operation: 'update_campaign_message', scopes: ['campaigns:write'], range: '_http.PatchAsJsonAsync($"campaign-messages/{id}", b)' },
    { operation: null, confidence: 'certain', range: '_http.PutAsJsonAsync($"campaign-messages/{id}", b)' },
  ]),
  row('RestSharp ExecutePostAsync, ExecuteGetAsync, PostAsync(request) and GetJsonAsync', cls(`    private readonly RestClient _rc = new RestClient(new RestClientOptions("${A}/api"));

    public async Task All()
    {
        await _rc.ExecutePostAsync(new RestRequest("events"));
        await _rc.ExecuteGetAsync(new RestRequest("metrics"));
        await _rc.PostAsync(new RestRequest("metric-aggregates"));
        await _rc.GetJsonAsync<object>("accounts");
    }`), [
    { operation: 'create_event', range: '_rc.ExecutePostAsync(new RestRequest("events"))' },
    { operation: 'get_metrics', range: '_rc.ExecuteGetAsync(new RestRequest("metrics"))' },
    { operation: 'query_metric_aggregates', range: '_rc.PostAsync(new RestRequest("metric-aggregates"))' },
    { operation: 'get_accounts', range: '_rc.GetJsonAsync<object>("accounts")' },
  ]),
  row('Flurl PatchJsonAsync, PutJsonAsync, DeleteAsync and GetStringAsync', cls(`    private const string Api = "${A}/api";

    public async Task All(string id, object b)
    {
        await Api.AppendPathSegments("lists", id).PatchJsonAsync(b);
        await Api.AppendPathSegment("lists").AppendPathSegment(id).DeleteAsync();
        await $"{Api}/lists".GetStringAsync();
        await $"{Api}/lists/{id}".PutJsonAsync(b);
    }`), [
    { operation: 'update_list', range: 'Api.AppendPathSegments("lists", id).PatchJsonAsync(b)' },
    { operation: 'delete_list', range: 'Api.AppendPathSegment("lists").AppendPathSegment(id).DeleteAsync()' },
    { operation: 'get_lists', range: '$"{Api}/lists".GetStringAsync()' },
    { operation: null, confidence: 'certain', range: '$"{Api}/lists/{id}".PutJsonAsync(b)' },
  ]),
  row('Kiota: an item builder with {id}, a POST with an explicit template and a DELETE', cls(`    public ListsItemRequestBuilder(Dictionary<string, object> pathParameters, IRequestAdapter requestAdapter) : base(requestAdapter, "{+baseurl}/api/lists/{id}{?fields%5Blist%5D}", pathParameters) { }

    public async Task GetAsync() { var ri = ToGetRequestInformation(); await RequestAdapter.SendAsync<ListDto>(ri, ListDto.Create); }
    public async Task DeleteAsync() { var ri = new RequestInformation(Method.DELETE, UrlTemplate, PathParameters); await RequestAdapter.SendNoContentAsync(ri); }
    public async Task PostAsync(object body) { var ri = new RequestInformation(Method.POST, "{+baseurl}/api/lists/{id}/relationships/profiles", PathParameters); await RequestAdapter.SendNoContentAsync(ri); }

    public RequestInformation ToGetRequestInformation() => new RequestInformation(Method.GET, UrlTemplate, PathParameters);`, 'ListsItemRequestBuilder : BaseRequestBuilder'), [
    { operation: 'get_list', confidence: 'likely', range: 'RequestAdapter.SendAsync<ListDto>(ri, ListDto.Create)' },
    { operation: 'delete_list', confidence: 'likely', range: 'RequestAdapter.SendNoContentAsync(ri)', at: '8:122' },
    { operation: 'add_profiles_to_list', confidence: 'likely', range: 'RequestAdapter.SendNoContentAsync(ri)', at: '9:168' },
  ]),
  row('System.Net.WebClient DownloadString and UploadString', cls(`    public void All(string json)
    {
        using var wc = new WebClient();
        wc.DownloadString("${A}/api/segments");
        wc.UploadString("${A}/api/segments", json);
    }`), [
    { operation: 'get_segments', range: `wc.DownloadString("${A}/api/segments")` },
    { operation: 'create_segment', range: `wc.UploadString("${A}/api/segments", json)` },
  ]),
  row('request.Method and RequestUri set after construction', cls(`    public async Task Put(HttpClient http, string id)
    {
        var req = new HttpRequestMessage();
        req.Method = HttpMethod.Post;
        req.RequestUri = new Uri($"${A}/api/profile-import");
        await http.SendAsync(req);
    }`), [{ operation: 'create_or_update_profile', scopes: ['profiles:write'], range: 'http.SendAsync(req)' }]),
  row('test projects are not the project\'s calls', { 'Acme.Klaviyo.Tests/ClientTests.cs': cls(`    public Task T(HttpClient http) => http.GetAsync("${A}/api/lists");`, 'ClientTests') }, []),
  none('another host', cls(`    public Task X(HttpClient http) => http.GetAsync("https://api.example.com/api/lists");`)),
  none('an ASP.NET route under /api/klaviyo', cls(`    [HttpGet("/api/klaviyo/profiles")]
    public string Profiles() => "ok";`)),
  none('a URL in comments and XML docs', cls(`    /// <summary>Calls ${A}/api/profiles</summary>
    // await _http.GetAsync("${A}/api/profiles");
    public void X() { }`)),
  none('a URL built and returned', cls(`    public string Link(string id) => $"${A}/api/profiles/{id}";`)),
  none('a request message built and never sent', cls(`    public HttpRequestMessage Build() => new HttpRequestMessage(HttpMethod.Get, "https://example.com/x");`)),
  none('a repository method named GetProfiles', cls(`    private readonly IProfileRepository _repo;
    public IEnumerable<string> GetProfiles() => _repo.GetProfiles();`)),
  none('an HttpClient with another BaseAddress', cls(`    private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://api.example.com/") };
    public Task X() => _http.GetAsync("lists");`)),
  none('an injected HttpClient with a path that is not Klaviyo\'s', cls(`    private readonly HttpClient _http;
    public KlaviyoService(HttpClient http) { _http = http; }
    public Task X() => _http.GetAsync("health");`)),
  none('a log message naming Klaviyo', cls(`    private readonly ILogger _log;
    public void X() => _log.LogInformation("synced to klaviyo");`)),
  none('RestSharp to another host', cls(`    public Task X() => new RestClient("https://api.example.com").ExecuteAsync(new RestRequest("lists"));`)),
  none('Flurl to another host', cls(`    public Task X() => "https://api.example.com".AppendPathSegment("lists").GetJsonAsync<object>();`)),
  none('a webhook DTO', cls(`    public string Type { get; set; } = "";
    public string ProfileId { get; set; } = "";`, 'KlaviyoWebhook')),
  none('options bound from configuration without a request', cls(`    public string ApiKey { get; set; } = "";
    public string BaseUrl { get; set; } = "${A}";`, 'KlaviyoOptions')),
  none('SendAsync of a request from a parameter nobody builds', cls(`    public Task X(HttpClient http, HttpRequestMessage m) => http.SendAsync(m);`)),
];
