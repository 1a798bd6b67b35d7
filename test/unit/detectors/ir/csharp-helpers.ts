// C# rows for ir-request-helper: a typed client's SendAsync(method, path) helper, protected
// helpers on an abstract base, RestSharp request helpers, and helpers with named arguments.

import type { Case } from '../tree-harness';
import { none, row } from './rows';

const A = 'https://a.klaviyo.com';

export const CSHARP_HELPERS: Case[] = [
  row('a typed client\'s private SendAsync(method, path) helper', `namespace Acme.Klaviyo;

public class KlaviyoClient
{
    private readonly HttpClient _http;

    public KlaviyoClient(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("${A}/api/");
    }

    private async Task<string> SendAsync(HttpMethod method, string path, HttpContent? body = null)
    {
        using var req = new HttpRequestMessage(method, path) { Content = body };
        var res = await _http.SendAsync(req);
        return await res.Content.ReadAsStringAsync();
    }

    public Task<string> GetProfiles() => SendAsync(HttpMethod.Get, "profiles");
    public Task<string> GetProfile(string id) => SendAsync(HttpMethod.Get, $"profiles/{id}");
    public Task<string> CreateEvent(HttpContent c) => SendAsync(HttpMethod.Post, "events", c);
    public Task<string> UpdateProfile(string id, HttpContent c) => this.SendAsync(HttpMethod.Patch, $"profiles/{id}", c);
    public Task<string> DeleteList(string id) => SendAsync(HttpMethod.Delete, "lists/" + id);
}
`, [
    { operation: 'get_profiles', scopes: ['profiles:read'], kind: 'http', confidence: 'certain', range: 'SendAsync(HttpMethod.Get, "profiles")', detector: 'ir-request-helper', nameText: 'SendAsync' },
    { operation: 'get_profile', scopes: ['profiles:read'], range: 'SendAsync(HttpMethod.Get, $"profiles/{id}")' },
    { operation: 'create_event', scopes: ['events:write'], range: 'SendAsync(HttpMethod.Post, "events", c)' },
    { operation: 'update_profile', scopes: ['profiles:write'], range: 'this.SendAsync(HttpMethod.Patch, $"profiles/{id}", c)' },
    { operation: 'delete_list', scopes: ['lists:write'], range: 'SendAsync(HttpMethod.Delete, "lists/" + id)' },
  ]),
  row('protected helpers on an abstract base; the path in a local first', {
    'src/Klaviyo/KlaviyoClientBase.cs': `namespace Acme.Klaviyo;

public abstract class KlaviyoClientBase
{
    protected readonly HttpClient Http;
    protected KlaviyoClientBase(HttpClient http) { Http = http; Http.BaseAddress = new Uri("${A}"); }

    protected Task<HttpResponseMessage> Post(string path, HttpContent c) => Http.PostAsync(path, c);
    protected Task<HttpResponseMessage> Patch(string path, HttpContent c) => Http.PatchAsync(path, c);
}
`,
    'src/Klaviyo/ReviewsClient.cs': `namespace Acme.Klaviyo;

public class ReviewsClient : KlaviyoClientBase
{
    public ReviewsClient(HttpClient http) : base(http) { }

    public Task Create(HttpContent c)
    {
        var path = "/api/profiles";
        return Post(path, c);
    }

    public Task Update(string id, HttpContent c)
    {
        var path = $"/api/profiles/{id}";
        return Patch(path, c);
    }
}
`,
  }, [
    { operation: 'create_profile', file: 'src/Klaviyo/ReviewsClient.cs', range: 'Post(path, c)' },
    { operation: 'update_profile', file: 'src/Klaviyo/ReviewsClient.cs', range: 'Patch(path, c)' },
  ]),
  row('a RestSharp helper that takes the resource and method', `namespace Acme.Klaviyo;

public class KlaviyoRest
{
    private readonly RestClient _client = new RestClient("${A}/api");

    private Task<RestResponse> Run(string resource, Method method)
    {
        var request = new RestRequest(resource, method);
        return _client.ExecuteAsync(request);
    }

    public Task Campaigns() => Run("campaigns", Method.Get);
    public Task Clone() => Run("campaign-clone", Method.Post);
    public Task Flow(string id) => Run($"flows/{id}", Method.Get);
}
`, [
    { operation: 'get_campaigns', range: 'Run("campaigns", Method.Get)' },
    { operation: 'create_campaign_clone', range: 'Run("campaign-clone", Method.Post)' },
    { operation: 'get_flow', scopes: ['flows:read'], range: 'Run($"flows/{id}", Method.Get)' },
  ]),
  row('named arguments bind to the helper\'s parameters', `namespace Acme.Klaviyo;

public class Api
{
    private static readonly HttpClient Http = new HttpClient();

    private Task<HttpResponseMessage> Get(string path, string? include = null) =>
        Http.GetAsync("${A}/api" + path);

    public Task Templates() => Get(path: "/templates");
    public Task Forms() => Get(include: null, path: "/forms");
}
`, [
    { operation: 'get_templates', range: 'Get(path: "/templates")' },
    { operation: 'get_forms', range: 'Get(include: null, path: "/forms")' },
  ]),
  row('a paging helper with a conditional on the link', `namespace Acme.Klaviyo;

public class Pager
{
    private readonly HttpClient _http = new HttpClient();

    private Task<string> Page(string pathOrUrl)
    {
        var url = pathOrUrl.StartsWith("http") ? pathOrUrl : "${A}/api" + pathOrUrl;
        return _http.GetStringAsync(url);
    }

    public Task Lists() => Page("/lists");
    public Task Metrics() => Page("/metrics");
}
`, [
    { operation: 'get_lists', confidence: 'certain', range: 'Page("/lists")' },
    { operation: 'get_metrics', confidence: 'certain', range: 'Page("/metrics")' },
  ]),
  row('a switch on a report kind inside the helper', `namespace Acme.Klaviyo;

public class Reports
{
    private readonly HttpClient _http = new HttpClient();

    private Task Query(string kind, HttpContent c)
    {
        string path;
        switch (kind)
        {
            case "flow": path = "flow-values-reports"; break;
            default: path = "campaign-values-reports"; break;
        }
        return _http.PostAsync("${A}/api/" + path, c);
    }

    public Task Flows(HttpContent c) => Query("flow", c);
    public Task Campaigns(HttpContent c) => Query("campaign", c);
}
`, [
    { operation: 'query_flow_values', confidence: 'certain', range: 'Query("flow", c)' },
    { operation: 'query_campaign_values', confidence: 'certain', range: 'Query("campaign", c)' },
  ]),
  row('a helper building the URL with string.Format', `namespace Acme.Klaviyo;

public class Catalog
{
    private readonly HttpClient _http = new HttpClient();
    private const string Base = "${A}/api";

    private Task Delete(string resource, string id) => _http.DeleteAsync(string.Format("{0}/{1}/{2}", Base, resource, id));

    public Task Item(string id) => Delete("catalog-items", id);
    public Task Variant(string id) => Delete("catalog-variants", id);
}
`, [
    { operation: 'delete_catalog_item', range: 'Delete("catalog-items", id)' },
    { operation: 'delete_catalog_variant', range: 'Delete("catalog-variants", id)' },
  ]),
  none('a helper whose callers pass another host', `namespace Acme.Klaviyo;

public class Fetch
{
    private readonly HttpClient _http = new HttpClient();
    private Task Get(string url) => _http.GetAsync(url);
    public Task Ping() => Get("https://status.example.com/api/lists");
}
`),
  none('a service named like an operation that sends nothing', `namespace Acme.Klaviyo;

public class ProfileService
{
    public List<string> GetProfiles() => new();
    public void Use() => GetProfiles();
}
`),
  none('an interface of a Klaviyo client, no body', `namespace Acme.Klaviyo;

public interface IKlaviyoClient
{
    Task<string> GetProfiles();
}
`),
];
