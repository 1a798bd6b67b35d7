// The language server on Go, Java and C# documents: a call found in each (a helper call in Go,
// a RestTemplate call in Java, an HttpClient call in C#) gets its missing-scope diagnostic at
// the call and a hover naming the operation; an edit re-analyzes the document with its peers.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-protocol';
import { startSession, type Session } from './harness';
import { A, positionIn, rangeOf, removeWorkspaces, workspace } from './workspaces';

const CONFIG = `{ "keys": [{ "name": "svc", "scopes": ["lists:read"] }] }\n`;

const GO_CLIENT = `package klaviyo

import "net/http"

const base = "${A}/api"

type Client struct{ hc *http.Client }

func (c *Client) do(method, path string) (*http.Response, error) {
	req, err := http.NewRequest(method, base+path, nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}
`;
const GO_CALL = 'c.do("POST", "/events")';
const GO_EVENTS = `package klaviyo

func (c *Client) Track() { ${GO_CALL} }
`;
const JAVA_CALL = `rest.getForObject("${A}/api/segments", String.class)`;
const JAVA = `package com.acme;

public class KlaviyoReports {
  private final RestTemplate rest = new RestTemplate();
  public String segments() { return ${JAVA_CALL}; }
}
`;
const CS_CALL = `_http.DeleteAsync($"${A}/api/flows/{id}")`;
const CS = `namespace Acme;

public class KlaviyoFlows
{
    private readonly HttpClient _http = new HttpClient();
    public Task Drop(string id) => ${CS_CALL};
}
`;

const markdown = (h: Hover | null): string => {
  assert.ok(h, 'a hover');
  return (h.contents as { value: string }).value;
};

describe('language server on Go, Java and C# documents', () => {
  let s: Session;
  let dir: string;
  const f = (rel: string): string => path.join(dir, rel);
  before(async () => {
    dir = workspace({ 'klaviyo.keys.json': CONFIG, 'svc/klaviyo/client.go': GO_CLIENT, 'svc/klaviyo/events.go': GO_EVENTS, 'svc/KlaviyoReports.java': JAVA, 'svc/KlaviyoFlows.cs': CS });
    s = await startSession([dir]);
    await s.scanned;
    await s.open(f('svc/klaviyo/events.go'), GO_EVENTS, 'go');
    await s.open(f('svc/KlaviyoReports.java'), JAVA, 'java');
    await s.open(f('svc/KlaviyoFlows.cs'), CS, 'csharp');
  });
  after(() => {
    s.dispose();
    removeWorkspaces();
  });

  for (const [lang, file, text, call, op, scopes] of [
    ['Go', 'svc/klaviyo/events.go', GO_EVENTS, GO_CALL, 'create_event', ['events:write']],
    ['Java', 'svc/KlaviyoReports.java', JAVA, JAVA_CALL, 'get_segments', ['segments:read']],
    ['C#', 'svc/KlaviyoFlows.cs', CS, CS_CALL, 'delete_flow', ['flows:write']],
  ] as const) {
    it(`${lang}: missing-scope at the call with the key and scopes as data, and a hover naming ${op}`, async () => {
      const diags = (await s.diagnostics(f(file))).filter((d) => d.code === 'missing-scope');
      assert.equal(diags.length, 1, JSON.stringify(diags));
      assert.deepEqual(diags[0].range, rangeOf(text, call));
      assert.deepEqual(diags[0].data, { configPath: f('klaviyo.keys.json'), key: 'svc', keyIndex: 0, scopes: [...scopes] });
      assert.match(markdown(await s.hover(f(file), positionIn(text, call, 2))), new RegExp(op));
    });
  }

  it('Go: an edit to a file of the package is analyzed with the helper from its other file', async () => {
    const edited = GO_EVENTS.replace(GO_CALL, 'c.do("GET", "/lists")');
    await s.change(f('svc/klaviyo/events.go'), edited);
    const diags = (await s.diagnostics(f('svc/klaviyo/events.go'))).filter((d) => d.code === 'missing-scope');
    assert.deepEqual(diags, [], 'get_lists is granted');
    const hover = markdown(await s.hover(f('svc/klaviyo/events.go'), positionIn(edited, 'c.do("GET"', 2)));
    assert.match(hover, /get_lists/);
  });
});
