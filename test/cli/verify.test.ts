// `klaviyo-scopes verify` against a local stand-in of Klaviyo's API on 127.0.0.1: answers shaped
// by the beta spec's GetApiKeyResponseCollection, pagination, 401/403/429/500, malformed JSON, a
// hung connection, and a next link to another host. The key never shows beyond pk_… and 4 chars.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { jsonVerifySchema } from '../../server/src/cli/json-contract';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
const KEY = (scenario: string) => `pk_${scenario}Z0123456789abcdef0123456789`;
const A = 'https://a.klaviyo.com';

const APP = [
  `const h = { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_WEB_KEY}\` };`,
  `await fetch('${A}/api/lists', { method: 'POST', headers: h });`,
  `await fetch('${A}/api/profiles', { headers: h });`,
  `const j = { Authorization: \`Klaviyo-API-Key \${process.env.KLAVIYO_JOBS_KEY}\` };`,
  `await fetch('${A}/api/segments', { headers: j });`,
  '',
].join('\n');
const CONFIG = JSON.stringify({
  keys: [
    { name: 'web', scopes: ['lists:write', 'profiles:read'], env: ['KLAVIYO_WEB_KEY'] },
    { name: 'jobs', scopes: ['segments:read'], env: ['KLAVIYO_JOBS_KEY'], klaviyoKeyId: '01JOBS' },
    { name: 'gone', scopes: ['events:read'], env: ['KLAVIYO_GONE_KEY'] },
  ],
}, null, 2);

const liveKey = (id: string, name: string, scopes: string[], status = 'active') => ({
  type: 'api-key', id, attributes: { name, status, scopes, created: '2025-01-01T00:00:00+00:00', redacted_key: `pk_****${id.slice(-4)}` },
});

let server: http.Server;
let origin = '';
const seen: { url: string; revision?: string; auth: string }[] = [];
let root = '';

before(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'klaviyo-scopes-verify-'));
  fs.mkdirSync(path.join(root, 'src'));
  fs.writeFileSync(path.join(root, 'src/app.ts'), APP);
  fs.writeFileSync(path.join(root, 'klaviyo.keys.json'), CONFIG);
  let throttled = false;
  server = http.createServer((req, res) => {
    const auth = req.headers.authorization ?? '';
    seen.push({ url: req.url ?? '', revision: req.headers.revision as string | undefined, auth });
    const scenario = /pk_([a-z]+)Z/.exec(auth)?.[1] ?? '';
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/vnd.api+json', ...headers });
      res.end(typeof body === 'string' ? body : JSON.stringify(body));
    };
    if (scenario === 'hang') return; // never answers
    if (scenario === 'denied') return json(401, { errors: [{ status: 401, detail: 'Incorrect authentication credentials.' }] });
    if (scenario === 'noscope') return json(403, { errors: [{ status: 403, detail: 'You do not have permission.' }] });
    if (scenario === 'broken') return json(500, { errors: [{ status: 500, detail: `boom ${auth}` }] });
    if (scenario === 'garbage') return json(200, '{"data": [');
    if (scenario === 'elsewhere') return json(200, { data: [], links: { self: `${origin}/api/api-keys`, next: 'https://evil.example/api/api-keys?page=2' } });
    if (scenario === 'slow' && !throttled) {
      throttled = true;
      return json(429, { errors: [] }, { 'retry-after': '0' });
    }
    if ((req.url ?? '').includes('page%5Bcursor%5D=2') || (req.url ?? '').includes('page[cursor]=2')) {
      return json(200, { data: [liveKey('01JOBS', 'nightly jobs', ['segments:read'], 'disabled'), liveKey('01OLD0', 'old admin', ['accounts:read'])], links: { self: `${origin}/api/api-keys` } });
    }
    return json(200, {
      data: [liveKey('01WEB0', 'web', ['campaigns:read', 'lists:read', 'lists:write', 'profiles:write'])],
      links: { self: `${origin}/api/api-keys`, next: `${origin}/api/api-keys?additional-fields%5Bapi-key%5D=redacted_key&page%5Bcursor%5D=2` },
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
  fs.rmSync(root, { recursive: true, force: true });
});

/** Runs the CLI without blocking this process (the stand-in answers from this event loop). */
function verify(args: string[], env: Record<string, string | undefined>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, 'verify', ...args], { cwd: root, env: { PATH: process.env.PATH, NO_COLOR: '1', KLAVIYO_SCOPES_API_ORIGIN: origin, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const neverShows = (key: string, ...texts: string[]) => {
  for (const t of texts) assert.ok(!t.includes(key.slice(3, 20)), `the key shows in: ${t}`);
};

describe('verify against a local stand-in of the api-keys endpoint', () => {
  it('reads every page, matches by klaviyoKeyId and by name, and reports missing, excess, disabled, unclaimed and absent keys', async () => {
    const key = KEY('ok');
    const r = await verify(['--format', 'json'], { KLAVIYO_API_KEY: key });
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.ok(jsonVerifySchema.safeParse(report).success, 'follows the versioned contract');
    assert.equal(report.command, 'verify');
    const byName = Object.fromEntries(report.keys.map((k: { name: string }) => [k.name, k]));
    assert.equal(byName.web.matchedBy, 'name');
    assert.deepEqual(byName.web.missing, [], 'profiles:write on the live key grants profiles:read');
    assert.deepEqual(byName.web.excess, ['campaigns:read', 'profiles:write']);
    assert.equal(byName.jobs.matchedBy, 'id');
    assert.equal(byName.jobs.disabled, true);
    assert.equal(byName.gone.live, null);
    assert.deepEqual(report.unclaimed.map((k: { id: string }) => k.id), ['01OLD0']);
    assert.equal(report.ok, false, 'a disabled key the config uses fails');
    // Both pages, with the beta revision and the key only in the Authorization header.
    const mine = seen.filter((s) => s.auth.includes(key));
    assert.equal(mine.length, 2);
    assert.ok(mine.every((s) => s.revision === '2026-07-15.pre' && s.auth === `Klaviyo-API-Key ${key}` && !s.url.includes(key.slice(3))));
    assert.match(mine[0].url, /^\/api\/api-keys\?additional-fields\[api-key\]=redacted_key$/);
    neverShows(key, r.stdout, r.stderr);
  });

  it('text: each key, the live key it matched, the verdict and the Create Key link of a key to replace', async () => {
    const r = await verify([], { KLAVIYO_API_KEY: KEY('ok') });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /key "web" · klaviyo\.keys\.json · live key 01WEB0 pk_\*\*\*\*WEB0, active, matched by name/);
    assert.match(r.stdout, /! +campaigns:read +excess: no call needs it/);
    assert.match(r.stdout, /key "gone"[^\n]*\n +! no live key in the account has this name/);
    assert.match(r.stdout, /✗ +disabled +the live key is disabled/);
    assert.match(r.stdout, /Live keys no entry in klaviyo\.keys\.json claims\n +i +01OLD0 +"old admin" +active +1 scope/);
    assert.match(r.stdout, /Replace "web": create a new key with Lists: Full · Profiles: Read[^\n]*\n +https:\/\/www\.klaviyo\.com\/create-private-api-key\?scopes=lists:read,lists:write,profiles:read\n/);
  });

  it('sarif, github and markdown put the findings on the key entries of klaviyo.keys.json', async () => {
    const sarif = JSON.parse((await verify(['-f', 'sarif'], { KLAVIYO_API_KEY: KEY('ok') })).stdout);
    const results = sarif.runs[0].results as { ruleId: string; locations?: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[];
    assert.deepEqual(results.map((x) => x.ruleId).sort(), ['live-key-disabled', 'live-key-excess-scope', 'live-key-excess-scope', 'live-key-not-found', 'live-key-unclaimed']);
    const disabled = results.find((x) => x.ruleId === 'live-key-disabled');
    assert.equal(disabled?.locations?.[0].physicalLocation.artifactLocation.uri, 'klaviyo.keys.json');
    assert.equal(disabled?.locations?.[0].physicalLocation.region.startLine, CONFIG.split('\n').findIndex((l) => l.includes('"jobs"')));
    const github = (await verify(['-f', 'github'], { KLAVIYO_API_KEY: KEY('ok') })).stdout;
    assert.match(github, /^::error file=klaviyo\.keys\.json,line=\d+,col=\d+,title=klaviyo-scopes%3A live-key-disabled::/m);
    const md = (await verify(['-f', 'markdown'], { KLAVIYO_API_KEY: KEY('ok') })).stdout;
    assert.match(md, /\| `jobs` \(`klaviyo\.keys\.json`\) \| `01JOBS` disabled ❌ \| – \| – \|/);
  });

  it('waits out a 429 (Retry-After) and then succeeds', async () => {
    const r = await verify(['-f', 'json'], { KLAVIYO_API_KEY: KEY('slow') });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(JSON.parse(r.stdout).keys.length, 3);
  });

  const failures: [string, RegExp, Record<string, string>?][] = [
    ['denied', /rejected the key \(401\)/],
    ['noscope', /needs the credentials:read scope/],
    ['broken', /answered 500: boom Klaviyo-API-Key pk_…/],
    ['garbage', /not JSON/],
    ['elsewhere', /refusing to follow a next link to another host \(https:\/\/evil\.example\)/],
    ['hang', /did not answer within 0\.3 s/, { KLAVIYO_SCOPES_API_TIMEOUT_MS: '300' }],
  ];
  for (const [scenario, message, env] of failures) {
    it(`${scenario}: exit 2 with the reason, and the key never whole`, async () => {
      const key = KEY(scenario);
      const r = await verify([], { KLAVIYO_API_KEY: key, ...env });
      assert.equal(r.code, 2, r.stdout + r.stderr);
      assert.match(r.stderr, message);
      assert.match(r.stderr, new RegExp(`with pk_…${key.slice(-4)}:`));
      neverShows(key, r.stdout, r.stderr);
    });
  }

  it('refuses without a key in the environment, with a key-shaped --key-env, and a non-loopback origin override', async () => {
    const none = await verify([], {});
    assert.equal(none.code, 2);
    assert.match(none.stderr, /set KLAVIYO_API_KEY to a private key with credentials:read/);
    const named = await verify(['--key-env', 'ADMIN_KEY'], { ADMIN_KEY: KEY('ok') });
    assert.equal(named.code, 1, named.stderr);
    const asValue = await verify(['--key-env', KEY('ok')], {});
    assert.match(asValue.stderr, /--key-env takes the name of an environment variable, not a key/);
    neverShows(KEY('ok'), asValue.stderr);
    const remote = await verify([], { KLAVIYO_API_KEY: KEY('ok'), KLAVIYO_SCOPES_API_ORIGIN: 'https://evil.example' });
    assert.equal(remote.code, 2);
    assert.match(remote.stderr, /KLAVIYO_SCOPES_API_ORIGIN is for tests: only http\(s\):\/\/127\.0\.0\.1/);
  });
});
