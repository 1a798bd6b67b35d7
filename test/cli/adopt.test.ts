// What a team adopting the check on an existing codebase runs: inline suppressions, a baseline,
// and how both show in exit codes, SARIF (validated against 2.1.0) and JSON.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { jsonReportSchema } from '../../server/src/cli/json-contract';
import { cli, workspace } from '../support/cli-run';

const AUTH = '{"Authorization": f"Klaviyo-API-Key {key}"}';
const APP = [
  'import requests',
  'def lists(key):',
  '    # klaviyo-scopes-ignore-next-line missing-scope -- the report job runs with the ops key',
  `    return requests.get("https://a.klaviyo.com/api/lists", headers=${AUTH})`,
  'def profiles(key):',
  `    return requests.get("https://a.klaviyo.com/api/profiles", headers=${AUTH})`,
  '',
].join('\n');
const CONFIG = '{ "keys": [ { "name": "app", "files": ["**"], "scopes": ["events:read"] } ] }\n';

const validSarif = (log: unknown): void => {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(sarifSchema);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
};

type Result = { ruleId: string; suppressions?: { kind: string; justification: string }[]; baselineState?: string; message: { text: string } };

describe('inline suppressions', () => {
  it('an accepted finding does not fail the check; --no-inline-ignores brings it back', () => {
    const root = workspace({ 'app.py': APP.replace(/def profiles[\s\S]*/, ''), 'klaviyo.keys.json': CONFIG });
    const r = cli(['check'], root);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /Accepted: 1 finding by klaviyo-scopes-ignore comments/);
    const audit = cli(['check', '--no-inline-ignores'], root);
    assert.equal(audit.code, 1);
    assert.match(audit.stdout, /lists:read +missing/);
  });

  it('SARIF keeps accepted findings as inSource suppressions with the reason; JSON marks them', () => {
    const root = workspace({ 'app.py': APP, 'klaviyo.keys.json': CONFIG });
    const r = cli(['check', '-f', 'sarif'], root);
    assert.equal(r.code, 1, 'the profiles call is not accepted');
    const log = JSON.parse(r.stdout);
    validSarif(log);
    const results: Result[] = log.runs[0].results.filter((x: Result) => x.ruleId === 'missing-scope');
    assert.deepEqual(results.map((x) => x.suppressions?.[0]), [{ kind: 'inSource', status: 'accepted', justification: 'the report job runs with the ops key' }, undefined]);
    const json = jsonReportSchema.parse(JSON.parse(cli(['check', '-f', 'json'], root).stdout));
    assert.deepEqual(json.diagnostics?.filter((d) => d.code === 'missing-scope').map((d) => [d.operation, d.suppression?.kind ?? null]), [['get_lists', 'inSource'], ['get_profiles', null]]);
  });

  it('a directive without a reason suppresses nothing and says so; one that accepts nothing is unused', () => {
    const app = APP.replace(' -- the report job runs with the ops key', '') + '# klaviyo-scopes-ignore-next-line no-key -- stale\nprint(1)\n';
    const root = workspace({ 'app.py': app, 'klaviyo.keys.json': CONFIG });
    const r = cli(['check', '--fail-on', 'warning'], root);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /app\.py:3:7 +invalid-suppression +klaviyo-scopes-ignore-next-line needs a reason/);
    assert.match(r.stdout, /app\.py:7:35 +unused-suppression +klaviyo-scopes-ignore-next-line no-key suppresses nothing/);
    assert.match(r.stdout, /lists:read +missing/);
  });
});

describe('inline suppressions outside source files', () => {
  it('a tracked .env file and klaviyo.keys.json take them in their own comment syntax', () => {
    const key = ['pk', '0123456789abcdef0123456789abcdef01'].join('_');
    const config = '{\n  "keys": [ { "name": "app", "files": ["**"], "scopes": [\n    // klaviyo-scopes-ignore-next-line excess-scope -- the nightly export uses it\n    "events:read"\n  ] } ]\n}\n';
    const root = workspace({
      'app.py': APP.replace(/def profiles[\s\S]*/, ''),
      '.env.example': `# klaviyo-scopes-ignore-next-line hardcoded-key -- a revoked sandbox key, kept as an example\nKLAVIYO_KEY=${key}\n`,
      'klaviyo.keys.json': config,
    });
    const r = cli(['check', '--fail-on', 'warning', '-f', 'json'], root);
    const json = jsonReportSchema.parse(JSON.parse(r.stdout));
    assert.deepEqual(json.diagnostics?.map((d) => [d.code, d.file, d.suppression?.justification ?? null]), [
      ['hardcoded-key', '.env.example', 'a revoked sandbox key, kept as an example'],
      ['missing-scope', 'app.py', 'the report job runs with the ops key'],
      ['excess-scope', 'klaviyo.keys.json', 'the nightly export uses it'],
    ]);
    assert.equal(r.code, 0, 'nothing is left to fail, even on warnings');
    const text = cli(['check'], root).stdout;
    assert.doesNotMatch(text, /Private API keys written in files|written in files: move/, 'an accepted key is counted as accepted, not listed');
    assert.match(text, /Accepted: 3 findings by klaviyo-scopes-ignore comments/);
    assert.ok(!r.stdout.includes(key), 'the key is never printed');
  });
});

describe('baselines', () => {
  it('baseline, then check --baseline fails only on new findings, survives line moves, and lists fixed entries', () => {
    const root = workspace({ 'app.py': APP, 'klaviyo.keys.json': CONFIG });
    const b = cli(['baseline'], root);
    assert.equal(b.code, 0, b.stderr);
    assert.match(b.stdout, /Wrote klaviyo-scopes\.baseline\.json: 2 findings accepted \(excess-scope 1, missing-scope 1\)/);
    const file = path.join(root, 'klaviyo-scopes.baseline.json');
    const written = JSON.parse(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(written.findings.map((e: { code: string; file: string; operation: string }) => [e.code, e.file, e.operation]), [['missing-scope', 'app.py', 'get_profiles'], ['excess-scope', 'klaviyo.keys.json', null]]);
    assert.equal(cli(['check', '--baseline', 'klaviyo-scopes.baseline.json'], root).code, 0);
    const md = cli(['check', '--baseline', 'klaviyo-scopes.baseline.json', '-f', 'markdown'], root).stdout;
    assert.match(md, /✅ Nothing fails the check/);
    assert.match(md, /Accepted: 1 finding by `klaviyo-scopes-ignore` comments, 2 findings by the baseline\./);

    // Lines added above: still the same finding.
    fs.writeFileSync(path.join(root, 'app.py'), `# moved\n\n${APP}`);
    assert.equal(cli(['check', '--baseline', 'klaviyo-scopes.baseline.json'], root).code, 0);

    // A new call fails; SARIF says which is new and which is unchanged.
    fs.appendFileSync(path.join(root, 'app.py'), `def segments(key):\n    return requests.get("https://a.klaviyo.com/api/segments", headers=${AUTH})\n`);
    const s = cli(['check', '--baseline', 'klaviyo-scopes.baseline.json', '-f', 'sarif'], root);
    assert.equal(s.code, 1);
    const log = JSON.parse(s.stdout);
    validSarif(log);
    const states = log.runs[0].results.filter((x: Result) => x.ruleId === 'missing-scope').map((x: Result) => [x.message.text.split(' ')[0], x.baselineState, x.suppressions?.[0]?.kind ?? null]);
    assert.deepEqual(states, [['get_lists', 'new', 'inSource'], ['get_profiles', 'unchanged', 'external'], ['get_segments', 'new', null]]);

    // The baselined call is fixed: its entry is reported absent, and --prune drops it.
    fs.writeFileSync(path.join(root, 'app.py'), APP.replace(/def profiles[\s\S]*/, ''));
    const c = cli(['check', '--baseline', 'klaviyo-scopes.baseline.json'], root);
    assert.equal(c.code, 0);
    assert.match(c.stdout, /1 baseline entry no longer occur/);
    const absent = JSON.parse(cli(['check', '--baseline', 'klaviyo-scopes.baseline.json', '-f', 'sarif'], root).stdout).runs[0].results.filter((x: Result) => x.baselineState === 'absent');
    assert.equal(absent.length, 1);
    const p = cli(['baseline', '--prune'], root);
    assert.equal(p.code, 0, p.stderr);
    assert.match(p.stdout, /kept 1 finding, dropped 1 entry/);
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')).findings.map((e: { code: string }) => e.code), ['excess-scope']);
  });

  it('a broken or missing baseline is a usage error with its position', () => {
    const root = workspace({ 'app.py': APP, 'klaviyo.keys.json': CONFIG, 'bad.json': '{\n  "version": 1,\n  "findings": [ { "code": "missing-scope" } ]\n}\n', 'worse.json': '{ "version": 1,' });
    const bad = cli(['check', '--baseline', 'bad.json'], root);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad\.json:3:17: not a klaviyo-scopes baseline: .*findings\.0\.file/);
    assert.match(cli(['check', '--baseline', 'worse.json'], root).stderr, /worse\.json:1:16: not a klaviyo-scopes baseline: not valid JSON/);
    assert.match(cli(['check', '--baseline', 'nope.json'], root).stderr, /cannot read baseline file: nope\.json/);
    assert.equal(cli(['baseline', '--prune', '--output', 'nope.json'], root).code, 2);
  });
});
