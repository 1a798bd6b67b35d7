// Go rows for ir-http-request: net/http, go-retryablehttp and resty, with URLs from literals,
// constants, `+`, fmt.Sprintf, url.JoinPath and path.Join, in the shapes Go integrations use.

import type { Case } from '../tree-harness';
import { none, row } from './rows';

const A = 'https://a.klaviyo.com';
const pkg = (body: string, imports = '"net/http"') => `package klaviyo\n\nimport (\n\t${imports}\n)\n\n${body}\n`;

export const GO_HTTP: Case[] = [
  row('http.NewRequest with a literal URL, sent by http.DefaultClient.Do', pkg(`func Lists() {
	req, _ := http.NewRequest("GET", "${A}/api/lists", nil)
	http.DefaultClient.Do(req)
}`), [{ operation: 'get_lists', scopes: ['lists:read'], kind: 'http', confidence: 'certain', range: 'http.DefaultClient.Do(req)', detector: 'ir-http-request', nameText: 'Do' }]),
  row('http.MethodPost constant and a base-URL const joined with +', pkg(`const baseURL = "${A}/api"

func CreateEvent(c *http.Client, body io.Reader) {
	req, _ := http.NewRequest(http.MethodPost, baseURL+"/events", body)
	c.Do(req)
}`), [{ operation: 'create_event', scopes: ['events:write'], kind: 'http', confidence: 'certain', range: 'c.Do(req)' }]),
  row('NewRequestWithContext and fmt.Sprintf with %s for the id', pkg(`const base = "${A}"

func Profile(ctx context.Context, client *http.Client, id string) {
	url := fmt.Sprintf("%s/api/profiles/%s", base, id)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return
	}
	resp, err := client.Do(req)
	_ = resp
}`, '"context"\n\t"fmt"\n\t"net/http"'), [{ operation: 'get_profile', scopes: ['profiles:read'], confidence: 'certain', range: 'client.Do(req)' }]),
  row('http.Get with an include query pulls in the included resource read scope', pkg(`func ListsWithTags() {
	http.Get("${A}/api/lists?include=tags")
}`), [{ operation: 'get_lists', scopes: ['lists:read', 'tags:read'], includeScopes: ['tags:read'], range: `http.Get("${A}/api/lists?include=tags")`, method: 'GET' }]),
  row('http.Post to the events endpoint', pkg(`func Track(body io.Reader) {
	http.Post("${A}/api/events", "application/json", body)
}`), [{ operation: 'create_event', scopes: ['events:write'], range: `http.Post("${A}/api/events", "application/json", body)` }]),
  row('struct field holding the http.Client, base URL in a struct literal of the constructor', pkg(`type Client struct {
	http    *http.Client
	baseURL string
}

func New() *Client {
	return &Client{http: &http.Client{}, baseURL: "${A}/api"}
}

func (c *Client) DeleteList(id string) {
	req, _ := http.NewRequest(http.MethodDelete, c.baseURL+"/lists/"+id, nil)
	c.http.Do(req)
}`), [{ operation: 'delete_list', scopes: ['lists:write'], confidence: 'certain', range: 'c.http.Do(req)' }]),
  row('url.JoinPath of a base and segments', pkg(`func Segment(id string) {
	u, _ := url.JoinPath("${A}/api", "segments", id)
	http.Get(u)
}`, '"net/http"\n\t"net/url"'), [{ operation: 'get_segment', scopes: ['segments:read'], range: 'http.Get(u)' }]),
  row('path.Join on a url.URL Path field, then u.String()', pkg(`func Metrics() {
	u, _ := url.Parse("${A}")
	u.Path = path.Join(u.Path, "api", "metrics")
	http.Get(u.String())
}`, '"net/http"\n\t"net/url"\n\t"path"'), [{ operation: 'get_metrics', scopes: ['metrics:read'], range: 'http.Get(u.String())' }]),
  row('base URL resolved with ResolveReference', pkg(`var api, _ = url.Parse("${A}/api/")

func Flows() {
	rel, _ := url.Parse("flows")
	http.Get(api.ResolveReference(rel).String())
}`, '"net/http"\n\t"net/url"'), [{ operation: 'get_flows', scopes: ['flows:read'], range: 'http.Get(api.ResolveReference(rel).String())' }]),
  row('a raw string literal URL', pkg(`func Templates() {
	http.Get(\`${A}/api/templates\`)
}`), [{ operation: 'get_templates', scopes: ['templates:read'], range: 'http.Get(`' + A + '/api/templates`)' }]),
  row('the method read from a switch over a literal kind', pkg(`func Update(kind string, id string) {
	method := http.MethodGet
	switch kind {
	case "update":
		method = http.MethodPatch
	}
	req, _ := http.NewRequest(method, "${A}/api/lists/"+id, nil)
	http.DefaultClient.Do(req)
}`), [{ operation: 'update_list', confidence: 'likely', scopes: ['lists:write'], range: 'http.DefaultClient.Do(req)' }, { operation: 'get_list', confidence: 'likely', scopes: ['lists:read'], range: 'http.DefaultClient.Do(req)' }]),
  row('a loop over a literal list of resources sends one listing per resource', pkg(`func Export() {
	for _, r := range []string{"lists", "segments"} {
		http.Get("${A}/api/" + r)
	}
}`), [{ operation: 'get_lists', confidence: 'likely', range: `http.Get("${A}/api/" + r)` }, { operation: 'get_segments', confidence: 'likely', range: `http.Get("${A}/api/" + r)` }]),
  row('retryablehttp.NewRequest sent by a retryablehttp client', pkg(`func Coupons() {
	client := retryablehttp.NewClient()
	req, _ := retryablehttp.NewRequest("GET", "${A}/api/coupons", nil)
	client.Do(req)
}`, '"github.com/hashicorp/go-retryablehttp"'), [{ operation: 'get_coupons', scopes: ['coupons:read'], range: 'client.Do(req)' }]),
  row('retryablehttp client turned into a standard *http.Client', pkg(`func Tags() {
	std := retryablehttp.NewClient().StandardClient()
	req, _ := http.NewRequest("GET", "${A}/api/tags", nil)
	std.Do(req)
}`, '"net/http"\n\t"github.com/hashicorp/go-retryablehttp"'), [{ operation: 'get_tags', scopes: ['tags:read'], range: 'std.Do(req)' }]),
  row('resty with SetBaseURL and a fluent request', pkg(`func Catalog() {
	client := resty.New().SetBaseURL("${A}/api")
	client.R().SetHeader("revision", "2024-10-15").Get("/catalog-items")
}`, '"github.com/go-resty/resty/v2"'), [{ operation: 'get_catalog_items', scopes: ['catalogs:read'], range: 'client.R().SetHeader("revision", "2024-10-15").Get("/catalog-items")', nameText: 'Get' }]),
  row('resty Post with a full URL', pkg(`func Subscribe(body any) {
	resty.New().R().SetBody(body).Post("${A}/api/profile-subscription-bulk-create-jobs")
}`, '"github.com/go-resty/resty/v2"'), [{ operation: 'bulk_subscribe_profiles', range: `resty.New().R().SetBody(body).Post("${A}/api/profile-subscription-bulk-create-jobs")` }]),
  row('resty SetQueryParam include', pkg(`func Events() {
	resty.New().R().SetQueryParam("include", "metric").Get("${A}/api/events")
}`, '"github.com/go-resty/resty/v2"'), [{ operation: 'get_events', scopes: ['events:read', 'metrics:read'], includeScopes: ['metrics:read'], range: `resty.New().R().SetQueryParam("include", "metric").Get("${A}/api/events")` }]),
  row('a package constant from another file of the package', {
    'klaviyo/const.go': `package klaviyo\n\nconst APIBase = "${A}/api"\n`,
    'klaviyo/lists.go': pkg(`func Lists() {
	http.Get(APIBase + "/lists")
}`),
  }, [{ operation: 'get_lists', file: 'klaviyo/lists.go', range: 'http.Get(APIBase + "/lists")' }]),
  row('query parameters joined with & and appended after the path\'s trailing slash', pkg(`func Messages(id string, filter string) {
	params := make([]string, 0)
	if filter != "" {
		params = append(params, filter)
	}
	u := fmt.Sprintf("%s/api/flow-actions/%s/flow-messages/%s", "${A}", id, strings.Join(params, "&"))
	req, _ := http.NewRequest(http.MethodGet, u, nil)
	http.DefaultClient.Do(req)
}`), [{ operation: 'get_flow_action_messages', scopes: ['flows:read'], confidence: 'certain', range: 'http.DefaultClient.Do(req)' }]),
  row('the retired v2 API', pkg(`func Members(list string) {
	http.Get("${A}/api/v2/list/" + list + "/members")
}`), [{ operation: null, kind: 'legacy', range: `http.Get("${A}/api/v2/list/" + list + "/members")` }]),
  row('a method the spec lacks on a path is no such endpoint', pkg(`func Remove(id string) {
	req, _ := http.NewRequest(http.MethodDelete, "${A}/api/profiles/"+id, nil)
	http.DefaultClient.Do(req)
}`), [{ operation: null, confidence: 'certain', range: 'http.DefaultClient.Do(req)' }]),
  row('the OAuth token exchange', pkg(`func Token(form url.Values) {
	http.PostForm("${A}/oauth/token", form)
}`, '"net/http"\n\t"net/url"'), [{ operation: null, kind: 'oauth', range: `http.PostForm("${A}/oauth/token", form)` }]),
  row('an env var names the base URL', pkg(`func Campaigns() {
	base := os.Getenv("KLAVIYO_BASE_URL")
	http.Get(base + "/api/campaigns")
}`, '"net/http"\n\t"os"'), [{ operation: 'get_campaigns', scopes: ['campaigns:read'], confidence: 'likely', range: 'http.Get(base + "/api/campaigns")' }]),
  row('a Go test file is not the project\'s calls', {
    'klaviyo/lists_test.go': pkg(`func TestLists(t *testing.T) {
	http.Get("${A}/api/lists")
}`),
  }, []),
  none('another host is not Klaviyo', pkg(`func Other() {
	http.Get("https://api.example.com/api/lists")
}`)),
  none('an app route that looks like Klaviyo\'s path', pkg(`func Route(mux *http.ServeMux) {
	mux.HandleFunc("/api/klaviyo/profiles", handler)
}`)),
  none('a URL in a comment', pkg(`// See ${A}/api/profiles for the docs.
func Nothing() {}`)),
  none('a URL only built, never sent', pkg(`func Link(id string) string {
	return "${A}/api/profiles/" + id
}`)),
  none('a request built but never sent', pkg(`func Build() *http.Request {
	req, _ := http.NewRequest("GET", "https://example.com/x", nil)
	return req
}`)),
  none('a method named like an SDK call on an unrelated type', pkg(`type Store struct{}

func (s *Store) GetProfiles() []string { return nil }

func Use(s *Store) { s.GetProfiles() }`)),
  none('strings mentioning klaviyo', pkg(`var name = "klaviyo"

func Log() { fmt.Println(name) }`, '"fmt"')),
  none('a client whose base URL is another host', pkg(`func Other() {
	resty.New().SetBaseURL("https://api.example.com").R().Get("/lists")
}`, '"github.com/go-resty/resty/v2"')),
  none('a relative path through an injected client that is not Klaviyo\'s path', pkg(`func Local(c *http.Client) {
	req, _ := http.NewRequest("GET", "/health", nil)
	c.Do(req)
}`)),
  none('json decoding of a Klaviyo webhook', pkg(`type Webhook struct{ Type string \`json:"type"\` }

func Handle(r *http.Request) { json.NewDecoder(r.Body).Decode(&Webhook{}) }`, '"encoding/json"\n\t"net/http"')),
  none('a struct holding the klaviyo URL but no request', pkg(`type Config struct{ URL string }

var cfg = Config{URL: "${A}/api"}`)),
  none('http.Get of a variable with no Klaviyo in it', pkg(`func Fetch(u string) { http.Get(u) }`)),
  none('an unrelated resty call', pkg(`func Ping() { resty.New().R().Get("https://status.example.com/ping") }`, '"github.com/go-resty/resty/v2"')),
  none('klaviyo.js snippet text in a template', pkg(`const snippet = "<script src=\\"https://static.klaviyo.com/onsite/js/klaviyo.js\\"></script>"`)),
];
