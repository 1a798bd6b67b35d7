// ir-declarative-client: interfaces whose methods are requests, in Java (OpenFeign, Spring HTTP
// interfaces, Retrofit) and C# (Refit). Each row asserts operation, scopes, kind, confidence and
// the mapping annotation's range.

import { runTreeTable, type Case } from './tree-harness';
import { none, row } from './ir/rows';

const A = 'https://a.klaviyo.com';
const java = (body: string) => `package com.acme.klaviyo;\n\n${body}\n`;

const JAVA: Case[] = [
  row('a Feign client with a literal url and Spring mapping annotations', java(`@FeignClient(name = "klaviyo", url = "${A}/api")
public interface KlaviyoClient {
  @PostMapping("/events")
  void createEvent(@RequestBody Object event);

  @GetMapping(value = "/profiles/{id}")
  Object profile(@PathVariable("id") String id);
}`), [
    { operation: 'create_event', scopes: ['events:write'], kind: 'http', confidence: 'certain', range: '@PostMapping("/events")', detector: 'ir-declarative-client', nameText: 'PostMapping' },
    { operation: 'get_profile', scopes: ['profiles:read'], confidence: 'certain', range: '@GetMapping(value = "/profiles/{id}")' },
  ]),
  row('a Feign url placeholder read from application.yml, and a path prefix', {
    'src/main/resources/application.yml': `klaviyo:\n  url: ${A}\n`,
    'src/main/java/com/acme/klaviyo/KlaviyoClient.java': java(`@FeignClient(value = "klaviyo", url = "\${klaviyo.url}", path = "/api")
public interface KlaviyoClient {
  @RequestMapping(method = RequestMethod.PATCH, value = "/profiles/{id}")
  Object update(@PathVariable String id, @RequestBody Object body);

  @DeleteMapping(path = "/lists/{id}/relationships/profiles")
  void remove(@PathVariable String id, @RequestBody Object body);
}`),
  }, [
    { operation: 'update_profile', scopes: ['profiles:write'], confidence: 'certain', range: '@RequestMapping(method = RequestMethod.PATCH, value = "/profiles/{id}")' },
    { operation: 'remove_profiles_from_list', scopes: ['lists:write', 'profiles:write'], confidence: 'certain', range: '@DeleteMapping(path = "/lists/{id}/relationships/profiles")' },
  ]),
  row('plain OpenFeign @RequestLine, base given to Feign.builder() elsewhere', java(`public interface KlaviyoApi {
  @RequestLine("GET /api/lists?include=tags")
  Object lists();

  @RequestLine("POST /api/profile-import")
  Object upsert(Object profile);
}`), [
    { operation: 'get_lists', scopes: ['lists:read', 'tags:read'], confidence: 'likely', range: '@RequestLine("GET /api/lists?include=tags")' },
    { operation: 'create_or_update_profile', scopes: ['profiles:write'], confidence: 'likely', range: '@RequestLine("POST /api/profile-import")' },
  ]),
  row('a Spring HTTP interface with @HttpExchange(url) and @GetExchange', java(`@HttpExchange(url = "${A}/api")
public interface KlaviyoExchange {
  @GetExchange("/campaigns/{id}")
  Object campaign(@PathVariable String id);

  @PostExchange("/campaign-send-jobs")
  Object send(@RequestBody Object job);
}`), [
    { operation: 'get_campaign', scopes: ['campaigns:read'], confidence: 'certain', range: '@GetExchange("/campaigns/{id}")' },
    { operation: 'send_campaign', scopes: ['campaigns:write'], confidence: 'certain', range: '@PostExchange("/campaign-send-jobs")' },
  ]),
  row('Retrofit annotations with relative paths under api/', java(`public interface KlaviyoService {
  @GET("api/segments/{id}/profiles")
  Call<Object> members(@Path("id") String id);

  @POST("api/events")
  Call<Void> track(@Body Object event);
}`), [
    { operation: 'get_profiles_for_segment', scopes: ['profiles:read', 'segments:read'], confidence: 'likely', range: '@GET("api/segments/{id}/profiles")' },
    { operation: 'create_event', scopes: ['events:write'], confidence: 'likely', range: '@POST("api/events")' },
  ]),
  row('the retired v2 API through Feign', java(`@FeignClient(name = "klaviyo-v2", url = "${A}")
public interface LegacyKlaviyo {
  @PostMapping("/api/v2/list/{listId}/members")
  Object add(@PathVariable String listId, @RequestBody Object body);
}`), [{ operation: null, kind: 'legacy', range: '@PostMapping("/api/v2/list/{listId}/members")' }]),
  none('a controller of the app whose routes look like Klaviyo\'s', java(`@RestController
@RequestMapping("/api")
public class ProfileController {
  @GetMapping("/profiles/{id}")
  public Object profile(@PathVariable String id) { return null; }
}`)),
  none('a Feign client of another host', java(`@FeignClient(name = "crm", url = "https://crm.example.com")
public interface CrmClient {
  @GetMapping("/api/profiles")
  Object profiles();
}`)),
  none('an interface without mapping annotations', java(`public interface KlaviyoGateway {
  Object getProfiles();
  void createEvent(Object e);
}`)),
  none('Retrofit paths that are not Klaviyo\'s', java(`public interface UsersApi {
  @GET("users/{id}")
  Call<Object> user(@Path("id") String id);
}`)),
];

const CSHARP: Case[] = [
  row('Refit attributes on an interface, base given to RestService.For elsewhere', `namespace Acme.Klaviyo;

public interface IKlaviyoApi
{
    [Get("/api/profiles/{id}")]
    Task<string> GetProfile(string id);

    [Post("/api/events")]
    Task CreateEvent([Body] object body);
}
`, [
    { operation: 'get_profile', scopes: ['profiles:read'], kind: 'http', confidence: 'likely', range: 'Get("/api/profiles/{id}")', detector: 'ir-declarative-client', nameText: 'Get' },
    { operation: 'create_event', scopes: ['events:write'], confidence: 'likely', range: 'Post("/api/events")' },
  ]),
  // Found by fuzzing: error recovery left an attribute argument with no expression, and the
  // whole file's analysis failed on it.
  row('an attribute argument broken by stray characters costs only that attribute', `namespace Acme.Klaviyo;

public class Lists
{
    private static readonly HttpClient Http = new HttpClient();
    public Task<string> All() => Http.GetStringAsync("https://a.klaviyo.com/api/lists");
}

public interface IKlaviyoApi { [Get("/api/p}\`"]'>{}{>rofiles/{id}")] Task<string> Profile(string id); }
`, [
    { operation: 'get_lists', scopes: ['lists:read'], kind: 'http', confidence: 'certain', range: 'Http.GetStringAsync("https://a.klaviyo.com/api/lists")', detector: 'ir-http-request' },
  ]),
  none('a Refit interface of another API', `namespace Acme.Crm;

public interface ICrmApi
{
    [Get("/contacts/{id}")]
    Task<string> Contact(string id);
}
`),
  none('an ASP.NET controller with [HttpGet] routes like Klaviyo\'s', `namespace Acme.Web;

[Route("api")]
public class ProfilesController : ControllerBase
{
    [HttpGet("profiles/{id}")]
    public IActionResult Get(string id) => Ok();
}
`),
];

runTreeTable('ir-declarative-client: Java', JAVA, 'src/main/java/com/acme/klaviyo/KlaviyoClient.java');
runTreeTable('ir-declarative-client: C#', CSHARP, 'src/Acme.Klaviyo/IKlaviyoApi.cs');
