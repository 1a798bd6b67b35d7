// Go rows for ir-request-helper: project functions and methods that receive the endpoint (a
// method and a path, a path constant, a built *http.Request) and send it, reported at each call
// that supplies it; request builders reported where their request is sent.

import type { Case } from '../tree-harness';
import { none, row } from './rows';

const A = 'https://a.klaviyo.com';
const H = 'ir-request-helper';

const CLIENT = `package klaviyo

import (
	"fmt"
	"net/http"
)

const baseURL = "${A}/api"

type Client struct {
	httpClient *http.Client
}

func (c *Client) do(method, path string) (*http.Response, error) {
	req, err := http.NewRequest(method, baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("revision", "2024-10-15")
	return c.httpClient.Do(req)
}
`;

export const GO_HELPERS: Case[] = [
  row('a do(method, path) method called with each endpoint', CLIENT + `
func (c *Client) GetProfile(id string) { c.do(http.MethodGet, fmt.Sprintf("/profiles/%s", id)) }
func (c *Client) CreateList() { c.do("POST", "/lists") }
func (c *Client) UpdateList(id string) { c.do(http.MethodPatch, "/lists/"+id) }
func (c *Client) DeleteSegment(id string) { c.do(http.MethodDelete, "/segments/"+id) }
`, [
    { operation: 'get_profile', scopes: ['profiles:read'], kind: 'http', confidence: 'certain', range: 'c.do(http.MethodGet, fmt.Sprintf("/profiles/%s", id))', detector: H, nameText: 'do' },
    { operation: 'create_list', scopes: ['lists:write'], confidence: 'certain', range: 'c.do("POST", "/lists")' },
    { operation: 'update_list', scopes: ['lists:write'], range: 'c.do(http.MethodPatch, "/lists/"+id)' },
    { operation: 'delete_segment', scopes: ['segments:write'], range: 'c.do(http.MethodDelete, "/segments/"+id)' },
  ]),
  row('the helper in one file of the package, its callers in another', {
    'klaviyo/client.go': CLIENT,
    'klaviyo/events.go': `package klaviyo

func (c *Client) Track() { c.do("POST", "/events") }
func (c *Client) Metrics() { c.do("GET", "/metrics") }
`,
  }, [
    { operation: 'create_event', file: 'klaviyo/events.go', scopes: ['events:write'], range: 'c.do("POST", "/events")' },
    { operation: 'get_metrics', file: 'klaviyo/events.go', scopes: ['metrics:read'], range: 'c.do("GET", "/metrics")' },
  ]),
  row('a helper nobody calls reports its request unresolved, once', CLIENT, [
    { operation: null, confidence: 'unresolved', range: 'c.httpClient.Do(req)', detector: 'ir-http-request' },
  ]),
  row('path constants handed to a doReq helper that joins them onto the base with path.Join', `package klaviyo

import (
	"context"
	"net/http"
	"net/url"
	"path"
)

const (
	profilesPath = "profiles"
	listsPath    = "lists"
)

type Client struct {
	api        *url.URL
	httpClient *http.Client
}

func New(c *http.Client) *Client {
	u, _ := url.Parse("${A}/api")
	return &Client{api: u, httpClient: c}
}

func (c *Client) doReq(ctx context.Context, method, endpoint string) error {
	uri := *c.api
	uri.Path = path.Join(uri.Path, endpoint)
	req, err := http.NewRequestWithContext(ctx, method, uri.String(), nil)
	if err != nil {
		return err
	}
	_, err = c.httpClient.Do(req)
	return err
}

func (c *Client) Profiles(ctx context.Context) error { return c.doReq(ctx, http.MethodGet, profilesPath) }
func (c *Client) Profile(ctx context.Context, id string) error { return c.doReq(ctx, http.MethodGet, path.Join(profilesPath, id)) }
func (c *Client) NewList(ctx context.Context) error { return c.doReq(ctx, http.MethodPost, listsPath) }
`, [
    { operation: 'get_profiles', scopes: ['profiles:read'], range: 'c.doReq(ctx, http.MethodGet, profilesPath)' },
    { operation: 'get_profile', scopes: ['profiles:read'], range: 'c.doReq(ctx, http.MethodGet, path.Join(profilesPath, id))' },
    { operation: 'create_list', scopes: ['lists:write'], range: 'c.doReq(ctx, http.MethodPost, listsPath)' },
  ]),
  row('a newRequest builder, the request sent a few lines later by Do', `package klaviyo

import (
	"fmt"
	"net/http"
	"net/url"
)

type Client struct {
	base *url.URL
	hc   *http.Client
}

func NewClient() *Client {
	u, _ := url.Parse("${A}")
	return &Client{base: u, hc: http.DefaultClient}
}

func (c *Client) NewRequest(method, p string) (*http.Request, error) {
	rel, _ := url.Parse(p)
	return http.NewRequest(method, c.base.ResolveReference(rel).String(), nil)
}

func (c *Client) Accounts() {
	req, _ := c.NewRequest("GET", fmt.Sprintf("%s/accounts", "api"))
	c.hc.Do(req)
}

func (c *Client) Coupon(id string) {
	req, _ := c.NewRequest("GET", "api/coupons/"+id)
	c.hc.Do(req)
}
`, [
    { operation: 'get_accounts', scopes: ['accounts:read'], range: 'c.hc.Do(req)', at: '26:2', detector: 'ir-http-request' },
    { operation: 'get_coupon', scopes: ['coupons:read'], range: 'c.hc.Do(req)', at: '31:2', detector: 'ir-http-request' },
  ]),
  row('a send wrapper in another package of the module takes the built request', {
    'go.mod': 'module example.com/kl\n\ngo 1.22\n',
    'common/api.go': `package common

import "net/http"

type HTTPClient interface {
	Do(req *http.Request) (*http.Response, error)
}

func RetrieveData(c HTTPClient, req *http.Request) ([]byte, error) {
	res, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	_ = res
	return nil, nil
}
`,
    'api/flows.go': `package api

import (
	"fmt"
	"net/http"

	"example.com/kl/common"
)

const BaseURL = "${A}"

type flowsAPI struct{ hc common.HTTPClient }

func (f *flowsAPI) Flow(id string) {
	url := fmt.Sprintf("%s/api/flows/%s/", BaseURL, id)
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	common.RetrieveData(f.hc, req)
}

func (f *flowsAPI) DeleteFlow(id string) {
	req, _ := http.NewRequest(http.MethodDelete, BaseURL+"/api/flows/"+id, nil)
	common.RetrieveData(f.hc, req)
}
`,
  }, [
    { operation: 'get_flow', file: 'api/flows.go', scopes: ['flows:read'], range: 'common.RetrieveData(f.hc, req)', at: '17:2' },
    { operation: 'delete_flow', file: 'api/flows.go', scopes: ['flows:write'], range: 'common.RetrieveData(f.hc, req)', at: '22:2' },
  ]),
  row('an endpoint for the retired API through a helper', CLIENT.replace('/api"', '"') + `
func (c *Client) Identify() { c.do("GET", "/api/identify") }
func (c *Client) Subscribe(list string) { c.do("POST", "/api/v2/list/"+list+"/subscribe") }
`, [
    { operation: null, kind: 'legacy', range: 'c.do("GET", "/api/identify")' },
    { operation: null, kind: 'legacy', range: 'c.do("POST", "/api/v2/list/"+list+"/subscribe")' },
  ]),
  row('a guarded helper keeps only the branch the arguments take', `package klaviyo

import (
	"net/http"
	"strings"
)

const base = "${A}/api"

func call(method, p string) {
	url := base + p
	if strings.HasPrefix(p, "http") {
		url = p
	}
	req, _ := http.NewRequest(method, url, nil)
	http.DefaultClient.Do(req)
}

func Next(link string) { call("GET", link) }
func Templates() { call("GET", "/templates") }
func Clone() { call("POST", "/template-clone") }
`, [
    { operation: null, confidence: 'unresolved', range: 'call("GET", link)' },
    { operation: 'get_templates', scopes: ['templates:read'], confidence: 'certain', range: 'call("GET", "/templates")' },
    { operation: 'clone_template', scopes: ['templates:write'], confidence: 'certain', range: 'call("POST", "/template-clone")' },
  ]),
  row('a resty client held in a struct, with the base set once', `package klaviyo

import "github.com/go-resty/resty/v2"

type Client struct{ r *resty.Client }

func New() *Client { return &Client{r: resty.New().SetBaseURL("${A}/api")} }

func (c *Client) get(p string) { c.r.R().Get(p) }
func (c *Client) post(p string, body any) { c.r.R().SetBody(body).Post(p) }

func (c *Client) Reviews() { c.get("/reviews") }
func (c *Client) Images(body any) { c.post("/images", body) }
func (c *Client) Forms() { c.get("/forms") }
`, [
    { operation: 'get_reviews', range: 'c.get("/reviews")' },
    { operation: 'upload_image_from_url', scopes: ['images:write'], range: 'c.post("/images", body)' },
    { operation: 'get_forms', scopes: ['forms:read'], range: 'c.get("/forms")' },
  ]),
  row('a stream table looked up by key gives one likely call per endpoint', `package klaviyo

import "net/http"

var streams = map[string]string{"profiles": "/profiles", "events": "/events"}

func get(p string) {
	req, _ := http.NewRequest("GET", "${A}/api"+p, nil)
	http.DefaultClient.Do(req)
}

func Harvest(stream string) { get(streams[stream]) }
`, [
    { operation: 'get_profiles', confidence: 'likely', range: 'get(streams[stream])' },
    { operation: 'get_events', confidence: 'likely', range: 'get(streams[stream])' },
  ]),
  row('per-resource services embed one service struct that builds requests on the client', `package klaviyo

import (
	"fmt"
	"net/http"
	"net/url"
)

const apiPrefix = "api"

type Client struct {
	base *url.URL
	hc   *http.Client
}

type service struct{ client *Client }

type ListsService struct{ service }

func NewClient() *Client {
	u, _ := url.Parse("${A}")
	c := &Client{base: u, hc: http.DefaultClient}
	return c
}

func (s *service) newRequest(method, p string) (*http.Request, error) {
	rel, _ := url.Parse(p)
	return http.NewRequest(method, s.client.base.ResolveReference(rel).String(), nil)
}

func (c *Client) Do(req *http.Request) (*http.Response, error) { return c.hc.Do(req) }

func (s *ListsService) Get(id string) {
	req, _ := s.newRequest("GET", fmt.Sprintf("%s/lists/%s", apiPrefix, id))
	s.client.Do(req)
}

func (s *ListsService) Create() {
	req, _ := s.newRequest("POST", fmt.Sprintf("%s/lists", apiPrefix))
	s.client.Do(req)
}

func (s *ListsService) Update(id string) {
	req, _ := s.newRequest("PATCH", fmt.Sprintf("%s/lists/%s", apiPrefix, id))
	s.client.Do(req)
}

func (s *ListsService) Delete(id string) {
	req, _ := s.newRequest("DELETE", fmt.Sprintf("%s/lists/%s", apiPrefix, id))
	s.client.Do(req)
}
`, [
    { operation: 'get_list', scopes: ['lists:read'], range: 's.client.Do(req)', at: '35:2' },
    { operation: 'create_list', scopes: ['lists:write'], range: 's.client.Do(req)', at: '40:2' },
    { operation: 'update_list', scopes: ['lists:write'], range: 's.client.Do(req)', at: '45:2' },
    { operation: 'delete_list', scopes: ['lists:write'], range: 's.client.Do(req)', at: '50:2' },
  ]),
  row('Sprintf with the query string after ?, the field copied from a base constant', `package klaviyo

import (
	"fmt"
	"net/http"
)

const BaseURL = "${A}"

type api struct {
	base string
	hc   *http.Client
}

func newAPI(hc *http.Client) *api { return &api{base: BaseURL, hc: hc} }

func (a *api) Campaigns(q string) {
	url := fmt.Sprintf("%s/api/campaigns/?%s", a.base, q)
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	a.hc.Do(req)
}

func (a *api) Campaign(id, q string) {
	url := fmt.Sprintf("%s/api/campaigns/%s/?%s", a.base, id, q)
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	a.hc.Do(req)
}
`, [
    { operation: 'get_campaigns', scopes: ['campaigns:read'], range: 'a.hc.Do(req)', at: '20:2' },
    { operation: 'get_campaign', scopes: ['campaigns:read'], range: 'a.hc.Do(req)', at: '26:2' },
  ]),
  row('resty Put, Patch and Delete on a shared client', `package klaviyo

import "github.com/go-resty/resty/v2"

var rc = resty.New().SetBaseURL("${A}/api")

func Sync(id string, body any) {
	rc.R().SetBody(body).Patch("/catalog-items/" + id)
	rc.R().Delete("/catalog-variants/" + id)
	rc.R().SetBody(body).Post("/back-in-stock-subscriptions")
}
`, [
    { operation: 'update_catalog_item', range: 'rc.R().SetBody(body).Patch("/catalog-items/" + id)', detector: 'ir-http-request' },
    { operation: 'delete_catalog_variant', range: 'rc.R().Delete("/catalog-variants/" + id)', detector: 'ir-http-request' },
    { operation: 'create_back_in_stock_subscription', range: 'rc.R().SetBody(body).Post("/back-in-stock-subscriptions")', detector: 'ir-http-request' },
  ]),
  row('a send wrapper taking an http.Request, called from two functions', `package klaviyo

import "net/http"

func send(hc *http.Client, req *http.Request) error {
	_, err := hc.Do(req)
	return err
}

func Webhooks(hc *http.Client) error {
	req, _ := http.NewRequest("GET", "${A}/api/webhooks", nil)
	return send(hc, req)
}

func Topics(hc *http.Client) error {
	req, _ := http.NewRequest("GET", "${A}/api/webhook-topics", nil)
	return send(hc, req)
}
`, [
    { operation: 'get_webhooks', scopes: ['webhooks:read'], range: 'send(hc, req)', at: '12:9' },
    { operation: 'get_webhook_topics', scopes: ['webhooks:read'], range: 'send(hc, req)', at: '17:9' },
  ]),
  none('a helper whose callers pass another host', `package klaviyo

import "net/http"

func fetch(u string) {
	req, _ := http.NewRequest("GET", u, nil)
	http.DefaultClient.Do(req)
}

func Status() { fetch("https://status.example.com/api/lists") }
`),
  row('callers of a fixed-endpoint wrapper are not calls: the wrapper reports once', `package klaviyo

import "net/http"

func Lists() { http.Get("${A}/api/lists") }

func sync() { Lists(); Lists() }
`, [{ operation: 'get_lists', range: `http.Get("${A}/api/lists")`, detector: 'ir-http-request' }]),
  none('a function named do that is not a request helper', `package klaviyo

func do(method, path string) string { return method + path }

func X() { do("GET", "/profiles") }
`),
];
