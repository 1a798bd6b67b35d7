import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCalls } from '../../server/src/core/check';
import { loadKeyConfig } from '../../server/src/core/config/load';
import type { LoadedConfig, ScanResult } from '../../server/src/core/engine/workspace';
import { checklistLines, formatConfigText, generateConfigs, mergeIntoConfigText } from '../../server/src/core/generate';
import type { Call } from '../../server/src/core/model';

const lines = (...l: string[]) => l.join('\n') + '\n';

function call(file: string, scopes: string[], extra: Partial<Call> = {}): Call {
  return {
    detector: 'test', file, language: 'typescript', range: { start: 0, end: 1 }, nameRange: { start: 0, end: 1 },
    start: { line: 1, column: 1 }, end: { line: 1, column: 2 }, kind: 'sdk', operation: 'get_profiles', method: 'GET', path: '/api/profiles',
    scopes, includeScopes: [], includes: [], confidence: 'certain', candidates: [], keyEnv: null, alias: null, replacement: null, beta: false, note: null,
    ...extra,
  };
}

function generate(calls: Call[], configs: { path: string; text: string }[]) {
  const loaded: LoadedConfig[] = configs.map((c) => ({ path: c.path, dir: c.path.slice(0, c.path.lastIndexOf('/')), result: loadKeyConfig(c.text) }));
  const scan: ScanResult = { root: '/r', filesScanned: 1, filesParsed: 1, calls, configs: loaded, skipped: [] };
  return generateConfigs(scan, checkCalls(scan));
}

describe('generateConfigs', () => {
  it('without a config: one "default" key with every required scope, sorted', () => {
    const out = generate([call('/r/a.ts', ['profiles:read', 'lists:write']), call('/r/b/c.ts', ['events:write', 'lists:read']), call('/r/c.ts', [], { kind: 'legacy', operation: null })], []);
    assert.equal(out.length, 1);
    assert.equal(out[0].path, '/r/klaviyo.keys.json');
    assert.equal(out[0].exists, false);
    assert.deepEqual(out[0].config, { keys: [{ name: 'default', scopes: ['events:write', 'lists:read', 'lists:write', 'profiles:read'] }] });
    assert.deepEqual(out[0].checklist.map((c) => ({ key: c.key, lines: c.lines, url: c.link.url })), [
      { key: 'default', lines: ['Events: Full', 'Lists: Full', 'Profiles: Read'], url: 'https://www.klaviyo.com/create-private-api-key?scopes=events:read,events:write,lists:read,lists:write,profiles:read' },
    ]);
  });

  it('with a config: each key gets its calls\' scopes; files, env and ignore are kept', () => {
    const text = JSON.stringify({
      keys: [
        { name: 'web', scopes: ['profiles:write', 'campaigns:read'], files: ['web/**'] },
        { name: 'jobs', scopes: ['events:read'], env: ['KLAVIYO_JOBS'] },
      ],
      ignore: ['**/fixtures/**'],
    });
    const out = generate([call('/r/web/a.ts', ['profiles:read']), call('/r/x.ts', ['metrics:read'], { keyEnv: 'KLAVIYO_JOBS' })], [{ path: '/r/klaviyo.keys.json', text }]);
    assert.deepEqual(out.map((g) => g.config), [
      {
        keys: [
          { name: 'web', scopes: ['profiles:read'], files: ['web/**'] },
          { name: 'jobs', scopes: ['metrics:read'], env: ['KLAVIYO_JOBS'] },
        ],
        ignore: ['**/fixtures/**'],
      },
    ]);
    assert.equal(out[0].exists, true);
  });

  it('adds a key for the calls no key serves, by env var when visible, else by file', () => {
    const text = '{"keys":[{"name":"web","scopes":["profiles:read"],"files":["web/**"]},{"name":"unassigned","scopes":[],"env":["OLD"]}]}';
    const out = generate(
      [call('/r/web/a.ts', ['profiles:read']), call('/r/jobs/n.ts', ['events:read']), call('/r/jobs/m.ts', ['lists:read'], { keyEnv: 'KLAVIYO_JOBS' }), call('/r/jobs/n.ts', ['events:write'])],
      [{ path: '/r/klaviyo.keys.json', text }],
    );
    assert.deepEqual(out[0].config.keys[2], { name: 'unassigned-2', scopes: ['events:read', 'events:write', 'lists:read'], files: ['jobs/n.ts'], env: ['KLAVIYO_JOBS'] });
  });

  it('proposes a root config for calls under no config, and skips broken configs', () => {
    const out = generate([call('/r/a.ts', ['profiles:read']), call('/r/apps/x/b.ts', ['lists:read'])], [{ path: '/r/apps/x/klaviyo.keys.json', text: '{"keys": [' }]);
    assert.deepEqual(out.map((g) => [g.path, g.exists, g.config]), [['/r/klaviyo.keys.json', false, { keys: [{ name: 'default', scopes: ['profiles:read'] }] }]]);
  });
});

describe('checklistLines', () => {
  it('gives Klaviyo UI access levels: write means Full', () => {
    assert.deepEqual(checklistLines(['profiles:write', 'profiles:read', 'lists:read', 'data-privacy:write']), ['Data Privacy: Full', 'Lists: Read', 'Profiles: Full']);
    assert.deepEqual(checklistLines([]), []);
  });
});

describe('formatConfigText', () => {
  it('is two-space JSON with a final newline', () => {
    assert.equal(formatConfigText({ keys: [{ name: 'default', scopes: ['lists:read'] }] }), lines('{', '  "keys": [', '    {', '      "name": "default",', '      "scopes": [', '        "lists:read"', '      ]', '    }', '  ]', '}'));
  });
});

describe('mergeIntoConfigText', () => {
  const existing = lines(
    '// Keys of the shop. Never put a key value here.',
    '{',
    '  "$schema": "./schemas/klaviyo-keys.schema.json",',
    '  "keys": [',
    '    {',
    '      "name": "web", // the storefront',
    '      "scopes": ["lists:read", "profiles:read"],',
    '      "files": ["web/**"]',
    '    },',
    '    {',
    '      "name": "jobs",',
    '      "scopes": [',
    '        "events:read", // nightly export',
    '        "metrics:read" /* reports */',
    '      ],',
    '      "env": ["KLAVIYO_JOBS"]',
    '    }',
    '  ],',
    '  "ignore": ["**/fixtures/**"]',
    '}',
  );

  it('adds only what each key lacks, keeping comments, order, other properties and layout', () => {
    const r = mergeIntoConfigText(existing, {
      keys: [
        { name: 'web', scopes: ['lists:read', 'profiles:write', 'campaigns:read'] },
        { name: 'jobs', scopes: ['catalogs:read', 'events:read', 'segments:read'] },
        { name: 'unassigned', scopes: ['coupons:read'], files: ['tools/x.ts'] },
      ],
    });
    assert.deepEqual(r.problems, []);
    assert.equal(
      r.text,
      lines(
        '// Keys of the shop. Never put a key value here.',
        '{',
        '  "$schema": "./schemas/klaviyo-keys.schema.json",',
        '  "keys": [',
        '    {',
        '      "name": "web", // the storefront',
        '      "scopes": ["campaigns:read", "lists:read", "profiles:read", "profiles:write"],',
        '      "files": ["web/**"]',
        '    },',
        '    {',
        '      "name": "jobs",',
        '      "scopes": [',
        '        "catalogs:read",',
        '        "events:read", // nightly export',
        '        "metrics:read", /* reports */',
        '        "segments:read"',
        '      ],',
        '      "env": ["KLAVIYO_JOBS"]',
        '    },',
        '    {',
        '      "name": "unassigned",',
        '      "scopes": [',
        '        "coupons:read"',
        '      ],',
        '      "files": [',
        '        "tools/x.ts"',
        '      ]',
        '    }',
        '  ],',
        '  "ignore": ["**/fixtures/**"]',
        '}',
      ),
    );
    assert.deepEqual(r.added, [
      { key: 'web', scopes: ['campaigns:read', 'profiles:write'], created: false },
      { key: 'jobs', scopes: ['catalogs:read', 'segments:read'], created: false },
      { key: 'unassigned', scopes: ['coupons:read'], created: true },
    ]);
  });

  it('never removes, never adds what a write scope already covers, and is idempotent', () => {
    const text = '{"keys":[{"name":"web","scopes":["lists:write","segments:read"]}]}\n';
    const once = mergeIntoConfigText(text, { keys: [{ name: 'web', scopes: ['lists:read'] }] });
    assert.equal(once.text, text);
    assert.deepEqual(once.added, []);
    const grown = mergeIntoConfigText(text, { keys: [{ name: 'web', scopes: ['profiles:read'] }, { name: 'b', scopes: ['events:read'] }] });
    assert.equal(grown.text, '{"keys":[{"name":"web","scopes":["lists:write","profiles:read","segments:read"]},{"name":"b","scopes":["events:read"]}]}\n'); // sorted list: sorted position
    assert.equal(mergeIntoConfigText(grown.text as string, { keys: [{ name: 'web', scopes: ['profiles:read'] }, { name: 'b', scopes: ['events:read'] }] }).text, grown.text);
  });

  it('follows tabs, CRLF and trailing commas', () => {
    const text = '{\r\n\t"keys": [\r\n\t\t{\r\n\t\t\t"name": "a",\r\n\t\t\t"scopes": [\r\n\t\t\t\t"lists:read",\r\n\t\t\t],\r\n\t\t},\r\n\t],\r\n}\r\n';
    const r = mergeIntoConfigText(text, { keys: [{ name: 'a', scopes: ['profiles:read'] }, { name: 'b', scopes: [] }] });
    assert.equal(
      r.text,
      '{\r\n\t"keys": [\r\n\t\t{\r\n\t\t\t"name": "a",\r\n\t\t\t"scopes": [\r\n\t\t\t\t"lists:read",\r\n\t\t\t\t"profiles:read",\r\n\t\t\t],\r\n\t\t},\r\n\t\t{\r\n\t\t\t"name": "b",\r\n\t\t\t"scopes": []\r\n\t\t},\r\n\t],\r\n}\r\n',
    );
  });

  it('fills an empty scopes list inline and keeps an unsorted list\'s order', () => {
    const r = mergeIntoConfigText('{ "keys": [ { "name": "a", "scopes": [] }, { "name": "b", "scopes": ["z:read", "a:read"] } ] }', {
      keys: [{ name: 'a', scopes: ['lists:read', 'events:read'] }, { name: 'b', scopes: ['metrics:read'] }],
    });
    // "z:read" and "a:read" are unknown scopes: errors, so the merge must refuse first.
    assert.equal(r.text, null);
    const ok = mergeIntoConfigText('{ "keys": [ { "name": "a", "scopes": [] }, { "name": "b", "scopes": ["profiles:read", "events:read"] } ] }', {
      keys: [{ name: 'a', scopes: ['events:read', 'lists:read'] }, { name: 'b', scopes: ['metrics:read'] }],
    });
    assert.equal(ok.text, '{ "keys": [ { "name": "a", "scopes": ["events:read", "lists:read"] }, { "name": "b", "scopes": ["profiles:read", "events:read", "metrics:read"] } ] }');
  });

  it('refuses a config with errors and returns them with positions', () => {
    const broken = '{\n  "keys": [\n    { "name": "a", "scopes": ["lists:read"] }\n    { "name": "b", "scopes": [] }\n  ]\n}\n';
    const r = mergeIntoConfigText(broken, { keys: [{ name: 'a', scopes: ['profiles:read'] }] });
    assert.equal(r.text, null);
    assert.deepEqual(r.added, []);
    assert.ok(r.problems.length > 0 && r.problems.every((p) => p.severity === 'error'));
    assert.deepEqual([r.problems[0].line, r.problems[0].column], [4, 5]);
  });

  it('refuses a config holding a key value, without echoing it', () => {
    const secret = 'pk_0123456789abcdef0123456789abcdef01';
    const r = mergeIntoConfigText(`{"keys":[{"name":"a","scopes":["lists:read"],"env":["${secret}"]}]}`, { keys: [{ name: 'a', scopes: ['profiles:read'] }] });
    assert.equal(r.text, null);
    assert.ok(r.problems.some((p) => p.code === 'secret-in-config'));
    assert.ok(!JSON.stringify(r.problems).includes(secret));
  });

  it('keeps warnings from blocking the merge (an old spelling is fine)', () => {
    const r = mergeIntoConfigText('{"keys":[{"name":"a","scopes":["List Read"]}]}', { keys: [{ name: 'a', scopes: ['lists:read', 'profiles:read'] }] });
    assert.equal(r.text, '{"keys":[{"name":"a","scopes":["List Read","profiles:read"]}]}');
  });
});
