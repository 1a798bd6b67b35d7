// What scans must leave alone: a vendored SDK, minified bundles, lockfiles.

import { int, pick, VERBS, WORDS, type Rand } from './random';

export function sdkLike(r: Rand, kb: number): string {
  const out = ['"use strict";', '// klaviyo-api (vendored copy in node_modules): never scanned.'];
  while (out.join('\n').length < kb * 1024) {
    const a = pick(r, WORDS);
    out.push(`exports.${a}${int(r, 0, 9999)} = function (session) { return fetch('https://a.klaviyo.com/api/${a}s', { headers: { Authorization: 'Klaviyo-API-Key ' + session.key } }); };`);
  }
  return out.join('\n') + '\n';
}

export function minified(r: Rand, kb: number): string {
  let s = '!function(){"use strict";var k="https://a.klaviyo.com/api";';
  while (s.length < kb * 1024) s += `function ${pick(r, WORDS)}${int(r, 0, 999)}(a,b){return fetch(k+"/${pick(r, WORDS)}s",{method:"POST",body:JSON.stringify(a)}).then(function(c){return c.json()})}`;
  return s + '}();\n';
}

export function lockfile(r: Rand, kb: number): string {
  const packages: Record<string, unknown> = { '': { name: 'bench', dependencies: { 'klaviyo-api': '^23.0.0' } } };
  packages['node_modules/klaviyo-api'] = { version: '23.0.0', resolved: 'https://registry.npmjs.org/klaviyo-api/-/klaviyo-api-23.0.0.tgz', integrity: 'sha512-bench' };
  for (let i = 0; JSON.stringify(packages).length < kb * 1024; i++) {
    packages[`node_modules/${pick(r, WORDS)}-${pick(r, VERBS)}-${i}`] = { version: `${int(r, 0, 9)}.${int(r, 0, 20)}.${int(r, 0, 40)}`, resolved: `https://registry.npmjs.org/x/-/x-${i}.tgz`, integrity: `sha512-${i.toString(36)}` };
  }
  return JSON.stringify({ name: 'bench', lockfileVersion: 3, requires: true, packages }, null, 2) + '\n';
}
