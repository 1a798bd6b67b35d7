// C# rows for base URLs configured outside the code: IConfiguration indexers, GetValue and
// GetSection, and IOptions<T> classes bound to a section, read from appsettings.json beside the
// host project (Program.cs), which need not be the class library that sends; and IHttpClientFactory
// named and typed clients registered in Program.cs or a DI extension of another project.

import type { Case } from '../tree-harness';
import { none, row } from './rows';

const A = 'https://a.klaviyo.com';
const SVC = 'src/Acme.Klaviyo/KlaviyoService.cs';
const HOST = { 'src/Acme.Api/Program.cs': 'var builder = WebApplication.CreateBuilder(args);\nvar app = builder.Build();\napp.Run();\n' };
const settings = (json: string) => ({ ...HOST, 'src/Acme.Api/appsettings.json': json });
const svc = (body: string) => `namespace Acme.Klaviyo;\n\npublic class KlaviyoService\n{\n${body}\n}\n`;

export const CSHARP_CONFIG: Case[] = [
  row('configuration["Klaviyo:BaseUrl"] set in the host project\'s appsettings.json', {
    ...settings(`{\n  // where the API lives\n  "Klaviyo": { "BaseUrl": "${A}/api/", "ApiKey": "" },\n}\n`),
    [SVC]: svc(`    private readonly HttpClient _http = new HttpClient();
    private readonly IConfiguration _configuration;
    public KlaviyoService(IConfiguration configuration) { _configuration = configuration; }

    public Task<string> Lists() => _http.GetStringAsync(_configuration["Klaviyo:BaseUrl"] + "lists");`),
  }, [{ operation: 'get_lists', scopes: ['lists:read'], kind: 'http', confidence: 'certain', range: '_http.GetStringAsync(_configuration["Klaviyo:BaseUrl"] + "lists")', detector: 'ir-http-request' }]),
  row('GetSection("Klaviyo")["ApiUrl"] as a client\'s BaseAddress', {
    ...settings(`{ "Klaviyo": { "ApiUrl": "${A}" } }`),
    [SVC]: svc(`    private readonly HttpClient _http;
    public KlaviyoService(HttpClient http, IConfiguration config)
    {
        _http = http;
        _http.BaseAddress = new Uri(config.GetSection("Klaviyo")["ApiUrl"]);
    }

    public Task Track(object e) => _http.PostAsJsonAsync("/api/events", e);`),
  }, [{ operation: 'create_event', scopes: ['events:write'], confidence: 'certain', range: '_http.PostAsJsonAsync("/api/events", e)' }]),
  row('GetValue<string>("Klaviyo:Url") and a section\'s .Value', {
    ...settings(`{ "Klaviyo": { "Url": "${A}/api", "Metrics": "${A}/api/metrics" } }`),
    [SVC]: svc(`    private readonly HttpClient _http = new HttpClient();
    private readonly IConfiguration _config;
    public KlaviyoService(IConfiguration config) { _config = config; }

    public Task<string> Flows() => _http.GetStringAsync(_config.GetValue<string>("Klaviyo:Url") + "/flows");
    public Task<string> Metrics() => _http.GetStringAsync(_config.GetSection("Klaviyo:Metrics").Value);`),
  }, [
    { operation: 'get_flows', scopes: ['flows:read'], confidence: 'certain', range: '_http.GetStringAsync(_config.GetValue<string>("Klaviyo:Url") + "/flows")' },
    { operation: 'get_metrics', scopes: ['metrics:read'], confidence: 'certain', range: '_http.GetStringAsync(_config.GetSection("Klaviyo:Metrics").Value)' },
  ]),
  row('IOptions<KlaviyoOptions>: the section named for the class overrides the declared default', {
    ...settings(`{ "Klaviyo": { "BaseUrl": "${A}/api/" } }`),
    'src/Acme.Klaviyo/KlaviyoOptions.cs': 'namespace Acme.Klaviyo;\n\npublic class KlaviyoOptions\n{\n    public string BaseUrl { get; set; } = "https://localhost:5001/";\n}\n',
    [SVC]: svc(`    private readonly HttpClient _http;
    public KlaviyoService(HttpClient http, IOptions<KlaviyoOptions> options)
    {
        _http = http;
        _http.BaseAddress = new Uri(options.Value.BaseUrl);
    }

    public Task<HttpResponseMessage> Segments() => _http.GetAsync("segments");`),
  }, [{ operation: 'get_segments', scopes: ['segments:read'], confidence: 'certain', range: '_http.GetAsync("segments")' }]),
  row('builder.Configuration in top-level Program.cs statements', {
    'src/Acme.Api/appsettings.json': `{ "KlaviyoBaseUrl": "${A}/api" }`,
    'src/Acme.Api/Program.cs': `var builder = WebApplication.CreateBuilder(args);
var baseUrl = builder.Configuration["KlaviyoBaseUrl"];
using var http = new HttpClient();
await http.GetStringAsync($"{baseUrl}/templates");
`,
  }, [{ operation: 'get_templates', scopes: ['templates:read'], confidence: 'certain', range: 'http.GetStringAsync($"{baseUrl}/templates")' }]),
  none('appsettings.json points the key at another host', {
    ...settings(`{ "Klaviyo": { "BaseUrl": "https://gateway.example.com/" } }`),
    [SVC]: svc(`    private readonly HttpClient _http = new HttpClient();
    private readonly IConfiguration _configuration;
    public KlaviyoService(IConfiguration configuration) { _configuration = configuration; }

    public Task<string> Lists() => _http.GetStringAsync(_configuration["Klaviyo:BaseUrl"] + "api/lists");`),
  }),
  row('a named client registered in Program.cs, fetched with CreateClient', {
    'src/Acme.Api/Program.cs': `var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient("Klaviyo", client =>
{
    client.BaseAddress = new Uri("${A}/api/");
    client.DefaultRequestHeaders.Add("revision", "2024-10-15");
});
var app = builder.Build();
app.Run();
`,
    [SVC]: svc(`    private readonly IHttpClientFactory _factory;
    public KlaviyoService(IHttpClientFactory factory) { _factory = factory; }

    public Task<HttpResponseMessage> Lists() => _factory.CreateClient("Klaviyo").GetAsync("lists");`),
  }, [{ operation: 'get_lists', scopes: ['lists:read'], confidence: 'certain', range: '_factory.CreateClient("Klaviyo").GetAsync("lists")' }]),
  row('a typed client behind an interface, registered in another project\'s DI extension with a configured base', {
    ...settings(`{ "Klaviyo": { "BaseUrl": "${A}/api/" } }`),
    'src/Acme.Infrastructure/DependencyInjection.cs': `namespace Acme.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient<IEngagementClient, KlaviyoClient>((sp, http) =>
        {
            http.BaseAddress = new Uri(configuration["Klaviyo:BaseUrl"]!);
        });
        return services;
    }
}
`,
    'src/Acme.Infrastructure/Services/KlaviyoClient.cs': `namespace Acme.Infrastructure.Services;

public sealed class KlaviyoClient : IEngagementClient
{
    private readonly HttpClient _http;
    public KlaviyoClient(HttpClient http) { _http = http; }

    public Task Track(object e) => _http.PostAsJsonAsync("events", e);
}
`,
  }, [{ operation: 'create_event', scopes: ['events:write'], confidence: 'certain', range: '_http.PostAsJsonAsync("events", e)' }]),
  row('nameof(…) as the client name, configured by a chained ConfigureHttpClient', {
    'src/Acme.Api/Startup.cs': `public class Startup
{
    public void ConfigureServices(IServiceCollection services)
    {
        services.AddHttpClient(nameof(KlaviyoService))
            .ConfigureHttpClient(c => c.BaseAddress = new Uri("${A}/"));
    }
}
`,
    [SVC]: svc(`    private readonly HttpClient _http;
    public KlaviyoService(IHttpClientFactory factory) { _http = factory.CreateClient(nameof(KlaviyoService)); }

    public Task<HttpResponseMessage> Metrics() => _http.GetAsync("api/metrics");`),
  }, [{ operation: 'get_metrics', scopes: ['metrics:read'], confidence: 'certain', range: '_http.GetAsync("api/metrics")' }]),
  none('a named client of another host: Klaviyo-shaped paths through it are not Klaviyo', {
    'src/Acme.Api/Program.cs': `var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient("Crm", c => c.BaseAddress = new Uri("https://crm.example.com/"));
`,
    [SVC]: svc(`    private readonly IHttpClientFactory _factory;
    public KlaviyoService(IHttpClientFactory factory) { _factory = factory; }

    public Task<HttpResponseMessage> Profiles() => _factory.CreateClient("Crm").GetAsync("api/profiles");`),
  }),
  row('a primary-constructor typed client; its registration, in another folder, takes the base from a settings class in a third', {
    'src/Acme.Infrastructure/Extensions/DependencyInjection.cs': `namespace Acme.Infrastructure;

public static class DependencyInjection
{
    public static void AddEngagement(IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(KlaviyoSettings.SectionName).Get<KlaviyoSettings>() ?? new KlaviyoSettings();
        services.AddHttpClient<IEngagement, KlaviyoClient>(client =>
        {
            client.BaseAddress = new Uri(settings.BaseUrl.TrimEnd('/') + "/");
        });
    }
}
`,
    'src/Acme.Infrastructure/Options/KlaviyoSettings.cs': `namespace Acme.Infrastructure;

public sealed class KlaviyoSettings
{
    public const string SectionName = nameof(KlaviyoSettings);
    public string BaseUrl { get; init; } = "${A}";
}
`,
    'src/Acme.Infrastructure/Services/KlaviyoClient.cs': `namespace Acme.Infrastructure;

public sealed class KlaviyoClient(HttpClient httpClient) : IEngagement
{
    public Task Track(object payload) => Send("api/events/", payload);

    private async Task Send(string path, object payload)
    {
        using var response = await httpClient.PostAsJsonAsync(path, payload);
    }
}
`,
  }, [{ operation: 'create_event', scopes: ['events:write'], kind: 'http', confidence: 'certain', range: 'Send("api/events/", payload)', detector: 'ir-request-helper' }]),
];
