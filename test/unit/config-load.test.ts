import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadKeyConfig, type ConfigLoadResult, type LoadOptions } from '../../server/src/core/config/load';

const lines = (...l: string[]) => l.join('\n');
const SECRET = 'pk_0123456789abcdef0123456789abcdef01';

/** Every message and data payload, for checking that no secret leaks. */
function everything(r: ConfigLoadResult): string {
  return r.problems.map((p) => `${p.message} ${JSON.stringify(p.data ?? {})}`).join('\n');
}

describe('loadKeyConfig: valid configs', () => {
  it('accepts comments and trailing commas', () => {
    const text = lines(
      '// Keys of the shop',
      '{',
      '  /* the storefront key */',
      '  "keys": [',
      '    {',
      '      "name": "storefront", // unique',
      '      "scopes": ["profiles:write", "lists:write", "subscriptions:write",],',
      '      "files": ["apps/storefront/**",],',
      '      "env": ["KLAVIYO_STOREFRONT_KEY"],',
      '    },',
      '  ],',
      '  "ignore": ["**/fixtures/**"],',
      '}',
    );
    const r = loadKeyConfig(text);
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config, {
      keys: [{ name: 'storefront', scopes: ['lists:write', 'profiles:write', 'subscriptions:write'], files: ['apps/storefront/**'], env: ['KLAVIYO_STOREFRONT_KEY'] }],
      ignore: ['**/fixtures/**'],
    });
    assert.deepEqual(r.scopeNodes.map((n) => text.slice(n.range.start, n.range.end)), ['"profiles:write"', '"lists:write"', '"subscriptions:write"']);
    assert.deepEqual(r.keyNodes.map((k) => ({ name: k.name, loaded: k.loaded, name2: k.nameRange && text.slice(k.nameRange.start, k.nameRange.end) })), [{ name: 'storefront', loaded: true, name2: '"storefront"' }]);
    const arr = r.keyNodes[0].scopesArrayRange!;
    assert.match(text.slice(arr.start, arr.end), /^\["profiles:write".*,\]$/);
  });

  it('accepts a single key without files or env, and $schema', () => {
    const r = loadKeyConfig('{ "$schema": "./schemas/klaviyo-keys.schema.json", "keys": [{ "name": "server", "scopes": ["events:write"] }] }');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config, { $schema: './schemas/klaviyo-keys.schema.json', keys: [{ name: 'server', scopes: ['events:write'] }] });
  });

  it('accepts several keys and keeps their order', () => {
    const r = loadKeyConfig(JSON.stringify({
      keys: [
        { name: 'b', scopes: ['lists:read'], files: ['apps/b/**', '!apps/b/legacy/**'] },
        { name: 'a', scopes: ['data-privacy:write', 'profiles:read'], env: ['A_KEY', '_OTHER'] },
      ],
    }));
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.config?.keys.map((k) => k.name), ['b', 'a']);
    assert.deepEqual(r.keyNodes.map((k) => k.index), [0, 1]);
  });

  it('stores old spellings in today\'s spelling, sorted and deduplicated', () => {
    const r = loadKeyConfig('{"keys":[{"name":"k","scopes":["Lists Read","profiles:read","lists:read"]}]}');
    assert.deepEqual(r.config?.keys[0].scopes, ['lists:read', 'profiles:read']);
    assert.deepEqual(r.problems.map((p) => p.code), ['deprecated-scope', 'invalid-config']);
    assert.deepEqual(r.scopeNodes.map((n) => [n.scope, n.normalized]), [['Lists Read', 'lists:read'], ['profiles:read', 'profiles:read'], ['lists:read', 'lists:read']]);
  });

  it('asks globMatchesAny about positive globs only, telling files from ignore', () => {
    const asked: [string, boolean][] = [];
    loadKeyConfig('{"keys":[{"name":"k","scopes":["lists:read"],"files":["a/**","!a/b/**"]}],"ignore":["x/**"]}', {
      globMatchesAny: (g, keyFiles) => (asked.push([g, keyFiles]), true),
    });
    assert.deepEqual(asked, [['a/**', true], ['x/**', false]]);
  });
});

interface InvalidCase {
  name: string;
  text: string;
  code: string;
  severity?: 'error' | 'warning';
  message: string;
  at: [number, number];
  opts?: LoadOptions;
  /** Names of the keys that survive; undefined: config must be null. */
  loaded?: string[];
}

const key3 = (inner: string) => lines('{', '  "keys": [', `    ${inner}`, '  ]', '}');
const scopes5 = (scopes: string) => lines('{', '  "keys": [', '    {', '      "name": "storefront",', `      "scopes": ${scopes}`, '    }', '  ]', '}');
const WEB = '{ "name": "web", "scopes": ["profiles:read"], ';

const invalid: InvalidCase[] = [
  { name: 'missing comma', text: key3('{ "name": "a" "scopes": [] }'), code: 'invalid-config', message: 'Invalid JSON: Expected ","', at: [3, 19] },
  { name: 'unterminated string', text: '{\n  "keys": [{ "name": "abc', code: 'invalid-config', message: 'Invalid JSON: Unterminated string', at: [2, 22] },
  { name: 'unquoted property name', text: '{ keys: [] }', code: 'invalid-config', message: 'Invalid JSON: Unexpected character', at: [1, 3] },
  { name: 'empty file', text: '', code: 'invalid-config', message: 'is empty', at: [1, 1] },
  { name: 'root is an array', text: '[\n  { "name": "a" }\n]', code: 'invalid-config', message: 'must contain an object such as { "keys": [...] }, not an array', at: [1, 1] },
  { name: 'missing keys', text: '{\n  "ignore": []\n}', code: 'invalid-config', message: 'Missing required property "keys"', at: [1, 1] },
  { name: 'keys is an object', text: '{ "keys": {} }', code: 'invalid-config', message: '"keys" must be an array, not an object', at: [1, 11] },
  { name: 'keys is null', text: '{ "keys": null }', code: 'invalid-config', message: '"keys" must be an array, not null', at: [1, 11] },
  { name: 'key is a string', text: '{\n  "keys": ["storefront"]\n}', code: 'invalid-config', message: 'Each entry of "keys" must be an object with "name" and "scopes", not a string', at: [2, 12], loaded: [] },
  { name: 'key without scopes', text: key3('{ "name": "storefront" }'), code: 'invalid-config', message: 'Missing required property "scopes" in key "storefront"', at: [3, 5], loaded: [] },
  { name: 'blank name', text: key3('{ "name": "  ", "scopes": ["profiles:read"] }'), code: 'invalid-config', message: '"name" in keys[0]: A key name must not be empty', at: [3, 15], loaded: [] },
  { name: 'name is a number', text: key3('{ "name": 5, "scopes": ["profiles:read"] }'), code: 'invalid-config', message: '"name" in keys[0] must be a string, not a number', at: [3, 15], loaded: [] },
  { name: 'scopes is a string', text: key3('{ "name": "a", "scopes": "profiles:read" }'), code: 'invalid-config', message: '"scopes" in key "a" must be an array, not a string', at: [3, 30], loaded: [] },
  { name: 'scope is a number', text: key3('{ "name": "a", "scopes": [42] }'), code: 'invalid-config', message: 'Entry 1 of "scopes" in key "a" must be a string, not a number', at: [3, 31], loaded: [] },
  { name: 'unknown scope', text: scopes5('["profiles:read", "lsts:write"]'), code: 'unknown-scope', message: 'Unknown scope "lsts:write". Did you mean "lists:write"?', at: [5, 35], loaded: ['storefront'] },
  { name: 'unknown scope, CR line ends', text: scopes5('["profiles:read", "lsts:write"]').replace(/\n/g, '\r'), code: 'unknown-scope', message: 'Did you mean "lists:write"?', at: [5, 35], loaded: ['storefront'] },
  { name: 'unknown scope, CRLF line ends', text: scopes5('["profiles:read", "lsts:write"]').replace(/\n/g, '\r\n'), code: 'unknown-scope', message: 'Did you mean "lists:write"?', at: [5, 35], loaded: ['storefront'] },
  { name: 'read scope of a write-only resource', text: scopes5('["profiles:read", "data-privacy:read"]'), code: 'unknown-scope', message: 'only "data-privacy:write"', at: [5, 35], loaded: ['storefront'] },
  { name: 'old spelling', text: scopes5('["profiles:read", "List Read"]'), code: 'deprecated-scope', severity: 'warning', message: '"List Read" is an old spelling of "lists:read"', at: [5, 35], loaded: ['storefront'] },
  { name: 'duplicate scope', text: scopes5('["profiles:read", "profiles:read"]'), code: 'invalid-config', severity: 'warning', message: 'Scope "profiles:read" is listed twice in key "storefront"', at: [5, 35], loaded: ['storefront'] },
  { name: 'empty scopes', text: key3('{ "name": "web", "scopes": [] }'), code: 'invalid-config', severity: 'warning', message: 'Key "web" has no scopes', at: [3, 32], loaded: ['web'] },
  { name: 'duplicate key name', text: lines('{', '  "keys": [', '    { "name": "web", "scopes": ["profiles:read"] },', '    { "name": "web", "scopes": ["lists:read"] }', '  ]', '}'), code: 'duplicate-key', message: 'Duplicate key name "web"', at: [4, 15], loaded: ['web'] },
  { name: 'private key in env', text: key3(`${WEB}"env": ["${SECRET}"] }`), code: 'secret-in-config', message: 'looks like a Klaviyo private API key (pk_…ef01)', at: [3, 60], loaded: [] },
  { name: 'private key in a comment', text: `// key: ${SECRET}\n{ "keys": [] }`, code: 'secret-in-config', message: 'revoke this key', at: [1, 9], loaded: [] },
  { name: 'invalid glob syntax', text: key3(`${WEB}"files": ["apps/[web/**"] }`), code: 'invalid-config', message: 'Invalid glob: Missing closing: "]"', at: [3, 61], loaded: [] },
  { name: 'backslashes in a glob', text: key3(`${WEB}"files": ["apps\\\\web\\\\**"] }`), code: 'invalid-config', message: 'Use "/" as the path separator', at: [3, 61], loaded: [] },
  { name: 'glob leaving the folder', text: key3(`${WEB}"files": ["../shared/**"] }`), code: 'invalid-config', message: 'cannot reach outside the folder', at: [3, 61], loaded: [] },
  { name: 'glob matching nothing', text: key3(`${WEB}"files": ["apps/web/**"] }`), opts: { globMatchesAny: () => false }, code: 'unmatched-glob', severity: 'warning', message: 'No file matches "apps/web/**" (key "web")', at: [3, 61], loaded: ['web'] },
  { name: 'absolute ignore glob', text: '{ "keys": [], "ignore": ["/abs/**"] }', code: 'invalid-config', message: 'Globs are relative to the folder of klaviyo.keys.json', at: [1, 26], loaded: [] },
  { name: 'invalid env name', text: key3(`${WEB}"env": ["KLAVIYO-KEY"] }`), code: 'invalid-config', message: 'Entry 1 of "env" in key "web": An environment variable name consists of letters', at: [3, 59], loaded: [] },
  { name: 'env var claimed by two keys', text: lines('{', '  "keys": [', '    { "name": "a", "scopes": [], "env": ["KEY"] },', '    { "name": "b", "scopes": [], "env": ["KEY"] }', '  ]', '}'), code: 'invalid-config', severity: 'warning', message: '"KEY" is also listed under key "a"', at: [4, 42], loaded: ['a', 'b'] },
  { name: 'unknown root property', text: '{\n  "key": [],\n  "keys": []\n}', code: 'invalid-config', message: 'Unknown property "key". Did you mean "keys"?', at: [2, 3], loaded: [] },
  { name: 'unknown key property', text: key3('{ "name": "web", "scope": ["profiles:read"] }'), code: 'invalid-config', message: 'Unknown property "scope" in key "web". Did you mean "scopes"?', at: [3, 22], loaded: [] },
  { name: 'duplicate property', text: '{ "keys": [], "keys": [] }', code: 'invalid-config', message: 'Property "keys" appears twice', at: [1, 15], loaded: [] },
  { name: '$schema is a number', text: '{ "$schema": 5, "keys": [] }', code: 'invalid-config', message: '"$schema" must be a string, not a number', at: [1, 14], loaded: [] },
  { name: 'columns count UTF-16 units', text: '{ /* 😀 */ "keys": 5 }', code: 'invalid-config', message: '"keys" must be an array, not a number', at: [1, 20] },
];

describe('loadKeyConfig: invalid configs', () => {
  for (const c of invalid) {
    it(c.name, () => {
      const r = loadKeyConfig(c.text, c.opts);
      const p = r.problems.find((x) => x.code === c.code && x.message.includes(c.message));
      assert.ok(p, `no ${c.code} problem containing ${JSON.stringify(c.message)} in:\n${r.problems.map((x) => `${x.line}:${x.column} ${x.code} ${x.message}`).join('\n')}`);
      assert.equal(p.severity, c.severity ?? 'error');
      assert.deepEqual([p.line, p.column], c.at);
      if (c.loaded === undefined) assert.equal(r.config, null);
      else assert.deepEqual(r.config?.keys.map((k) => k.name), c.loaded);
    });
  }

  it('gives quick fixes what they need', () => {
    const unknown = loadKeyConfig(scopes5('["lsts:write"]')).problems[0];
    assert.deepEqual(unknown.data, { scope: 'lsts:write', keyName: 'storefront', suggestion: 'lists:write' });
    const old = loadKeyConfig(scopes5('["template:write"]')).problems[0];
    assert.deepEqual(old.data, { scope: 'template:write', normalized: 'templates:write', keyName: 'storefront' });
  });

  it('drops only the bad key and keeps the others', () => {
    const r = loadKeyConfig(JSON.stringify({ keys: [{ name: 'a', scopes: ['lists:read'] }, { name: 'b', scopes: 'x' }, { name: 'c', scopes: ['nope:read', 'events:write'] }] }));
    assert.deepEqual(r.config?.keys, [{ name: 'a', scopes: ['lists:read'] }, { name: 'c', scopes: ['events:write'] }]);
    assert.deepEqual(r.keyNodes.map((k) => [k.name, k.loaded]), [['a', true], ['b', false], ['c', true]]);
  });
});

describe('loadKeyConfig: secrets', () => {
  const places = [
    `{ "keys": [{ "name": "${SECRET}", "scopes": ["lists:read"] }] }`,
    `{ "keys": [{ "name": "${SECRET}", "scopes": ["nope:read", "List Read"], "files": ["[bad"] }] }`,
    `{ "keys": [{ "name": "a", "scopes": ["${SECRET}"] }] }`,
    `{ "keys": [{ "name": "a", "scopes": ["lists:read"], "files": ["${SECRET}/**"] }] }`,
    `{ "keys": [{ "name": "a", "scopes": ["lists:read"], "env": ["KLAVIYO_KEY=${SECRET}"] }] }`,
    `{ "keys": [], "ignore": ["${SECRET}"] }`,
    `{ "$schema": "https://x/${SECRET}", "keys": [] }`,
    `{ "${SECRET}": 1, "keys": [] }`,
    `{ "keys": [ /* ${SECRET.toUpperCase()} */ ] }`,
    `{ "keys": [{ "name": "a", "scopes": ["Klaviyo-API-Key ${SECRET}"`,
  ];
  for (const [i, text] of places.entries()) {
    it(`reports a key without repeating it (${i})`, () => {
      const r = loadKeyConfig(text);
      const secrets = r.problems.filter((p) => p.code === 'secret-in-config');
      assert.equal(secrets.length, 1);
      const all = everything(r);
      assert.ok(!all.includes(SECRET) && !all.toLowerCase().includes(SECRET.slice(3, 20)), all);
      assert.ok(!JSON.stringify([r.config, r.keyNodes, r.scopeNodes]).includes(SECRET), 'a leaked key is not passed on as data');
    });
  }
});

describe('loadKeyConfig: never throws', () => {
  const deep = '['.repeat(5000) + ']'.repeat(5000);
  const odd: unknown[] = [
    '', ' ', '\n\n', 'null', 'true', '0', '-1e999', '"str"', '[]', '{}', '{"keys": null}', '{"keys": [null]}', '{"keys": [[]]}',
    '{"keys": [{}]}', '{"keys": [{"name": null, "scopes": null, "files": null, "env": null}]}', '{"keys": {"0": {}}}',
    '{"keys": [{"name": "a", "scopes": [null, 1, {}, [], true]}]}', '{"keys": [{"name": "a", "scopes": [], "files": [1, null]}]}',
    '{"keys": [], "ignore": null}', '{"keys": [], "ignore": [null, 5, "**"]}', '{"__proto__": {"keys": 1}, "keys": []}',
    '{"keys": [{"name": "constructor", "scopes": ["toString"]}]}', deep, `{"keys": [${'{"name":"a","scopes":[]},'.repeat(2000)}]}`,
    `{"keys": [{"name": "${'x'.repeat(200_000)}", "scopes": ["${'y:'.repeat(50_000)}"]}]}`, '\u0000', '{"keys": [\u0000]}',
    '{"keys": [{"name": "a\u0000b", "scopes": ["lists:read\u0000"]}]}', '\uFEFF{"keys": []}', '\uD800', '{"keys": [{"name": "\uDFFF", "scopes": []}]}',
    '/*', '//', '{"keys": [/*', '{"keys": [{"name": "a", "scopes": ["lists:read"]}], }', ']]]}}}', '{"a":'.repeat(3000),
    'pk_', `pk_${'a'.repeat(100_000)}`, undefined, null, 42, {}, ['{}'],
  ];
  it(`survives ${odd.length} odd inputs with well-formed results`, () => {
    for (const input of odd) {
      let r: ConfigLoadResult | undefined;
      assert.doesNotThrow(() => {
        r = loadKeyConfig(input as string, { uri: 'file:///x/klaviyo.keys.json', globMatchesAny: () => { throw new Error('fs'); } });
      }, String(input).slice(0, 40));
      assert.ok(r && Array.isArray(r.problems) && Array.isArray(r.scopeNodes) && Array.isArray(r.keyNodes));
      const len = typeof input === 'string' ? input.length : 0;
      for (const p of r.problems) {
        assert.ok(p.line >= 1 && p.column >= 1 && p.range.start <= p.range.end && p.range.end <= len, `${JSON.stringify(p)} for ${String(input).slice(0, 40)}`);
      }
    }
  });
});
